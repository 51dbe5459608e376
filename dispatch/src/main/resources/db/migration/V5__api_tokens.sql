-- Bearer tokens of the API. Only the SHA-256 of a token is kept: the token itself is shown once, when issued.
CREATE TABLE api_token (
    token_sha256 bytea       PRIMARY KEY,
    actor_id     text        NOT NULL,
    role         text        NOT NULL CONSTRAINT api_token_role_known CHECK (role IN ('ops', 'crew', 'marketer')),
    crew_id      text        REFERENCES crew (id) ON DELETE CASCADE,
    created_at   timestamptz NOT NULL,
    revoked_at   timestamptz,
    CONSTRAINT api_token_crew_for_crew_role CHECK ((role = 'crew') = (crew_id IS NOT NULL))
);
