-- Stock-out reports the understanding stage could not place at an outlet (topic stockout-reports.needs-location),
-- kept for ops to place by hand or dismiss. The mention id is the identity: taking the same record twice changes nothing.
CREATE TABLE needs_location_report (
    mention_id      text        PRIMARY KEY,
    -- The StockoutReport as received (contracts JSON), so that placing it records exactly what the stage said.
    report          jsonb       NOT NULL,
    brand           text        NOT NULL,
    sku             text,
    city            text,
    locality        text,
    reporter_handle text        NOT NULL,
    text            text,
    reported_at     timestamptz NOT NULL,
    received_at     timestamptz NOT NULL,
    status          text        NOT NULL DEFAULT 'open'
                                CONSTRAINT needs_location_status_known CHECK (status IN ('open', 'placed', 'dismissed')),
    outlet_id       text,
    -- The job the placed report opened or joined (no foreign key: the tests empty restock_job on their own).
    job_id          bigint,
    resolved_by     text,
    resolved_at     timestamptz,
    dismiss_reason  text,
    CONSTRAINT needs_location_placed_has_job CHECK ((status = 'placed') = (job_id IS NOT NULL AND outlet_id IS NOT NULL)),
    CONSTRAINT needs_location_resolved_has_actor CHECK ((status = 'open') = (resolved_by IS NULL))
);

CREATE INDEX needs_location_open ON needs_location_report (reported_at, mention_id) WHERE status = 'open';
CREATE INDEX needs_location_by_reported_at ON needs_location_report (reported_at);
