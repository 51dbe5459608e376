-- Replies to reporters ("closing the loop"): a message to each reporter when their report becomes a job and when
-- the shelf is restocked, through the source the report came from. See docs/replies.md. In the schema of the replies
-- service (replies.db.schema, "replies"), after the copy of jobs and reports from job-events (db/jobcopy V0.1); nothing
-- here reads or references dispatch's tables.

-- One row per job, reporter and kind: the unique constraint is what makes each reply planned once, however often
-- the planner runs (job-events redelivered, the periodic scan, two dispatchers).
-- No foreign keys to job and job_report: a reply is a record of a message sent to a person, kept whatever becomes
-- of those rows.
CREATE TABLE reply (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id          bigint      NOT NULL,
    kind            text        NOT NULL CONSTRAINT reply_kind_known CHECK (kind IN ('job_opened', 'restocked')),
    source          text        NOT NULL,
    reporter_id     text        NOT NULL,
    reporter_handle text        NOT NULL,
    -- The reporter's first report on the job: the post, status or message the reply answers.
    mention_id      text        NOT NULL,
    -- pending: to send (at next_attempt_at); sending: claimed by a sender, the call may be under way;
    -- sent; failed (last_error says why, no more attempts); skipped (opted out, over a limit, no channel).
    status          text        NOT NULL DEFAULT 'pending'
                                CONSTRAINT reply_status_known CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'skipped')),
    attempts        integer     NOT NULL DEFAULT 0 CONSTRAINT reply_attempts_not_negative CHECK (attempts >= 0),
    planned_at      timestamptz NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    sending_since   timestamptz,
    sent_at         timestamptz,
    -- The language of the template used (en, hi, hinglish, tl), known once rendered.
    language        text,
    -- The id the source gave the reply (tweet id, status id, wamid, gateway message id).
    external_id     text,
    last_error      text,
    CONSTRAINT reply_once UNIQUE (job_id, source, reporter_id, kind)
);

-- The sender's queue: pending replies by due time.
CREATE INDEX reply_due ON reply (next_attempt_at, id) WHERE status = 'pending';
-- A reporter's recent replies, for the daily limit.
CREATE INDEX reply_by_reporter ON reply (source, reporter_id, sending_since) WHERE status IN ('sending', 'sent');
CREATE INDEX reply_by_job ON reply (job_id, id);

-- Reporters who asked for no more replies (by a STOP message, or ops on their behalf).
CREATE TABLE reply_opt_out (
    source       text        NOT NULL,
    reporter_id  text        NOT NULL,
    opted_out_at timestamptz NOT NULL,
    -- 'message: <the words>' or 'ops: <who>'
    reason       text        NOT NULL,
    PRIMARY KEY (source, reporter_id)
);

-- Where to send a WhatsApp (or SMS) reply: ingest keeps only a pseudonymous id of a phone number, so the number
-- itself is given here (by ops, checked against that id). Personal data: deleted with the opt-out.
CREATE TABLE reply_contact (
    source      text        NOT NULL,
    reporter_id text        NOT NULL,
    address     text        NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (source, reporter_id)
);
