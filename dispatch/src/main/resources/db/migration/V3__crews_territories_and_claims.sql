-- Crews (distributor vans, field reps), the localities each covers, and what claiming jobs needs.

CREATE TABLE crew (
    id             text        PRIMARY KEY,
    name           text        NOT NULL,
    kind           text        NOT NULL CONSTRAINT crew_kind_known CHECK (kind IN ('van', 'field_rep')),
    -- How many open jobs (assigned, accepted, en route) the crew may hold at once.
    daily_capacity integer     NOT NULL CONSTRAINT crew_capacity_positive CHECK (daily_capacity > 0),
    shift_start    time        NOT NULL,
    shift_end      time        NOT NULL,
    active         boolean     NOT NULL DEFAULT true,
    updated_at     timestamptz NOT NULL
);

-- A crew's territory: the localities it covers, as 'city|locality' in lower case (JobStore's territory_key).
CREATE TABLE crew_territory (
    crew_id       text NOT NULL REFERENCES crew (id) ON DELETE CASCADE,
    territory_key text NOT NULL,
    PRIMARY KEY (crew_id, territory_key)
);

CREATE INDEX crew_territory_by_key ON crew_territory (territory_key);

ALTER TABLE restock_job
    ADD COLUMN territory_key text GENERATED ALWAYS AS (lower(coalesce(city, '')) || '|' || lower(coalesce(locality, ''))) STORED,
    -- No crew's territory covered the outlet when the job opened: ops must place it.
    ADD COLUMN uncovered     boolean NOT NULL DEFAULT false;

-- The claim queue: unclaimed jobs of a territory, soonest due first.
CREATE INDEX restock_job_claimable ON restock_job (territory_key, due_at, id) WHERE status = 'reported';
-- A crew's open jobs, for its load and its list.
CREATE INDEX restock_job_by_crew ON restock_job (crew_id, due_at, id) WHERE crew_id IS NOT NULL;
