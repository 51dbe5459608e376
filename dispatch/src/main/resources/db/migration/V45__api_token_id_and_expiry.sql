-- A token can now expire, and be revoked on its own: each gets an id to name it by (the SHA-256 is no name to show),
-- and an optional end of validity. Tokens issued before keep no expiry.
ALTER TABLE api_token ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY;
ALTER TABLE api_token ADD CONSTRAINT api_token_id_unique UNIQUE (id);
ALTER TABLE api_token ADD COLUMN expires_at timestamptz;
