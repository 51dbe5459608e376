-- Rewards for reporters (docs/rewards.md), in the schema of the rewards service (rewards.db.schema, "rewards"), after
-- the copy of jobs and reports from job-events (db/jobcopy V0.1): the events it has handled, what we know of each
-- reporter, the append-only credit ledger, the holds that fraud rules put on a reporter, and the thank-you gifts.
-- Nothing here reads or references dispatch's tables.

-- The events handled, by event id: a job event delivered again (the outbox relayed twice, a rebalance, a new group
-- reading the topic from the start) finds its id here and changes nothing.
CREATE TABLE handled_event (
    event_id   uuid        PRIMARY KEY,
    job_id     bigint      NOT NULL,
    handled_at timestamptz NOT NULL
);

-- One row per reporter, keyed "<source>:<the source's account id>" (x:u-454649), written when a job of theirs is first credited or
-- checked. account_created_at is the source's account-creation time when a source ever gives it (none does yet);
-- until then a reporter's age is counted from first_seen_at, their first report to us.
CREATE TABLE reporter (
    reporter_id        text        PRIMARY KEY,
    source             text        NOT NULL,
    -- The source's own account id (job_report.reporter_id).
    account_id         text        NOT NULL,
    handle             text        NOT NULL,
    first_seen_at      timestamptz NOT NULL,
    account_created_at timestamptz,
    updated_at         timestamptz NOT NULL
);

-- A reporter held for review: the rules that flagged them, in words. At most one open hold per reporter; ops
-- release it (released_at, released_by), and the rules then look only at what the reporter did after the release.
CREATE TABLE reporter_hold (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reporter_id text        NOT NULL REFERENCES reporter (reporter_id),
    reason      text        NOT NULL,
    held_at     timestamptz NOT NULL,
    released_at timestamptz,
    released_by text,
    CONSTRAINT reporter_hold_release_by_someone CHECK ((released_at IS NULL) = (released_by IS NULL))
);
CREATE UNIQUE INDEX reporter_hold_one_open ON reporter_hold (reporter_id) WHERE released_at IS NULL;

-- The ledger. Append-only: a trigger refuses UPDATE and DELETE; a correction is a new entry.
--   credit:  a verified job's credit to one of its reporters, once per (job, reporter) whatever is redelivered;
--            held when the reporter was held at the time, with the hold's reason.
--   release: ops released a held credit (released_entry_id), once per credit; the amount is the credit's.
-- A reporter's credits are the sum of their credit entries; held credits those held minus those released.
CREATE TABLE reward_ledger (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reporter_id       text        NOT NULL REFERENCES reporter (reporter_id),
    kind              text        NOT NULL CONSTRAINT reward_ledger_kind_known CHECK (kind IN ('credit', 'release')),
    -- No foreign key to job: the append-only ledger must never block, or be cascaded by, maintenance of the job
    -- tables (an archive job); a credit is written only for a job that job-events said was verified.
    job_id            bigint      NOT NULL,
    amount            integer     NOT NULL CONSTRAINT reward_ledger_amount_positive CHECK (amount > 0),
    -- first: the job's first reporter; later: anyone after.
    rank              text        NOT NULL CONSTRAINT reward_ledger_rank_known CHECK (rank IN ('first', 'later')),
    held              boolean     NOT NULL DEFAULT false,
    hold_reason       text,
    released_entry_id bigint      REFERENCES reward_ledger (id),
    -- The job event that caused the entry (credit), or the ops user who released it (release).
    cause             text        NOT NULL,
    -- When the job was verified (credit; the event's time, the same on every delivery) or the release was made.
    earned_at         timestamptz NOT NULL,
    recorded_at       timestamptz NOT NULL,
    CONSTRAINT reward_ledger_hold_has_reason CHECK (held = (hold_reason IS NOT NULL)),
    CONSTRAINT reward_ledger_release_names_credit CHECK ((kind = 'release') = (released_entry_id IS NOT NULL)),
    CONSTRAINT reward_ledger_release_not_held CHECK (kind = 'credit' OR NOT held)
);
CREATE UNIQUE INDEX reward_ledger_one_credit_per_job_and_reporter ON reward_ledger (job_id, reporter_id) WHERE kind = 'credit';
CREATE UNIQUE INDEX reward_ledger_one_release_per_credit ON reward_ledger (released_entry_id) WHERE kind = 'release';
CREATE INDEX reward_ledger_by_reporter ON reward_ledger (reporter_id, earned_at);
CREATE INDEX reward_ledger_by_earned ON reward_ledger (earned_at) WHERE kind = 'credit';

CREATE FUNCTION reward_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'reward_ledger is append-only: % refused', TG_OP;
END
$$;
CREATE TRIGGER reward_ledger_no_update_or_delete BEFORE UPDATE OR DELETE ON reward_ledger
    FOR EACH STATEMENT EXECUTE FUNCTION reward_ledger_append_only();
CREATE TRIGGER reward_ledger_no_truncate BEFORE TRUNCATE ON reward_ledger
    FOR EACH STATEMENT EXECUTE FUNCTION reward_ledger_append_only();

-- Thank-you gifts queued by a gift run for the period [period_from, period_to).
CREATE TABLE gift (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reporter_id      text        NOT NULL REFERENCES reporter (reporter_id),
    handle           text        NOT NULL,
    source           text        NOT NULL,
    contact_channel  text        NOT NULL,
    period_from      timestamptz NOT NULL,
    period_to        timestamptz NOT NULL,
    verified_reports integer     NOT NULL CONSTRAINT gift_verified_reports_positive CHECK (verified_reports > 0),
    -- Where and what the counted reports were about, for the marketers' filters.
    brands           text[]      NOT NULL,
    cities           text[]      NOT NULL,
    gift_type        text        NOT NULL,
    cost_minor       bigint      NOT NULL CONSTRAINT gift_cost_not_negative CHECK (cost_minor >= 0),
    -- Plain text made from the reporter's own reports; never HTML.
    note             text        NOT NULL,
    status           text        NOT NULL DEFAULT 'queued'
                                 CONSTRAINT gift_status_known CHECK (status IN ('queued', 'address_requested', 'shipped', 'delivered')),
    queued_at        timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX gift_by_reporter ON gift (reporter_id, queued_at);
CREATE INDEX gift_by_queued ON gift (queued_at, id);
