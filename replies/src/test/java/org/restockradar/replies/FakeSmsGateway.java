package org.restockradar.replies;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.restockradar.contracts.Json;
import org.restockradar.contracts.Signatures;

/**
 * A local SMS gateway speaking the shape {@link SmsReplies} documents: {@code POST /messages} with a JSON body signed in
 * {@code X-Signature-256}, deduplicated by {@code client_ref}, answering {@code {"message_id": "..."}}.
 */
final class FakeSmsGateway extends FakeApi {
    private final String secret;
    private final Map<String, String> byClientRef = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();

    FakeSmsGateway(String secret) {
        this.secret = secret;
        start(routes -> routes.post("/messages", this::send));
    }

    String url() {
        return baseUrl() + "/messages";
    }

    long delivered() {
        return delivered.get();
    }

    private void send(Context ctx) throws IOException {
        if (recordAndMaybeRefuse(ctx)) {
            return;
        }
        String expected = Signatures.sign(secret, ctx.bodyAsBytes());
        String given = ctx.header("X-Signature-256");
        if (given == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            ctx.status(401).contentType("application/json").result("{\"error\":\"bad signature\"}");
            return;
        }
        JsonNode body = Json.mapper().readTree(ctx.bodyAsBytes());
        String id = byClientRef.computeIfAbsent(body.path("client_ref").asText(), ref -> {
            delivered.incrementAndGet();
            return "GW" + nextId.incrementAndGet();
        });
        ctx.contentType("application/json").result("{\"message_id\":\"" + id + "\"}");
    }
}
