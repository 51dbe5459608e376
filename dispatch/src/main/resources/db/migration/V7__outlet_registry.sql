-- The outlet registry as dispatch knows it, kept in step with the compacted `outlets` topic (OutletConsumer):
-- an upsert by id for each record, a tombstone marks the outlet removed (the row stays: old jobs still name it).
CREATE TABLE outlet (
    id         text             PRIMARY KEY,
    name       text             NOT NULL,
    address    text,
    locality   text,
    city       text             NOT NULL,
    region     text,
    country    text,
    lat        double precision NOT NULL CONSTRAINT outlet_lat_range CHECK (lat BETWEEN -90 AND 90),
    lon        double precision NOT NULL CONSTRAINT outlet_lon_range CHECK (lon BETWEEN -180 AND 180),
    -- Parsed from the address when it carries one (6 digits in India, 4 in the Philippines), else null.
    pincode    text,
    removed_at timestamptz,
    updated_at timestamptz      NOT NULL
);

CREATE INDEX outlet_by_pincode ON outlet (pincode) WHERE pincode IS NOT NULL;
