-- A gift is announced to its reporter where they wrote from: rewards publishes it on gift-events (relayed from this
-- table: announced_at is set once the broker has it) and replies answers the reporter's latest counted report with
-- the message and a claim link. See docs/rewards.md. Gifts queued before this migration have no token and are not announced.
ALTER TABLE gift ADD COLUMN claim_token text;
ALTER TABLE gift ADD COLUMN answer_mention_id text;
ALTER TABLE gift ADD COLUMN answer_job_id bigint;
ALTER TABLE gift ADD COLUMN announced_at timestamptz;
CREATE UNIQUE INDEX gift_by_claim_token ON gift (claim_token);
CREATE INDEX gift_to_announce ON gift (id) WHERE announced_at IS NULL AND claim_token IS NOT NULL;

-- What a reporter gave on the claim page for their gift's delivery: personal data, shown to marketers with the gift.
-- They may correct it until the gift is shipped.
CREATE TABLE gift_claim (
    gift_id    bigint      PRIMARY KEY REFERENCES gift (id),
    name       text        NOT NULL,
    address    text        NOT NULL,
    phone      text,
    claimed_at timestamptz NOT NULL
);
