-- The job lifecycle: every status, the failure reason, the link from a reopened job to the one restocked before,
-- the history of each job (job_event) and the transactional outbox its events are relayed to Kafka from.

ALTER TABLE restock_job
    DROP CONSTRAINT restock_job_status_known,
    ADD CONSTRAINT restock_job_status_known CHECK (status IN
        ('reported', 'assigned', 'accepted', 'en_route', 'restocked', 'verified', 'failed', 'cancelled')),
    -- The crew the job is with (assigned, accepted, en route, restocked, or failed by it).
    ADD COLUMN crew_id           text,
    ADD COLUMN assigned_at       timestamptz,
    -- When the crew reported the shelf restocked, and its proof (units, note, photo, device location).
    ADD COLUMN restocked_at      timestamptz,
    ADD COLUMN proof             jsonb,
    ADD COLUMN failure_reason    text
        CONSTRAINT restock_job_failure_reason_known CHECK (failure_reason IN ('outlet_closed', 'owner_refused', 'no_stock_in_van')),
    -- A report soon after a restock opens a new job that points back at the restocked one.
    ADD COLUMN follows_job_id    bigint REFERENCES restock_job (id),
    ADD CONSTRAINT restock_job_failed_has_reason CHECK ((status = 'failed') = (failure_reason IS NOT NULL)),
    ADD CONSTRAINT restock_job_crew_when_assigned CHECK (status IN ('reported', 'cancelled', 'failed') OR crew_id IS NOT NULL);

-- A job stops taking reports once restocked (JobStatus.OPEN); JobStore's ON CONFLICT repeats this predicate.
DROP INDEX restock_job_one_open_per_product;
CREATE UNIQUE INDEX restock_job_one_open_per_product
    ON restock_job (outlet_id, product_key)
    WHERE status IN ('reported', 'assigned', 'accepted', 'en_route');

-- The last restock of an outlet and product, for linking a new job to it.
CREATE INDEX restock_job_restocked ON restock_job (outlet_id, product_key, restocked_at DESC) WHERE restocked_at IS NOT NULL;

CREATE TABLE job_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id    uuid        NOT NULL CONSTRAINT job_event_id_unique UNIQUE,
    job_id      bigint      NOT NULL REFERENCES restock_job (id),
    -- JobEvent.Kind, as its name (OPENED, STATUS_CHANGED, ...).
    kind        text        NOT NULL,
    from_status text,
    to_status   text        NOT NULL,
    crew_id     text,
    actor       text        NOT NULL,
    actor_role  text        NOT NULL CONSTRAINT job_event_role_known CHECK (actor_role IN ('ops', 'crew', 'marketer', 'system')),
    reason      text,
    detail      jsonb       NOT NULL DEFAULT '{}'::jsonb,
    occurred_at timestamptz NOT NULL
);

CREATE INDEX job_event_by_job ON job_event (job_id, id);

-- Rows written in the transaction of the change they announce; the relay publishes them in id order and marks them sent.
CREATE TABLE outbox (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id   uuid        NOT NULL CONSTRAINT outbox_event_unique UNIQUE,
    topic      text        NOT NULL,
    record_key text        NOT NULL,
    -- The value as the topic's serde writes it.
    payload    bytea       NOT NULL,
    created_at timestamptz NOT NULL,
    sent_at    timestamptz
);

CREATE INDEX outbox_unsent ON outbox (id) WHERE sent_at IS NULL;
