-- The reply planner's periodic scan looks for restocked or verified jobs changed lately. An index of every job by
-- update time made every change of every job (each claim, accept, en route ...) insert an entry into it; one of
-- restocked and verified jobs only is touched by those two moves alone, one fewer index to update per claim.
DROP INDEX restock_job_by_updated;
CREATE INDEX restock_job_restocked_by_updated ON restock_job (updated_at) WHERE status IN ('restocked', 'verified');

-- The crew load trigger locked both crews' rows in id order before changing them, so that two moves between the same
-- two crews cannot deadlock. A move that involves one crew only (a claim, an assignment of a reported job, a job
-- closed) has nothing to order: one UPDATE, which locks the row itself, does it.
CREATE OR REPLACE FUNCTION restock_job_count_crew_load() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    was_open_with text;
    is_open_with  text;
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.status IN ('assigned', 'accepted', 'en_route') THEN
        was_open_with := OLD.crew_id;
    END IF;
    IF NEW.status IN ('assigned', 'accepted', 'en_route') THEN
        is_open_with := NEW.crew_id;
    END IF;
    IF was_open_with IS NOT DISTINCT FROM is_open_with THEN
        RETURN NEW;
    END IF;
    IF was_open_with IS NULL THEN
        UPDATE crew SET open_jobs = open_jobs + 1 WHERE id = is_open_with;
        RETURN NEW;
    END IF;
    IF is_open_with IS NULL THEN
        UPDATE crew SET open_jobs = open_jobs - 1 WHERE id = was_open_with;
        RETURN NEW;
    END IF;
    PERFORM 1 FROM crew WHERE id IN (was_open_with, is_open_with) ORDER BY id FOR UPDATE;
    UPDATE crew SET open_jobs = open_jobs - 1 WHERE id = was_open_with;
    UPDATE crew SET open_jobs = open_jobs + 1 WHERE id = is_open_with;
    RETURN NEW;
END
$$;
