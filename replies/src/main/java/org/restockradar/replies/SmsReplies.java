package org.restockradar.replies;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.restockradar.contracts.Signatures;
import org.restockradar.contracts.Source;

/**
 * Replies by SMS through a generic gateway (the one whose webhook ingest reads): {@code POST <replies.sms.url>} with
 * <pre>{"client_ref": "restockradar-reply-42", "reply_to_message_id": "SM123", "to": "+919812345678", "text": "..."}</pre>
 * {@code reply_to_message_id} is the gateway's id of the reporter's message, from which the gateway knows the
 * number; {@code to} is sent only when ops gave one ({@link ReplyContacts}). The gateway answers 2xx with
 * {@code {"message_id": "..."}} and must take a {@code client_ref} it has seen as the same message (which makes
 * a repeated attempt safe). The body is signed like the inbound webhook: {@code X-Signature-256: sha256=<hex
 * HMAC-SHA256 of the body>} when a signing secret is set, and carries {@code Authorization: Bearer} when a token is.
 */
public final class SmsReplies implements ReplyChannel {
    static final String SIGNATURE_HEADER = "X-Signature-256";

    public record Config(String url, String signingSecret, String bearerToken) {
        public Config {
            Objects.requireNonNull(url, "replies.sms.url");
            if ((signingSecret == null || signingSecret.isBlank()) && (bearerToken == null || bearerToken.isBlank())) {
                throw new IllegalArgumentException("replies.sms needs a signing-secret or a bearer-token: the gateway must know the call is ours");
            }
        }

        @Override
        public String toString() {
            return "Config[url=" + url + ", signingSecret=****, bearerToken=****]";
        }
    }

    private final Config config;
    private final HttpReplies http;

    public SmsReplies(Config config, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.http = new HttpReplies("sms", clock, true);
    }

    @Override
    public Source source() {
        return Source.SMS;
    }

    @Override
    public boolean idempotent() {
        return true;
    }

    @Override
    public SendResult send(OutgoingReply reply) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("client_ref", reply.idempotencyKey());
        body.put("reply_to_message_id", reply.targetId());
        if (reply.address() != null && !reply.address().isBlank()) {
            body.put("to", reply.address());
        }
        body.put("text", reply.text());
        byte[] json = HttpReplies.json(body);
        Map<String, String> headers = new LinkedHashMap<>();
        if (config.signingSecret() != null && !config.signingSecret().isBlank()) {
            headers.put(SIGNATURE_HEADER, Signatures.sign(config.signingSecret(), json));
        }
        if (config.bearerToken() != null && !config.bearerToken().isBlank()) {
            headers.put("Authorization", "Bearer " + config.bearerToken());
        }
        return http.post(java.net.URI.create(config.url()), json, headers, reply.replyId(), answer -> answer.path("message_id").asText(null));
    }
}
