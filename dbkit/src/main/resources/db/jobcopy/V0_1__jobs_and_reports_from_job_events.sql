-- A reader's copy of jobs and their reports as job-events tells them (dbkit's JobCopy), in the reader's own schema:
-- the first migration of rewards and of replies (docs/architecture.md, Topics). Nothing here references dispatch's tables.

-- A job as its latest event with the job's facts (OPENED, REPORT_ADDED, STATUS_CHANGED) told it; an event without
-- them moves only the status.
CREATE TABLE job (
    job_id         bigint      PRIMARY KEY,
    outlet_id      text        NOT NULL,
    outlet_name    text        NOT NULL,
    locality       text,
    city           text,
    brand          text        NOT NULL,
    sku            text,
    status         text        NOT NULL,
    -- The failure reason of a failed job (shelf_full, ...), else null.
    failure_reason text,
    restocked_at   timestamptz,
    -- The time of the event that last changed the row: an older event never overwrites a newer one.
    as_of          timestamptz NOT NULL
);
CREATE INDEX job_by_as_of ON job (as_of);

-- The reports of those jobs, one per mention, as the events carried them (the text is not carried: its language is).
CREATE TABLE job_report (
    mention_id  text        PRIMARY KEY,
    job_id      bigint      NOT NULL REFERENCES job (job_id),
    source      text        NOT NULL,
    -- The source's account id of the reporter.
    reporter_id text        NOT NULL,
    handle      text        NOT NULL,
    reported_at timestamptz NOT NULL,
    language    text        NOT NULL
);
CREATE INDEX job_report_by_job ON job_report (job_id, reported_at);
CREATE INDEX job_report_by_reporter ON job_report (source, reporter_id, reported_at);
