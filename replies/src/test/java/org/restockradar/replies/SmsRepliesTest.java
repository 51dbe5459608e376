package org.restockradar.replies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Json;
import org.restockradar.contracts.Signatures;
import org.restockradar.contracts.Source;

/** Replies by SMS against a local gateway of the documented shape. */
final class SmsRepliesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    private final FakeSmsGateway gateway = new FakeSmsGateway("s3cret");
    private final SmsReplies replies = new SmsReplies(new SmsReplies.Config(gateway.url(), "s3cret", null), CLOCK);

    @AfterEach
    void stop() {
        gateway.close();
    }

    private static OutgoingReply reply(long id) {
        return new OutgoingReply(id, Source.SMS, "SM123", "+********5678", null, "Thanks for telling us!", Instant.parse("2026-11-20T09:00:00Z"));
    }

    @Test
    void shouldSendASignedReplyToTheGatewaysMessage() throws Exception {
        SendResult result = replies.send(reply(5));

        assertThat(result).isInstanceOfSatisfying(SendResult.Sent.class, sent -> assertThat(sent.externalId()).startsWith("GW"));
        FakeApi.Request request = gateway.requests().get(0);
        assertThat(request.header("X-Signature-256"))
                .isEqualTo(Signatures.sign("s3cret", request.body().getBytes(StandardCharsets.UTF_8)));
        JsonNode body = Json.mapper().readTree(request.body());
        assertThat(body.path("reply_to_message_id").asText()).isEqualTo("SM123");
        assertThat(body.path("client_ref").asText()).isEqualTo("restockradar-reply-5");
        assertThat(body.path("text").asText()).isEqualTo("Thanks for telling us!");
        assertThat(body.has("to")).as("no number known: the gateway routes by its message id").isFalse();
    }

    @Test
    void shouldDeliverOnceWhenSentAgainWithTheSameClientRef() {
        replies.send(reply(6));
        replies.send(reply(6));

        assertThat(gateway.requests()).hasSize(2);
        assertThat(gateway.delivered()).isEqualTo(1);
    }

    @Test
    void shouldBeRefusedWithAWrongSecretAndRetryOn500() {
        SmsReplies wrong = new SmsReplies(new SmsReplies.Config(gateway.url(), "guess", null), CLOCK);
        assertThat(wrong.send(reply(7))).isInstanceOf(SendResult.Failed.class);

        gateway.refuseNext(500, Map.of(), "{\"error\":\"boom\"}");
        assertThat(replies.send(reply(7))).isInstanceOf(SendResult.RetryLater.class);
    }
}
