-- The outbox is a queue since session 13: the relay deletes each row once the broker has it (OutboxRelay), so every row
-- in the table is unsent. Its other indexes were kept up by every event a report writes (about two a report under the
-- load harness, issue #16) and read by no query:
--   outbox_unsent (V2), on id WHERE sent_at IS NULL: the same entries as the primary key once no row is marked sent.
--     The relay now reads its batch by the primary key in a form whose plans read that key wherever they are made
--     (OutboxPlanIT: a new table's generic plan as well as an analyzed one's).
--   outbox_event_unique (V2), on event_id: no statement looks a row up by its event id, none inserts with ON CONFLICT
--     on it, and a row lives until the next relay round (500 ms). Event ids are unique by their making (EventIds:
--     version 7, 74 random bits under each millisecond), and consumers of job-events drop repeats by the id whatever
--     the table held.
-- Rows marked sent by a relay before session 13 were sent: they go, and so does the column that marked them.
DELETE FROM outbox WHERE sent_at IS NOT NULL;
ALTER TABLE outbox DROP COLUMN sent_at;
ALTER TABLE outbox DROP CONSTRAINT outbox_event_unique;
