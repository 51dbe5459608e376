package org.restockradar.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Source;

/** Replies on X through Twitter4J, against a local v1.1 statuses/update. */
final class XRepliesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    private final FakeXStatuses x = new FakeXStatuses();
    private final XReplies replies = new XReplies(new XReplies.Config(x.restBaseUrl(), "ck", "cs", "at", "ats"), CLOCK);

    @AfterEach
    void stop() {
        x.close();
    }

    private static OutgoingReply reply(String text) {
        return new OutgoingReply(7, Source.X, "1861234567890123456", "priya_k", null, text, Instant.parse("2026-11-20T09:00:00Z"));
    }

    @Test
    void shouldPostAReplyToTheReportersTweetSignedWithOAuth() {
        SendResult result = replies.send(reply("Good news: Hippo is back on the shelf at Sharma General Store, Kothrud."));

        assertThat(result).isInstanceOf(SendResult.Sent.class);
        assertThat(((SendResult.Sent) result).externalId()).matches("\\d+");
        FakeApi.Request request = x.requests().get(0);
        assertThat(request.formValue("in_reply_to_status_id")).isEqualTo("1861234567890123456");
        assertThat(request.formValue("auto_populate_reply_metadata")).isEqualTo("true");
        assertThat(request.formValue("status")).isEqualTo("Good news: Hippo is back on the shelf at Sharma General Store, Kothrud.");
        assertThat(request.header("Authorization")).startsWith("OAuth ").contains("oauth_consumer_key=\"ck\"", "oauth_token=\"at\"");
    }

    @Test
    void shouldRetryAfterTheRateLimitResetOn429() {
        x.refuseNext(429, Map.of("x-rate-limit-limit", "300", "x-rate-limit-remaining", "0", "x-rate-limit-reset", "1795000000"),
                "{\"errors\":[{\"code\":88,\"message\":\"Rate limit exceeded\"}]}");

        SendResult result = replies.send(reply("thanks"));

        assertThat(result).isInstanceOfSatisfying(SendResult.RetryLater.class,
                retry -> assertThat(retry.notBefore()).isEqualTo(Instant.ofEpochSecond(1795000000L)));
    }

    @Test
    void shouldRetryOnServerErrorAndFailForGoodOnAForbiddenReply() {
        x.refuseNext(503, Map.of(), "{\"errors\":[{\"code\":130,\"message\":\"Over capacity\"}]}");
        x.refuseNext(403, Map.of(), "{\"errors\":[{\"code\":385,\"message\":\"You attempted to reply to a Tweet that is deleted or not visible to you.\"}]}");

        assertThat(replies.send(reply("thanks"))).isInstanceOf(SendResult.RetryLater.class);
        assertThat(replies.send(reply("thanks"))).isInstanceOfSatisfying(SendResult.Failed.class,
                failed -> assertThat(failed.reason()).contains("403"));
    }

    @Test
    void shouldRetryWhenXCannotBeReached() throws Exception {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        XReplies nowhere = new XReplies(new XReplies.Config("http://127.0.0.1:" + closed + "/1.1/", "ck", "cs", "at", "ats"), CLOCK);

        assertThat(nowhere.send(reply("thanks"))).isInstanceOf(SendResult.RetryLater.class);
    }
}
