package org.restockradar.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Json;

final class WebhookChannelTest {
    private static final Alert ALERT = new Alert(1, "e-1", Channel.WEBHOOK, 42, "Restock job 42 is past its due time — Hippo <chips>",
            "Status: assigned; crew: none", "https://radar.example.test/?job=42");
    private final FakeWebhook webhook = new FakeWebhook();

    @AfterEach
    void stop() {
        webhook.close();
    }

    @Test
    void shouldPostSlackTextWithTheLinkToTheJob() throws IOException {
        Delivery delivery = new WebhookChannel(webhook.url()).send(ALERT);

        assertThat(delivery).isInstanceOf(Delivery.Sent.class);
        JsonNode body = Json.mapper().readTree(webhook.taken().get(0));
        assertThat(body.get("text").asText())
                .isEqualTo("*Restock job 42 is past its due time — Hippo &lt;chips&gt;*\nStatus: assigned; crew: none\n<https://radar.example.test/?job=42|Open job 42 on the ops page>");
    }

    @Test
    void shouldTakeA4xxAsARefusalForGood() {
        webhook.answer(body -> 404);

        Delivery delivery = new WebhookChannel(webhook.url()).send(ALERT);

        assertThat(delivery).isInstanceOfSatisfying(Delivery.Refused.class, refused -> assertThat(refused.reason())
                .contains("HTTP 404", "no_service").doesNotContain("secret"));
    }

    @Test
    void shouldTryAgainLaterOn5xxAnd429() {
        webhook.answer(body -> 503);
        assertThat(new WebhookChannel(webhook.url()).send(ALERT)).isInstanceOf(Delivery.RetryLater.class);
        webhook.answer(body -> 429);
        assertThat(new WebhookChannel(webhook.url()).send(ALERT)).isInstanceOf(Delivery.RetryLater.class);
    }

    @Test
    void shouldTryAgainLaterWhenNothingListens() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        Delivery delivery = new WebhookChannel(URI.create("http://127.0.0.1:" + port + "/hook")).send(ALERT);

        assertThat(delivery).isInstanceOf(Delivery.RetryLater.class);
    }
}
