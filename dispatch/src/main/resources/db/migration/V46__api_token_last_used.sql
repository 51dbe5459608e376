-- When a token was last presented, so that ops can see which tokens are in use (`tokens list`). Written at most once a
-- minute per token (TokenStore.LAST_USED_RESOLUTION), so that a busy client adds no write per request.
ALTER TABLE api_token ADD COLUMN last_used_at timestamptz;
