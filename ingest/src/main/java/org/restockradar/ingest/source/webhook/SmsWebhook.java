package org.restockradar.ingest.source.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Json;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Reporters;
import org.restockradar.contracts.Signatures;
import org.restockradar.contracts.Source;
import org.restockradar.contracts.Strings;
import org.restockradar.ingest.source.SourceChannel;
import org.restockradar.ingest.source.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMS gateway webhook. A gateway POSTs JSON in one of two forms:
 * <ul>
 * <li>the generic one: one message, or an array of them,
 * <pre>{"message_id": "SM123", "from": "+919812345678", "text": "no Hippo at ...",
 *  "received_at": "2026-10-02T09:14:00Z", "lat": 18.5, "lon": 73.8, "lang": "en"}</pre>
 * ({@code received_at} may also be epoch seconds and defaults to now; {@code lat}, {@code lon}, {@code lang}
 * are optional);</li>
 * <li>Infobip's inbound-SMS forward: {@code {"results": [{"messageId", "from", "to", "text", "keyword",
 * "receivedAt": "2026-10-02T09:14:00.000+0000", ...}], "messageCount": 1, "pendingMessageCount": 0}}.</li>
 * </ul>
 * When a signing secret is configured, a call is accepted with the raw body signed in
 * {@code X-Signature-256: sha256=<hex HMAC-SHA256>}, or with HTTP Basic authentication whose password is the
 * secret (the user name is not checked): the way Infobip authenticates a forward with "basic" security settings.
 * Each message becomes a mention {@code sms-<message id>} whose author is the masked number. A received time
 * outside the window of {@link MessageTimes} is the sender's fault. Unreadable messages are dead-lettered one by
 * one; the answer is 400 when nothing in the body could be read.
 */
public final class SmsWebhook implements WebhookHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SmsWebhook.class);
    static final String SIGNATURE_HEADER = "X-Signature-256";
    static final String ORIGIN = "sms:webhook";
    private static final String BASIC = "Basic ";

    /** Where a form keeps a message's fields. */
    private record Form(String id, String receivedAt) {
        static final Form GENERIC = new Form("message_id", "received_at");
        static final Form INFOBIP = new Form("messageId", "receivedAt");
    }

    private final String path;
    private final String signingSecret;
    private final SourceChannel channel;
    private final Clock clock;

    /** @param signingSecret the shared HMAC secret, or null to accept unsigned bodies (only on a private network) */
    public SmsWebhook(String path, String signingSecret, SourceChannel channel) {
        this.path = Objects.requireNonNull(path, "path");
        this.signingSecret = signingSecret == null || signingSecret.isBlank() ? null : signingSecret;
        this.channel = Objects.requireNonNull(channel, "channel");
        this.clock = channel.clock();
    }

    @Override
    public String source() {
        return Source.SMS.code();
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public void register(RoutesConfig app, int maxBodyBytes) {
        app.post(path, ctx -> receive(ctx, maxBodyBytes));
    }

    private void receive(Context ctx, int maxBodyBytes) throws IOException {
        byte[] body;
        try {
            body = RequestBodies.read(ctx, maxBodyBytes);
        } catch (RequestBodies.TooLarge e) {
            LOG.warn("Refused an SMS gateway call: {}", e.getMessage());
            RequestBodies.refuse(ctx, HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
            return;
        }
        if (signingSecret != null && !authenticated(ctx, body)) {
            return;
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(body);
        } catch (IOException e) {
            root = null;
        }
        if (root == null || !(root.isObject() || root.isArray())) {
            channel.metrics().received();
            channel.deadLetter(ORIGIN, body, "malformed JSON: expected a message object or an array of them");
            RequestBodies.refuse(ctx, HttpStatus.BAD_REQUEST, "malformed JSON: expected a message object or an array of them");
            return;
        }
        Form form = root.path("results").isArray() ? Form.INFOBIP : Form.GENERIC;
        List<JsonNode> messages = form == Form.INFOBIP ? toList(root.path("results")) : root.isArray() ? toList(root) : List.of(root);
        int accepted = 0;
        int refused = 0;
        String lastReason = null;
        try {
            for (JsonNode message : messages) {
                channel.metrics().received();
                try {
                    channel.offer(toMention(message, form));
                    accepted++;
                } catch (IllegalArgumentException e) {
                    refused++;
                    lastReason = e.getMessage();
                    channel.deadLetter(ORIGIN, message.toString().getBytes(StandardCharsets.UTF_8), "unreadable SMS message: " + e.getMessage());
                }
            }
            channel.flush();
        } catch (RuntimeException e) {
            LOG.error("Could not hand on an SMS gateway call of {} messages; answering 503 so that the gateway retries", messages.size(), e);
            RequestBodies.refuse(ctx, HttpStatus.SERVICE_UNAVAILABLE, "could not store the messages; retry later");
            return;
        }
        if (accepted == 0 && refused > 0) {
            RequestBodies.refuse(ctx, HttpStatus.BAD_REQUEST, "no readable message: " + lastReason);
            return;
        }
        ctx.status(HttpStatus.OK).json(Map.of("accepted", accepted, "dead_lettered", refused));
    }

    /**
     * Whether the call carries the secret: Basic authentication with it as password when an {@code Authorization:
     * Basic} header is sent, else the body's signature. When not, answers 401 (nothing sent) or 403 (wrong).
     */
    private boolean authenticated(Context ctx, byte[] body) {
        String authorization = ctx.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return RequestBodies.signatureAccepted(ctx, SIGNATURE_HEADER, signingSecret, body, "an SMS gateway call");
        }
        if (Signatures.sameSecret(basicPassword(authorization.substring(BASIC.length()).trim()), signingSecret)) {
            return true;
        }
        LOG.warn("Refused an SMS gateway call of {} bytes with a wrong Basic password", body.length);
        RequestBodies.refuse(ctx, HttpStatus.FORBIDDEN, "bad Authorization");
        return false;
    }

    /** The password of Basic credentials ({@code base64(user:password)}), or null when they are not such. */
    private static String basicPassword(String credentials) {
        try {
            String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(colon + 1);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new java.util.ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    Mention toMention(JsonNode message, Form form) {
        if (!message.isObject()) {
            throw new IllegalArgumentException("message is not a JSON object");
        }
        String id = text(message, form.id());
        String from = text(message, "from");
        JsonNode textNode = message.path("text");
        if (!textNode.isTextual()) {
            throw new IllegalArgumentException("message without text");
        }
        Instant receivedAt = receivedAt(message.path(form.receivedAt()), form.receivedAt());
        GeoPoint geo = null;
        if (message.hasNonNull("lat") || message.hasNonNull("lon")) {
            if (!message.path("lat").isNumber() || !message.path("lon").isNumber()) {
                throw new IllegalArgumentException("lat and lon must both be numbers");
            }
            geo = new GeoPoint(message.path("lat").asDouble(), message.path("lon").asDouble());
        }
        Author author = new Author(Reporters.phoneId(from), Texts.maskPhone(from), null, null, null);
        return new Mention(Source.SMS.code() + "-" + id, Source.SMS, receivedAt, author, Texts.cut(textNode.asText()),
                Strings.blankToNull(message.path("lang").asText(null)), geo, false);
    }

    private Instant receivedAt(JsonNode node, String field) {
        if (node.isMissingNode() || node.isNull()) {
            return clock.instant();
        }
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                throw new IllegalArgumentException(field + " " + node.asText() + " is not epoch seconds any clock could show");
            }
            return MessageTimes.ofEpochSeconds(node.asLong(), field, clock);
        }
        return MessageTimes.parse(node.asText(), field, clock);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.asText().isBlank()) {
            throw new IllegalArgumentException("message without " + field);
        }
        return value.asText();
    }
}
