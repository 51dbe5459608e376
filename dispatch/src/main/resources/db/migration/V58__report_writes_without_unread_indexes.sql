-- Indexes that every report or job write kept up and that no query of dispatch reads any more (issue #16: PostgreSQL's
-- CPU per report). Each was added for a reader that has since moved out to a module of its own, fed by job-events and
-- keeping its own tables (rewards and replies, issue 19):
--   restock_job_restocked_by_updated (V42): the reply planner's scan of restocked and verified jobs by update time.
--     Its column, updated_at, is set by every change of a job, and a column in any index makes an update write a new
--     version of the row with an entry in each index that holds it (not a heap-only tuple, "HOT"): a report that
--     joins an open job wrote seven index entries (a reported job no crew covers) for a row whose indexed values had
--     not changed.
--   stockout_report_by_reporter (V20): the reward ledger's reports of one reporter.
--   stockout_report_by_received (V30): the reply planner's reports received lately.
-- The queries on these columns that remain (StatsStore's reports per hour by reported_at) were not served by these
-- indexes either (ReportWritesIT reads their plans).
DROP INDEX restock_job_restocked_by_updated;
DROP INDEX stockout_report_by_reporter;
DROP INDEX stockout_report_by_received;

-- Room in each page of jobs for the updates that follow a job's insert and change no indexed column (a report joining
-- it: its count and update time), so that they stay heap-only tuples on the row's own page. Pages written from now
-- on keep a tenth free; those written before stay as they are until rewritten.
ALTER TABLE restock_job SET (fillfactor = 90);
