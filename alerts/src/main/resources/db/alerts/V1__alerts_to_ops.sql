-- Alerts to ops (docs/operations.md, "Alerts to ops"), in the alerts' own schema beside their copy of jobs (db/jobcopy).

-- One alert per job event and channel: the unique pair makes an event read again, by a redelivery or a replay of
-- job-events, plan nothing more. The text is written when the event is read, from what the copy of jobs knew then.
CREATE TABLE alert (
    id              bigserial   PRIMARY KEY,
    event_id        text        NOT NULL,
    channel         text        NOT NULL CHECK (channel IN ('webhook', 'email')),
    job_id          bigint      NOT NULL,
    -- The job event's kind: SLA_WARNING, SLA_BREACH or ESCALATED.
    kind            text        NOT NULL,
    occurred_at     timestamptz NOT NULL,
    subject         text        NOT NULL,
    body            text        NOT NULL,
    link            text        NOT NULL,
    -- pending (due at next_attempt_at), sending (claimed by a sender since sending_since), sent, or failed (refused by
    -- the channel, or given up after the last attempt; last_error says why).
    status          text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    sending_since   timestamptz,
    sent_at         timestamptz,
    last_error      text,
    planned_at      timestamptz NOT NULL,
    UNIQUE (event_id, channel)
);
CREATE INDEX alert_due ON alert (next_attempt_at, id) WHERE status = 'pending';
CREATE INDEX alert_by_job ON alert (job_id);
