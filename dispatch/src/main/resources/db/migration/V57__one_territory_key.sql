-- One definition of a territory key, 'city|locality', for the jobs (restock_job.territory_key, generated) and for
-- the crews' territories (crew_territory, written through it by CrewStore), so that the two always agree.
-- Until now the jobs' key was an expression of its own (V3) that did not trim, the crews' key was made in Java and
-- trimmed, and the assigner's look-up repeated V3's expression; lower() followed the database's collation, which
-- under the C locale lowers ASCII letters only ('PARAÑAQUE' -> 'paraÑaque').
-- pg_c_utf8 (PostgreSQL 17's built-in provider) lowers every letter by Unicode's simple case mapping, whatever
-- locale the cluster was made with; it needs the UTF8 encoding, which the project's databases use.
CREATE FUNCTION territory_key_of(city text, locality text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN lower(btrim(coalesce(city, '')) COLLATE pg_c_utf8) || '|' || lower(btrim(coalesce(locality, '')) COLLATE pg_c_utf8);

ALTER TABLE restock_job ALTER COLUMN territory_key SET EXPRESSION AS (territory_key_of(city, locality));

-- The crews' keys written so far, keyed again the same way (two entries that now key alike become one).
CREATE TEMPORARY TABLE rekeyed ON COMMIT DROP AS
    SELECT DISTINCT crew_id, territory_key_of(split_part(territory_key, '|', 1), substr(territory_key, strpos(territory_key, '|') + 1)) AS territory_key
    FROM crew_territory;
DELETE FROM crew_territory;
INSERT INTO crew_territory (crew_id, territory_key) SELECT crew_id, territory_key FROM rekeyed;
