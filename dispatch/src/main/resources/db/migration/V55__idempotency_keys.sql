-- The answers to POSTs sent with an Idempotency-Key header (a crew's phone replaying what it queued offline): a second
-- request with the same key from the same actor gets the first answer and changes nothing. status is NULL while the
-- first request is being answered. Rows older than IdempotencyStore.KEPT_FOR are removed as keys are used.
CREATE TABLE idempotent_request (
    actor_id        text        NOT NULL,
    idempotency_key text        NOT NULL,
    request         text        NOT NULL,
    fingerprint     bytea       NOT NULL,
    status          integer,
    content_type    text,
    body            text,
    created_at      timestamptz NOT NULL,
    answered_at     timestamptz,
    PRIMARY KEY (actor_id, idempotency_key)
);

CREATE INDEX idempotent_request_by_age ON idempotent_request (created_at);
