-- Restock jobs and the stock-out reports attached to them.
-- Times are timestamptz (UTC instants); counts are integers.

CREATE TABLE restock_job (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    outlet_id         text        NOT NULL,
    outlet_name       text        NOT NULL,
    city              text,
    locality          text,
    brand             text        NOT NULL,
    sku               text,
    -- StockoutReport.productKey(): the SKU, or 'brand:<brand>' when no product was named.
    product_key       text        NOT NULL,
    -- Text with a named CHECK rather than an enum type: a later migration widens the list with
    -- ALTER TABLE restock_job DROP CONSTRAINT restock_job_status_known, ADD CONSTRAINT restock_job_status_known CHECK (...).
    status            text        NOT NULL DEFAULT 'reported'
                                  CONSTRAINT restock_job_status_known CHECK (status IN ('reported')),
    created_at        timestamptz NOT NULL,
    first_reported_at timestamptz NOT NULL,
    due_at            timestamptz NOT NULL,
    report_count      integer     NOT NULL CONSTRAINT restock_job_report_count_positive CHECK (report_count > 0),
    updated_at        timestamptz NOT NULL
);

-- At most one open job per outlet and product. "Open" is written as "not in a terminal status", so that
-- the statuses a job passes through on its way (assigned, accepted, en_route, restocked) stay covered when
-- they are added; only verified, failed and cancelled close a job. JobStore's ON CONFLICT repeats this predicate.
CREATE UNIQUE INDEX restock_job_one_open_per_product
    ON restock_job (outlet_id, product_key)
    WHERE status NOT IN ('verified', 'failed', 'cancelled');

CREATE INDEX restock_job_by_due ON restock_job (due_at, id);

CREATE TABLE stockout_report (
    -- The mention's id is the report's identity: recording it twice must change nothing.
    mention_id      text        PRIMARY KEY,
    job_id          bigint      NOT NULL REFERENCES restock_job (id),
    source          text        NOT NULL,
    reporter_id     text        NOT NULL,
    reporter_handle text        NOT NULL,
    text            text,
    reported_at     timestamptz NOT NULL,
    received_at     timestamptz NOT NULL
);

CREATE INDEX stockout_report_by_job ON stockout_report (job_id, reported_at);
