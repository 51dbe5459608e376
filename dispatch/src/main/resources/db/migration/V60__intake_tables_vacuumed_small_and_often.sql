-- Autovacuum of the tables every report writes, set by how each is written (issue #16: the p99 from mention to job at
-- 5,000 mentions/s went over 1 s in a load-harness run whose phase had autovacuum's passes over these tables in it:
-- docs/benchmarks.md, "Session 20"). PostgreSQL's defaults scale with a table's size (a vacuum after 20 % of its rows
-- are dead or 20 % new, an analyze after 10 % changed), so the pass over a big table comes rarely and does a lot at once;
-- a threshold in rows keeps each pass the size of the writes since the last one, whatever the table has grown to. How
-- often autovacuum looks at a table at all is autovacuum_naptime, a server setting (the embedded server's in
-- LocalPostgres; docs/operations.md).
--
-- Analyzes cost the most CPU of these passes (a sample of 30,000 rows whatever the table's size: 0.1-0.4 s each in the
-- harness's log, against 0.01-0.26 s for a vacuum), and the intake's statements keep the plans they make on a never
-- analyzed table (IntakePlanIT, AssignerPlanIT, OutboxPlanIT): the reports, the history and the jobs are analyzed after
-- a fixed 100,000 rows changed plus the default 10 %, about once a minute at 10,000 mentions/s, not on every look.

-- The outbox is a queue: each row is inserted with its event and deleted by the relay a few milliseconds later (1.8 rows
-- a report in the harness's mix). Its dead rows are what the relay's walk from the left edge of the key steps over, and
-- a pass is only the pages freed since the last one: vacuum after 2,000 dead rows, unthrottled (a throttled pass over
-- its 7,570 pages took 2.3 s for 0.26 s of CPU in session 19's third run). A pass leaves the emptied pages at the end
-- of the file for the next rows instead of cutting them off: cutting takes the table's ACCESS EXCLUSIVE lock, which
-- the intake's inserts and the relay's deletes wait behind, and the queue grows back into those pages within seconds.
ALTER TABLE outbox SET (
    autovacuum_vacuum_scale_factor = 0,
    autovacuum_vacuum_threshold = 2000,
    autovacuum_vacuum_insert_scale_factor = 0,
    autovacuum_vacuum_insert_threshold = 2000,
    autovacuum_vacuum_cost_delay = 0,
    vacuum_truncate = false
);

-- Jobs: inserted once, then updated by each report that joins one, by assignment, claims and the SLA sweep; most
-- updates are heap-only (fillfactor 90, V58) and pruned on their page. Dead versions left in the indexes are walked
-- by claims until a vacuum (docs/operations.md, "Dispatch's pool"), so vacuum after 1,000 dead rows plus 1 %, and
-- after 20,000 new rows plus 5 % (the visibility map of the new pages, for index-only scans).
ALTER TABLE restock_job SET (
    autovacuum_vacuum_scale_factor = 0.01,
    autovacuum_vacuum_threshold = 1000,
    autovacuum_vacuum_insert_scale_factor = 0.05,
    autovacuum_vacuum_insert_threshold = 20000,
    autovacuum_analyze_threshold = 100000
);

-- Reports and the job history: inserted and never updated (a report needing a location is updated once, when an
-- operator places or dismisses it). Vacuum only sets the new pages all-visible and freezes them: after 20,000 new rows
-- plus 5 %, so a pass covers a few seconds of full-speed writes, not a fifth of the table.
ALTER TABLE stockout_report SET (
    autovacuum_vacuum_insert_scale_factor = 0.05,
    autovacuum_vacuum_insert_threshold = 20000,
    autovacuum_analyze_threshold = 100000
);
ALTER TABLE job_event SET (
    autovacuum_vacuum_insert_scale_factor = 0.05,
    autovacuum_vacuum_insert_threshold = 20000,
    autovacuum_analyze_threshold = 100000
);
ALTER TABLE needs_location_report SET (
    autovacuum_vacuum_insert_scale_factor = 0.05,
    autovacuum_vacuum_insert_threshold = 20000,
    autovacuum_analyze_threshold = 100000
);
