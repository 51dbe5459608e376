package org.restockradar.ingest.source.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
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
 * The WhatsApp Cloud API webhook. {@code GET} answers Meta's verification handshake ({@code hub.mode=subscribe},
 * {@code hub.verify_token}, {@code hub.challenge}); {@code POST} takes the {@code messages} notifications,
 * checks {@code X-Hub-Signature-256} (HMAC-SHA256 of the raw body under the app secret) and turns each text
 * or location message into a mention {@code whatsapp-<wamid>}; a message without a {@code type} is taken for
 * what its {@code text} or {@code location} object says it is. The author's phone number is kept only as a
 * masked handle and a hashed id. Status notifications and other message types are acknowledged and skipped; a
 * message that cannot be read (no type nor text nor location, a timestamp outside the window of
 * {@link MessageTimes}) is dead-lettered, and the notification is still answered 200 so that Meta does not retry it.
 */
public final class WhatsAppWebhook implements WebhookHandler {
    private static final Logger LOG = LoggerFactory.getLogger(WhatsAppWebhook.class);
    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";
    static final String ORIGIN = "whatsapp:webhook";

    private final String path;
    private final String verifyToken;
    private final String appSecret;
    private final SourceChannel channel;

    /**
     * @param verifyToken the token typed into the app dashboard's webhook form
     * @param appSecret   the Meta app secret that signs every notification; never logged
     */
    public WhatsAppWebhook(String path, String verifyToken, String appSecret, SourceChannel channel) {
        this.path = Objects.requireNonNull(path, "path");
        this.verifyToken = requireSecret(verifyToken, "sources.whatsapp.verify-token");
        this.appSecret = requireSecret(appSecret, "sources.whatsapp.app-secret");
        this.channel = Objects.requireNonNull(channel, "channel");
    }

    private static String requireSecret(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " is required for the WhatsApp webhook");
        }
        return value;
    }

    @Override
    public String source() {
        return Source.WHATSAPP.code();
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public void register(RoutesConfig app, int maxBodyBytes) {
        app.get(path, this::verify);
        app.post(path, ctx -> receive(ctx, maxBodyBytes));
    }

    private void verify(Context ctx) {
        String mode = ctx.queryParam("hub.mode");
        String token = ctx.queryParam("hub.verify_token");
        String challenge = ctx.queryParam("hub.challenge");
        if ("subscribe".equals(mode) && challenge != null && Signatures.sameSecret(token, verifyToken)) {
            LOG.info("WhatsApp webhook verified by Meta");
            ctx.contentType("text/plain").result(challenge);
            return;
        }
        LOG.warn("Refused a WhatsApp verification request (mode {}, token {})", mode, token == null ? "missing" : "wrong");
        RequestBodies.refuse(ctx, HttpStatus.FORBIDDEN, "verification failed");
    }

    private void receive(Context ctx, int maxBodyBytes) throws IOException {
        byte[] body;
        try {
            body = RequestBodies.read(ctx, maxBodyBytes);
        } catch (RequestBodies.TooLarge e) {
            LOG.warn("Refused a WhatsApp notification: {}", e.getMessage());
            RequestBodies.refuse(ctx, HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
            return;
        }
        if (!RequestBodies.signatureAccepted(ctx, SIGNATURE_HEADER, appSecret, body, "a WhatsApp notification")) {
            return;
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(body);
        } catch (IOException e) {
            channel.metrics().received();
            channel.deadLetter(ORIGIN, body, "malformed JSON: " + Texts.jsonError(e));
            RequestBodies.refuse(ctx, HttpStatus.BAD_REQUEST, "malformed JSON");
            return;
        }
        if (root == null || !root.path("entry").isArray()) {
            channel.metrics().received();
            channel.deadLetter(ORIGIN, body, "not a WhatsApp notification: no entry array");
            RequestBodies.refuse(ctx, HttpStatus.BAD_REQUEST, "not a WhatsApp notification: no entry array");
            return;
        }
        try {
            for (JsonNode entry : root.path("entry")) {
                for (JsonNode change : entry.path("changes")) {
                    readChange(change.path("value"));
                }
            }
            channel.flush();
        } catch (RuntimeException e) {
            LOG.error("Could not hand on a WhatsApp notification of {} bytes; answering 503 so that Meta retries", body.length, e);
            RequestBodies.refuse(ctx, HttpStatus.SERVICE_UNAVAILABLE, "could not store the notification; retry later");
            return;
        }
        ctx.status(HttpStatus.OK).result("EVENT_RECEIVED");
    }

    private void readChange(JsonNode value) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode contact : value.path("contacts")) {
            names.put(contact.path("wa_id").asText(""), Strings.blankToNull(contact.path("profile").path("name").asText(null)));
        }
        for (JsonNode message : value.path("messages")) {
            channel.metrics().received();
            String type = type(message);
            if (type.isEmpty()) {
                channel.deadLetter(ORIGIN, message.toString().getBytes(StandardCharsets.UTF_8),
                        "unreadable WhatsApp message: message without type, text or location");
                continue;
            }
            if (!type.equals("text") && !type.equals("location")) {
                LOG.debug("Skipping a WhatsApp {} message", type);
                channel.metrics().filtered();
                continue;
            }
            try {
                channel.offer(toMention(message, type, names, channel.clock()));
            } catch (IllegalArgumentException e) {
                channel.deadLetter(ORIGIN, message.toString().getBytes(StandardCharsets.UTF_8), "unreadable WhatsApp message: " + e.getMessage());
            }
        }
    }

    /** The message's {@code type}; without one, {@code location} or {@code text} when it has such an object, else empty. */
    private static String type(JsonNode message) {
        String type = message.path("type").asText("");
        if (!type.isBlank()) {
            return type;
        }
        if (message.path("location").isObject()) {
            return "location";
        }
        return message.path("text").isObject() ? "text" : "";
    }

    static Mention toMention(JsonNode message, String type, Map<String, String> names, Clock clock) {
        String id = required(message, "id");
        String from = required(message, "from");
        String timestamp = required(message, "timestamp");
        Instant createdAt;
        try {
            createdAt = MessageTimes.ofEpochSeconds(Long.parseLong(timestamp), "timestamp", clock);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("timestamp is not epoch seconds: '" + timestamp + "'", e);
        }
        String text;
        GeoPoint geo = null;
        if (type.equals("location")) {
            JsonNode location = message.path("location");
            if (!location.path("latitude").isNumber() || !location.path("longitude").isNumber()) {
                throw new IllegalArgumentException("location message without latitude and longitude");
            }
            geo = new GeoPoint(location.path("latitude").asDouble(), location.path("longitude").asDouble());
            text = String.join(", ", java.util.stream.Stream.of(location.path("name").asText(null), location.path("address").asText(null))
                    .filter(s -> s != null && !s.isBlank()).toList());
        } else {
            text = message.path("text").path("body").asText(null);
            if (text == null) {
                throw new IllegalArgumentException("text message without text.body");
            }
        }
        JsonNode context = message.path("context");
        boolean forwarded = context.path("forwarded").asBoolean(false) || context.path("frequently_forwarded").asBoolean(false);
        Author author = new Author(Reporters.phoneId(from), Texts.maskPhone(from), names.get(from), null, null);
        return new Mention(Source.WHATSAPP.code() + "-" + id, Source.WHATSAPP, createdAt, author, Texts.cut(text), null, geo, forwarded);
    }

    private static String required(JsonNode node, String field) {
        String value = node.path(field).asText(null);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("message without " + field);
        }
        return value;
    }
}
