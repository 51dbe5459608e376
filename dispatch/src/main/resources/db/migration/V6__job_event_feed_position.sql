-- The transaction that wrote each event, so that the live feed reads events in an order no later commit can
-- slip behind: only events of transactions older than every running one, by (tx, id).
ALTER TABLE job_event ADD COLUMN tx xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX job_event_by_tx ON job_event (tx, id);
