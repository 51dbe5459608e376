-- job_event's unique index on event_id (V2, job_event_id_unique) was kept up by each history row a report writes (about
-- two a report under the load harness, issue #16: OPENED, then UNCOVERED or ASSIGNED) and read by no query: the job's
-- history reads job_event_by_job, the live feed job_event_by_tx, and nothing looks an event up by its id or inserts with
-- ON CONFLICT on it. Event ids are unique by their making (EventIds: version 7, 74 random bits under each millisecond;
-- EventIdsTest); consumers of job-events drop repeats by the id. The primary key (id) stays.
ALTER TABLE job_event DROP CONSTRAINT job_event_id_unique;
