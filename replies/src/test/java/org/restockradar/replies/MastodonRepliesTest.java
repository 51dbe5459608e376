package org.restockradar.replies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Json;
import org.restockradar.contracts.Source;
import org.restockradar.fixtures.FakeMastodon;

/** Replies on Mastodon against a local POST /api/v1/statuses. */
final class MastodonRepliesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    private final FakeMastodon mastodon = new FakeMastodon("tok-m");
    private final MastodonReplies replies = new MastodonReplies(new MastodonReplies.Config(mastodon.baseUrl().toString(), "tok-m", "unlisted"), CLOCK);

    @AfterEach
    void stop() {
        mastodon.close();
    }

    private static OutgoingReply reply(long id) {
        return new OutgoingReply(id, Source.MASTODON, "113456789012345678", "asha@mastodon.social", null, "Thanks for telling us!",
                Instant.parse("2026-11-20T09:00:00Z"));
    }

    @Test
    void shouldPostAnUnlistedReplyMentioningTheReporterWithBearerAndIdempotencyKey() throws Exception {
        SendResult result = replies.send(reply(42));

        assertThat(result).isInstanceOfSatisfying(SendResult.Sent.class, sent -> assertThat(sent.externalId()).isNotBlank());
        FakeMastodon.Request request = mastodon.requests().get(0);
        assertThat(request.header("Authorization")).isEqualTo("Bearer tok-m");
        assertThat(request.header("Idempotency-Key")).isEqualTo("restockradar-reply-42");
        JsonNode body = Json.mapper().readTree(request.body());
        assertThat(body.path("in_reply_to_id").asText()).isEqualTo("113456789012345678");
        assertThat(body.path("visibility").asText()).isEqualTo("unlisted");
        assertThat(body.path("status").asText()).isEqualTo("@asha@mastodon.social Thanks for telling us!");
    }

    @Test
    void shouldPostOnceWhenTheSameReplyIsSentAgain() {
        SendResult first = replies.send(reply(43));
        SendResult again = replies.send(reply(43));

        assertThat(mastodon.statusesCreated()).isEqualTo(1);
        assertThat(((SendResult.Sent) again).externalId()).isEqualTo(((SendResult.Sent) first).externalId());
    }

    @Test
    void shouldWaitForTheRateLimitResetOn429AndRetryOn5xx() {
        mastodon.refuseNext(429, Map.of("X-RateLimit-Reset", "2026-11-20T10:05:00.000Z"), "{\"error\":\"Too many requests\"}");
        mastodon.refuseNext(502, Map.of(), "<html>Bad Gateway</html>");

        assertThat(replies.send(reply(44))).isInstanceOfSatisfying(SendResult.RetryLater.class,
                retry -> assertThat(retry.notBefore()).isEqualTo(Instant.parse("2026-11-20T10:05:00Z")));
        assertThat(replies.send(reply(44))).isInstanceOfSatisfying(SendResult.RetryLater.class,
                retry -> assertThat(retry.reason()).contains("502"));
    }

    @Test
    void shouldFailForGoodOnAWrongToken() {
        MastodonReplies wrong = new MastodonReplies(new MastodonReplies.Config(mastodon.baseUrl().toString(), "other", "unlisted"), CLOCK);

        assertThat(wrong.send(reply(45))).isInstanceOfSatisfying(SendResult.Failed.class, failed -> assertThat(failed.reason()).contains("401"));
    }
}
