-- Gift replies: rewards announces a thank-you gift on gift-events with the message (its thanks and claim link), and
-- replies answers the reporter's latest counted report with it, through the same senders, limits and opt-outs as every
-- reply. The text comes with the event (no template); one reply per gift, however often the event comes.
ALTER TABLE reply DROP CONSTRAINT reply_kind_known;
ALTER TABLE reply ADD CONSTRAINT reply_kind_known CHECK (kind IN ('job_opened', 'restocked', 'gift'));
ALTER TABLE reply ADD COLUMN text text;
ALTER TABLE reply ADD COLUMN gift_id bigint;
ALTER TABLE reply ADD CONSTRAINT reply_gift_has_text CHECK ((kind = 'gift') = (text IS NOT NULL AND gift_id IS NOT NULL));
CREATE UNIQUE INDEX reply_once_per_gift ON reply (gift_id) WHERE gift_id IS NOT NULL;
