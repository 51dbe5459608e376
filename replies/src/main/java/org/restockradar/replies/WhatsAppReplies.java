package org.restockradar.replies;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.restockradar.contracts.Source;

/**
 * Replies on WhatsApp through the Cloud API: {@code POST /{version}/{phone-number-id}/messages} with
 * {@code messaging_product: whatsapp}, {@code to}, {@code type: text}, {@code text.body} and
 * {@code context.message_id} (the reporter's message, so the reply quotes it), bearer token.
 *
 * <p>Free text may only be sent within 24 hours of the reporter's last message (WhatsApp's customer service window):
 * a reply due later is skipped, as is one without a number to send to (ingest keeps only a pseudonymous id of
 * the number; see {@link ReplyContacts}). The Cloud API takes no idempotency key, so a send whose outcome is
 * unknown is not repeated.
 */
public final class WhatsAppReplies implements ReplyChannel {
    static final Duration SERVICE_WINDOW = Duration.ofHours(24);

    public record Config(String baseUrl, String apiVersion, String phoneNumberId, String accessToken) {
        public Config {
            Objects.requireNonNull(baseUrl, "replies.whatsapp.base-url");
            Objects.requireNonNull(apiVersion, "replies.whatsapp.api-version");
            if (phoneNumberId == null || phoneNumberId.isBlank()) {
                throw new IllegalArgumentException("replies.whatsapp.phone-number-id is required to reply on WhatsApp");
            }
            if (accessToken == null || accessToken.isBlank()) {
                throw new IllegalArgumentException("replies.whatsapp.access-token is required to reply on WhatsApp");
            }
        }

        @Override
        public String toString() {
            return "Config[baseUrl=" + baseUrl + ", apiVersion=" + apiVersion + ", phoneNumberId=" + phoneNumberId + ", accessToken=****]";
        }
    }

    private final Config config;
    private final Clock clock;
    private final HttpReplies http;

    public WhatsAppReplies(Config config, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = new HttpReplies("whatsapp", clock, false);
    }

    @Override
    public Source source() {
        return Source.WHATSAPP;
    }

    @Override
    public boolean idempotent() {
        return false;
    }

    @Override
    public SendResult send(OutgoingReply reply) {
        if (reply.address() == null || reply.address().isBlank()) {
            return new SendResult.Skipped("no WhatsApp number for the reporter (see PUT /api/replies/contacts)");
        }
        if (reply.reportedAt().plus(SERVICE_WINDOW).isBefore(clock.instant())) {
            return new SendResult.Skipped("outside WhatsApp's 24-hour window: free text is no longer allowed");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messaging_product", "whatsapp");
        body.put("recipient_type", "individual");
        body.put("to", reply.address().replaceAll("[^0-9]", ""));
        body.put("type", "text");
        body.put("context", Map.of("message_id", reply.targetId()));
        body.put("text", Map.of("preview_url", false, "body", reply.text()));
        String path = "/" + config.apiVersion() + "/" + config.phoneNumberId() + "/messages";
        return http.post(HttpReplies.uri(config.baseUrl(), path), HttpReplies.json(body),
                Map.of("Authorization", "Bearer " + config.accessToken()), reply.replyId(),
                answer -> answer.path("messages").path(0).path("id").asText(null));
    }
}
