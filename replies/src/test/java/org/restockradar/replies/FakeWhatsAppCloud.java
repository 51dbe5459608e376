package org.restockradar.replies;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.restockradar.contracts.Json;

/**
 * A local WhatsApp Cloud API speaking {@code POST /{version}/{phone-number-id}/messages} (JSON
 * {@code messaging_product}, {@code to}, {@code type: text}, {@code text.body}; bearer token) and answering
 * {@code {"messaging_product":"whatsapp","contacts":[...],"messages":[{"id":"wamid..."}]}} as Meta's reference shows.
 */
final class FakeWhatsAppCloud extends FakeApi {
    private final String token;
    private final AtomicLong nextId = new AtomicLong();

    FakeWhatsAppCloud(String version, String phoneNumberId, String token) {
        this.token = token;
        start(routes -> routes.post("/" + version + "/" + phoneNumberId + "/messages", this::messages));
    }

    private void messages(Context ctx) throws IOException {
        if (recordAndMaybeRefuse(ctx)) {
            return;
        }
        if (!("Bearer " + token).equals(ctx.header("Authorization"))) {
            ctx.status(401).contentType("application/json")
                    .result("{\"error\":{\"message\":\"Invalid OAuth access token.\",\"type\":\"OAuthException\",\"code\":190}}");
            return;
        }
        JsonNode body = Json.mapper().readTree(ctx.body());
        if (!"whatsapp".equals(body.path("messaging_product").asText()) || body.path("to").asText("").isBlank()) {
            ctx.status(400).contentType("application/json")
                    .result("{\"error\":{\"message\":\"(#100) Invalid parameter\",\"type\":\"OAuthException\",\"code\":100}}");
            return;
        }
        String to = body.path("to").asText();
        ctx.contentType("application/json").result("{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"" + to
                + "\",\"wa_id\":\"" + to + "\"}],\"messages\":[{\"id\":\"wamid.OUT" + nextId.incrementAndGet() + "\"}]}");
    }
}
