-- Territories by pincode and by polygon besides localities; a crew's base (where its route starts) and the time zone
-- of its shift hours. Points and polygons are (lat, lon): x is the latitude, y the longitude, for outlets and areas alike.

ALTER TABLE crew
    -- The area a crew covers besides its localities and pincodes: an outlet inside it is covered (polygon @> point).
    ADD COLUMN area      polygon,
    ADD COLUMN base_lat  double precision CONSTRAINT crew_base_lat_range CHECK (base_lat BETWEEN -90 AND 90),
    ADD COLUMN base_lon  double precision CONSTRAINT crew_base_lon_range CHECK (base_lon BETWEEN -180 AND 180),
    -- The zone its shift_start and shift_end are read in.
    ADD COLUMN time_zone text NOT NULL DEFAULT 'Asia/Kolkata',
    ADD CONSTRAINT crew_base_whole CHECK ((base_lat IS NULL) = (base_lon IS NULL));

CREATE TABLE crew_pincode (
    crew_id text NOT NULL REFERENCES crew (id) ON DELETE CASCADE,
    pincode text NOT NULL,
    PRIMARY KEY (crew_id, pincode)
);

CREATE INDEX crew_pincode_by_pincode ON crew_pincode (pincode);
