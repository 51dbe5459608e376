-- Each crew's open jobs (assigned, accepted, en route) kept on its row, so that a claim or an assignment reads one
-- row instead of counting. A trigger keeps it exact whatever statement moves a job: it takes the rows of the crews
-- involved in id order (FOR UPDATE) before changing them, so two moves between the same two crews cannot deadlock.

ALTER TABLE crew ADD COLUMN open_jobs integer NOT NULL DEFAULT 0 CONSTRAINT crew_open_jobs_not_negative CHECK (open_jobs >= 0);

UPDATE crew c SET open_jobs = (SELECT count(*) FROM restock_job j
                               WHERE j.crew_id = c.id AND j.status IN ('assigned', 'accepted', 'en_route'));

CREATE FUNCTION restock_job_count_crew_load() RETURNS trigger LANGUAGE plpgsql AS $$
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
    PERFORM 1 FROM crew WHERE id IN (was_open_with, is_open_with) ORDER BY id FOR UPDATE;
    IF was_open_with IS NOT NULL THEN
        UPDATE crew SET open_jobs = open_jobs - 1 WHERE id = was_open_with;
    END IF;
    IF is_open_with IS NOT NULL THEN
        UPDATE crew SET open_jobs = open_jobs + 1 WHERE id = is_open_with;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER restock_job_crew_load
    AFTER INSERT OR UPDATE OF status, crew_id ON restock_job
    FOR EACH ROW EXECUTE FUNCTION restock_job_count_crew_load();
