package org.restockradar.replies;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.restockradar.contracts.Json;

/**
 * A local Mastodon speaking {@code POST /api/v1/statuses} (JSON {@code status}, {@code in_reply_to_id},
 * {@code visibility}; bearer token) and honouring {@code Idempotency-Key}: a key seen before answers the status
 * it created, without posting again.
 */
final class FakeMastodonStatuses extends FakeApi {
    private final String token;
    private final AtomicLong nextId = new AtomicLong(111_000_000_000_000_000L);
    private final Map<String, String> byIdempotencyKey = new ConcurrentHashMap<>();
    private final AtomicLong posted = new AtomicLong();

    FakeMastodonStatuses(String token) {
        this.token = token;
        start(routes -> routes.post("/api/v1/statuses", this::post));
    }

    /** Statuses actually created (repeats by idempotency key not counted). */
    long posted() {
        return posted.get();
    }

    private void post(Context ctx) throws IOException {
        if (recordAndMaybeRefuse(ctx)) {
            return;
        }
        if (!("Bearer " + token).equals(ctx.header("Authorization"))) {
            ctx.status(401).contentType("application/json").result("{\"error\":\"The access token is invalid\"}");
            return;
        }
        JsonNode body = Json.mapper().readTree(ctx.body());
        if (body.path("status").asText("").isBlank()) {
            ctx.status(422).contentType("application/json").result("{\"error\":\"Validation failed: Text can't be blank\"}");
            return;
        }
        String key = ctx.header("Idempotency-Key");
        String id = key == null ? create() : byIdempotencyKey.computeIfAbsent(key, k -> create());
        ctx.contentType("application/json").result(Json.mapper().writeValueAsString(Map.of(
                "id", id, "in_reply_to_id", body.path("in_reply_to_id").asText(), "visibility", body.path("visibility").asText(),
                "content", "<p>" + body.path("status").asText() + "</p>")));
    }

    private String create() {
        posted.incrementAndGet();
        return Long.toString(nextId.incrementAndGet());
    }
}
