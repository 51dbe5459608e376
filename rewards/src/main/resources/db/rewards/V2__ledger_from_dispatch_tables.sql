-- Upgrade from a deployment whose dispatch kept the rewards in its own tables (its migration V20: reporter,
-- reporter_hold, reward_ledger, gift): once, their rows are copied here with their ids, so that balances, holds and
-- gifts carry on and a credit already given is never given again (the ledger's one credit per job and reporter). With
-- no such tables in this database this does nothing (dbkit's jobcopy V1.1 has the look-up).
-- Dispatch's tables are left as they were; a later dispatch migration drops them (docs/operations.md, "Upgrading").
DO $upgrade$
DECLARE
    old_schema text := dispatch_schema_holding('reward_ledger');
BEGIN
    IF old_schema IS NULL THEN
        RETURN;
    END IF;
    EXECUTE format($copy$
        INSERT INTO reporter (reporter_id, source, account_id, handle, first_seen_at, account_created_at, updated_at)
        SELECT reporter_id, source, account_id, handle, first_seen_at, account_created_at, updated_at FROM %I.reporter
        ON CONFLICT (reporter_id) DO NOTHING
        $copy$, old_schema);
    EXECUTE format($copy$
        INSERT INTO reporter_hold (id, reporter_id, reason, held_at, released_at, released_by) OVERRIDING SYSTEM VALUE
        SELECT id, reporter_id, reason, held_at, released_at, released_by FROM %I.reporter_hold ORDER BY id
        ON CONFLICT DO NOTHING
        $copy$, old_schema);
    EXECUTE format($copy$
        INSERT INTO reward_ledger (id, reporter_id, kind, job_id, amount, rank, held, hold_reason, released_entry_id, cause, earned_at,
                                   recorded_at) OVERRIDING SYSTEM VALUE
        SELECT id, reporter_id, kind, job_id, amount, rank, held, hold_reason, released_entry_id, cause, earned_at, recorded_at
        FROM %I.reward_ledger ORDER BY id
        ON CONFLICT DO NOTHING
        $copy$, old_schema);
    EXECUTE format($copy$
        INSERT INTO gift (id, reporter_id, handle, source, contact_channel, period_from, period_to, verified_reports, brands, cities,
                          gift_type, cost_minor, note, status, queued_at, updated_at) OVERRIDING SYSTEM VALUE
        SELECT id, reporter_id, handle, source, contact_channel, period_from, period_to, verified_reports, brands, cities,
               gift_type, cost_minor, note, status, queued_at, updated_at
        FROM %I.gift ORDER BY id
        ON CONFLICT DO NOTHING
        $copy$, old_schema);
    -- New rows number on from the copied ones.
    PERFORM setval(pg_get_serial_sequence('reporter_hold', 'id'), coalesce((SELECT max(id) FROM reporter_hold), 0) + 1, false);
    PERFORM setval(pg_get_serial_sequence('reward_ledger', 'id'), coalesce((SELECT max(id) FROM reward_ledger), 0) + 1, false);
    PERFORM setval(pg_get_serial_sequence('gift', 'id'), coalesce((SELECT max(id) FROM gift), 0) + 1, false);
END
$upgrade$;
