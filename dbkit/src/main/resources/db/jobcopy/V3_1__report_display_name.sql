-- The reporter's display name as the source gave it (JobEvent.Report.name; null where it gave none and in events
-- written before it was carried), so that a reader can greet a reporter by name.
ALTER TABLE job_report ADD COLUMN name text;
