-- Upgrade from a deployment whose dispatch kept the replies in its own tables (its migration V30: reply,
-- reply_opt_out, reply_contact): once, their rows are copied here with their ids, so that a reply already planned or
-- sent is never planned again (one reply per job, reporter and kind) and every opt-out and contact holds. With no such
-- tables in this database this does nothing. Dispatch's tables are left as they were; a later dispatch migration drops
-- them (docs/operations.md, "Upgrading").
DO $upgrade$
DECLARE
    old_schema text := dispatch_schema_holding('reply');
BEGIN
    IF old_schema IS NULL THEN
        RETURN;
    END IF;
    EXECUTE format($copy$
        INSERT INTO reply (id, job_id, kind, source, reporter_id, reporter_handle, mention_id, status, attempts, planned_at, next_attempt_at,
                           sending_since, sent_at, language, external_id, last_error) OVERRIDING SYSTEM VALUE
        SELECT id, job_id, kind, source, reporter_id, reporter_handle, mention_id, status, attempts, planned_at, next_attempt_at,
               sending_since, sent_at, language, external_id, last_error
        FROM %I.reply ORDER BY id
        ON CONFLICT DO NOTHING
        $copy$, old_schema);
    EXECUTE format($copy$
        INSERT INTO reply_opt_out (source, reporter_id, opted_out_at, reason)
        SELECT source, reporter_id, opted_out_at, reason FROM %I.reply_opt_out
        ON CONFLICT DO NOTHING
        $copy$, old_schema);
    EXECUTE format($copy$
        INSERT INTO reply_contact (source, reporter_id, address, updated_at)
        SELECT source, reporter_id, address, updated_at FROM %I.reply_contact
        ON CONFLICT DO NOTHING
        $copy$, old_schema);
    -- New replies number on from the copied ones.
    PERFORM setval(pg_get_serial_sequence('reply', 'id'), coalesce((SELECT max(id) FROM reply), 0) + 1, false);
END
$upgrade$;
