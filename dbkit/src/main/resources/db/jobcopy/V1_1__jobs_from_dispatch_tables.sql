-- Upgrade from a deployment whose dispatch ran rewards and replies on its own tables: events written before job-events
-- carried a job's facts and reports cannot build this copy, so a job opened before the upgrade would never reach it.
-- Once, at the upgrade, the jobs and reports are copied from dispatch's tables when they are in this database (the
-- schema that holds restock_job, public first); with no such tables this does nothing. The copy is the same as the
-- events would have made it (a report's language, not kept there, is taken as 'en' until an event carries it), and as_of
-- is the job's last change, so that no older event overwrites it. The only read of dispatch's tables by a reader
-- (docs/operations.md, "Upgrading").

-- The schema of dispatch's tables that holds table_name beside restock_job (public first), never this reader's; null when
-- there is none. Rewards' and the replies' own upgrade migrations look up their old tables with it too.
CREATE FUNCTION dispatch_schema_holding(table_name text) RETURNS text LANGUAGE sql STABLE AS $function$
    SELECT t.table_schema FROM information_schema.tables t
    WHERE t.table_name = dispatch_schema_holding.table_name AND t.table_schema <> current_schema()
      AND t.table_schema IN (SELECT j.table_schema FROM information_schema.tables j WHERE j.table_name = 'restock_job')
    ORDER BY t.table_schema = 'public' DESC, t.table_schema
    LIMIT 1
$function$;

DO $upgrade$
DECLARE
    dispatch_schema text := dispatch_schema_holding('stockout_report');
BEGIN
    IF dispatch_schema IS NULL THEN
        RETURN;
    END IF;
    EXECUTE format($copy$
        INSERT INTO job (job_id, outlet_id, outlet_name, locality, city, brand, sku, status, failure_reason, restocked_at, as_of)
        SELECT id, outlet_id, outlet_name, locality, city, brand, sku, status, failure_reason, restocked_at, updated_at
        FROM %I.restock_job
        ON CONFLICT (job_id) DO NOTHING
        $copy$, dispatch_schema);
    EXECUTE format($copy$
        INSERT INTO job_report (mention_id, job_id, source, reporter_id, handle, reported_at, language)
        SELECT r.mention_id, r.job_id, r.source, r.reporter_id, r.reporter_handle, r.reported_at, 'en'
        FROM %I.stockout_report r JOIN job j ON j.job_id = r.job_id
        ON CONFLICT (mention_id) DO NOTHING
        $copy$, dispatch_schema);
END
$upgrade$;
