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

/** Replies on WhatsApp against a local Cloud API messages endpoint. */
final class WhatsAppRepliesTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final FakeWhatsAppCloud cloud = new FakeWhatsAppCloud("v21.0", "1098765", "tok-w");
    private final WhatsAppReplies replies = new WhatsAppReplies(new WhatsAppReplies.Config(cloud.baseUrl(), "v21.0", "1098765", "tok-w"), CLOCK);

    @AfterEach
    void stop() {
        cloud.close();
    }

    private static OutgoingReply reply(String address, Instant reportedAt) {
        return new OutgoingReply(9, Source.WHATSAPP, "wamid.HBgMOTE5ODEyMzQ1Njc4FQIAEhgg", "+********5678", address,
                "Khushkhabri: Hippo phir se shelf par hai.", reportedAt);
    }

    @Test
    void shouldSendATextQuotingTheReportersMessageWithBearer() throws Exception {
        SendResult result = replies.send(reply("+91 98123 45678", NOW.minusSeconds(3600)));

        assertThat(result).isInstanceOfSatisfying(SendResult.Sent.class, sent -> assertThat(sent.externalId()).startsWith("wamid."));
        FakeApi.Request request = cloud.requests().get(0);
        assertThat(request.path()).isEqualTo("/v21.0/1098765/messages");
        assertThat(request.header("Authorization")).isEqualTo("Bearer tok-w");
        JsonNode body = Json.mapper().readTree(request.body());
        assertThat(body.path("messaging_product").asText()).isEqualTo("whatsapp");
        assertThat(body.path("to").asText()).isEqualTo("919812345678");
        assertThat(body.path("type").asText()).isEqualTo("text");
        assertThat(body.path("text").path("body").asText()).isEqualTo("Khushkhabri: Hippo phir se shelf par hai.");
        assertThat(body.path("context").path("message_id").asText()).isEqualTo("wamid.HBgMOTE5ODEyMzQ1Njc4FQIAEhgg");
    }

    @Test
    void shouldSkipWithoutANumberOrOutsideThe24HourWindowWithoutCallingTheApi() {
        assertThat(replies.send(reply(null, NOW.minusSeconds(60)))).isInstanceOfSatisfying(SendResult.Skipped.class,
                skipped -> assertThat(skipped.reason()).contains("no WhatsApp number"));
        assertThat(replies.send(reply("+919812345678", NOW.minusSeconds(25 * 3600)))).isInstanceOfSatisfying(SendResult.Skipped.class,
                skipped -> assertThat(skipped.reason()).contains("24-hour"));
        assertThat(cloud.requests()).isEmpty();
    }

    @Test
    void shouldHonourRetryAfterOn429() {
        cloud.refuseNext(429, Map.of("Retry-After", "120"),
                "{\"error\":{\"message\":\"(#130429) Rate limit hit\",\"type\":\"OAuthException\",\"code\":130429}}");

        assertThat(replies.send(reply("+919812345678", NOW))).isInstanceOfSatisfying(SendResult.RetryLater.class,
                retry -> assertThat(retry.notBefore()).isEqualTo(NOW.plusSeconds(120)));
    }

    @Test
    void shouldRetryWhenTheApiCannotBeReached() throws Exception {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        WhatsAppReplies nowhere = new WhatsAppReplies(new WhatsAppReplies.Config("http://127.0.0.1:" + closed, "v21.0", "1098765", "tok-w"), CLOCK);

        assertThat(nowhere.send(reply("+919812345678", NOW))).isInstanceOf(SendResult.RetryLater.class);
    }

    @Test
    void shouldNotSendAgainWhenTheCallBrokeOffAfterReachingTheApi() throws Exception {
        try (java.net.ServerSocket hangUp = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> {
                try (java.net.Socket connection = hangUp.accept()) {
                    connection.getInputStream().read(new byte[1024]);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            server.start();
            WhatsAppReplies brokenOff = new WhatsAppReplies(new WhatsAppReplies.Config("http://127.0.0.1:" + hangUp.getLocalPort(), "v21.0",
                    "1098765", "tok-w"), CLOCK);

            assertThat(brokenOff.send(reply("+919812345678", NOW))).isInstanceOfSatisfying(SendResult.Failed.class,
                    failed -> assertThat(failed.reason()).contains("outcome unknown"));
            server.join();
        }
    }
}
