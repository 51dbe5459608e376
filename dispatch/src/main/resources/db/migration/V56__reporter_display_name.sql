-- The reporter's display name as the network gave it (null where it gave none), so that rewards can greet reporters
-- by name, SMS and WhatsApp reporters among them (their handle is a masked number).
ALTER TABLE stockout_report ADD COLUMN reporter_name text;
