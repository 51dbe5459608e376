package org.restockradar.replies;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.restockradar.contracts.Source;

/**
 * Replies on Mastodon: {@code POST /api/v1/statuses} with {@code status}, {@code in_reply_to_id} and
 * {@code visibility}, a bearer token with the {@code write:statuses} scope, and an {@code Idempotency-Key}
 * (Mastodon keeps it an hour), which makes a repeated attempt safe. The status starts with {@code @acct} so that
 * the reporter is notified. The status id answered must be known to the instance posting: use the instance ingest reads.
 */
public final class MastodonReplies implements ReplyChannel {
    /** @param visibility {@code public}, {@code unlisted}, {@code private} or {@code direct} */
    public record Config(String baseUrl, String accessToken, String visibility) {
        public Config {
            Objects.requireNonNull(baseUrl, "replies.mastodon.base-url");
            if (accessToken == null || accessToken.isBlank()) {
                throw new IllegalArgumentException("replies.mastodon.access-token is required to reply on Mastodon");
            }
            if (!java.util.Set.of("public", "unlisted", "private", "direct").contains(visibility)) {
                throw new IllegalArgumentException("replies.mastodon.visibility must be public, unlisted, private or direct: '" + visibility + "'");
            }
        }

        @Override
        public String toString() {
            return "Config[baseUrl=" + baseUrl + ", accessToken=****, visibility=" + visibility + "]";
        }
    }

    private final Config config;
    private final HttpReplies http;

    public MastodonReplies(Config config, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.http = new HttpReplies("mastodon", clock, true);
    }

    @Override
    public Source source() {
        return Source.MASTODON;
    }

    @Override
    public boolean idempotent() {
        return true;
    }

    @Override
    public SendResult send(OutgoingReply reply) {
        Map<String, Object> body = new LinkedHashMap<>();
        String handle = reply.reporterHandle().startsWith("@") ? reply.reporterHandle() : "@" + reply.reporterHandle();
        body.put("status", handle + " " + reply.text());
        body.put("in_reply_to_id", reply.targetId());
        body.put("visibility", config.visibility());
        return http.post(HttpReplies.uri(config.baseUrl(), "/api/v1/statuses"), HttpReplies.json(body),
                Map.of("Authorization", "Bearer " + config.accessToken(), "Idempotency-Key", reply.idempotencyKey()),
                reply.replyId(), answer -> answer.path("id").asText(null));
    }
}
