-- Claims in batches (JobWorkflow, Batches). Crews that ask for a job while other claims are at the database are
-- served together: one call of this function claims for each of them in turn, in one transaction, so a batch pays
-- one round trip, one statement start and one commit (one WAL flush) instead of one per claim. Each turn is the claim
-- that ran alone before, unchanged: lock the crew's row if it is active and below capacity (its claims then run one
-- at a time and the load it reads, kept by trigger restock_job_crew_load, cannot be stale); take the soonest-due
-- reported job of its localities, and of its pincodes and area when it has any, each with FOR UPDATE SKIP LOCKED so
-- that other batches pass over it; assign it; write its event to the history and the outbox. A later turn of the same
-- batch sees what the earlier ones changed, so two crews of one batch never take the same job.
--
-- Arrays hold one entry per claim, in the order to serve them; the caller sorts them by crew id, so that two batches
-- lock the crews' rows in one order and cannot deadlock. Returns a row per claim: the entry's position (from 1) and
-- the job as it is now; or, when it got none, why if the crew is the reason (refusal 'unknown' or 'inactive', or
-- 'full' with the crew's capacity), refusal NULL when no reported job lies in its territory.
CREATE FUNCTION claim_jobs(crew_ids text[], actor_ids text[], event_ids uuid[], claimed_ats timestamptz[],
                           payload_heads text[], payload_tails text[], event_kind text, from_status text, to_status text,
                           actor_role text, event_detail jsonb, outbox_topic text)
    RETURNS TABLE (request integer, job restock_job, refusal text, crew_capacity integer)
    LANGUAGE plpgsql
    -- Random reads cost what sequential ones do when the table is in memory or on SSD, the usual advice for both. With
    -- the default (4) the planner walks the reported jobs in due order filtered by locality, because due order follows
    -- the table's physical order; that walk read 60 pages per locality after 15,000 of 30,000 jobs were claimed, the
    -- locality index (restock_job_claimable) 23, and the server spent some 15 % less CPU per claim (docs/benchmarks.md).
    SET random_page_cost = 1.1
    AS $$
DECLARE
    i     integer;
    taken restock_job;
BEGIN
    FOR i IN 1 .. coalesce(array_length(crew_ids, 1), 0) LOOP
        WITH crew_row AS (
            SELECT c.id, c.area FROM crew c WHERE c.id = crew_ids[i] AND c.active AND c.open_jobs < c.daily_capacity FOR UPDATE),
        by_locality AS (
            SELECT j.id, j.due_at FROM crew_territory t JOIN crew_row ON t.crew_id = crew_row.id
            CROSS JOIN LATERAL (
                SELECT j.id, j.due_at FROM restock_job j
                WHERE j.status = 'reported' AND j.territory_key = t.territory_key
                ORDER BY j.due_at, j.id
                LIMIT 1
                FOR UPDATE OF j SKIP LOCKED) j
            ORDER BY j.due_at, j.id
            LIMIT 1),
        by_area AS (
            SELECT j.id, j.due_at FROM restock_job j
            JOIN outlet o ON o.id = j.outlet_id AND o.removed_at IS NULL
            WHERE (EXISTS (SELECT 1 FROM crew_pincode p WHERE p.crew_id = crew_ids[i]) OR EXISTS (SELECT 1 FROM crew_row WHERE area IS NOT NULL))
              AND j.status = 'reported'
              AND (o.pincode IN (SELECT p.pincode FROM crew_pincode p WHERE p.crew_id = crew_ids[i])
                   OR (SELECT area FROM crew_row) @> point(o.lat, o.lon))
              AND EXISTS (SELECT 1 FROM crew_row)
            ORDER BY j.due_at, j.id
            LIMIT 1
            FOR UPDATE OF j SKIP LOCKED),
        next AS (
            SELECT id FROM (SELECT * FROM by_locality UNION ALL SELECT * FROM by_area) candidates ORDER BY due_at, id LIMIT 1),
        claimed AS (
            UPDATE restock_job j SET status = to_status, crew_id = crew_ids[i], assigned_at = claimed_ats[i], updated_at = claimed_ats[i]
            FROM next WHERE j.id = next.id
            RETURNING j.*),
        event AS (
            INSERT INTO job_event (event_id, job_id, kind, from_status, to_status, crew_id, actor, actor_role, reason, detail, occurred_at)
            SELECT event_ids[i], claimed.id, event_kind, from_status, to_status, crew_ids[i], actor_ids[i], actor_role, NULL,
                   event_detail, claimed_ats[i]
            FROM claimed),
        outbox_row AS (
            INSERT INTO outbox (event_id, topic, record_key, payload, created_at)
            SELECT event_ids[i], outbox_topic, claimed.id::text, convert_to(payload_heads[i] || claimed.id || payload_tails[i], 'UTF8'),
                   claimed_ats[i]
            FROM claimed)
        SELECT * INTO taken FROM claimed;
        request := i;
        IF FOUND THEN
            job := taken;
            refusal := NULL;
            crew_capacity := NULL;
        ELSE
            job := NULL;
            SELECT CASE WHEN NOT c.active THEN 'inactive' WHEN c.open_jobs >= c.daily_capacity THEN 'full' END, c.daily_capacity
            INTO refusal, crew_capacity
            FROM crew c WHERE c.id = crew_ids[i];
            IF NOT FOUND THEN
                refusal := 'unknown';
            END IF;
        END IF;
        RETURN NEXT;
    END LOOP;
END
$$;
