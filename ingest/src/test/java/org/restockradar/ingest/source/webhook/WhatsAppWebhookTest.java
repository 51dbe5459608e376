package org.restockradar.ingest.source.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Signatures;
import org.restockradar.contracts.Source;
import org.restockradar.ingest.metrics.SourceMetrics;
import org.restockradar.ingest.testing.Channels;
import org.restockradar.ingest.testing.MutableClock;
import org.restockradar.ingest.testing.RecordingSink;

final class WhatsAppWebhookTest {
    private static final String SECRET = "test-app-secret";
    private static final String VERIFY_TOKEN = "test-verify-token";

    /** A text message notification exactly as Meta's webhook reference shows it. */
    static final String TEXT_NOTIFICATION = """
            {
              "object": "whatsapp_business_account",
              "entry": [{
                "id": "102290129340398",
                "changes": [{
                  "value": {
                    "messaging_product": "whatsapp",
                    "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
                    "contacts": [{"profile": {"name": "Sheena Nelson"}, "wa_id": "16505551234"}],
                    "messages": [{
                      "from": "16505551234",
                      "id": "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",
                      "timestamp": "1749416383",
                      "type": "text",
                      "text": {"body": "No Hippo chips at Sharma General Store, Kothrud"}
                    }]
                  },
                  "field": "messages"
                }]
              }]
            }""";

    /** A location message notification as Meta documents it. */
    static final String LOCATION_NOTIFICATION = """
            {
              "object": "whatsapp_business_account",
              "entry": [{
                "id": "102290129340398",
                "changes": [{
                  "value": {
                    "messaging_product": "whatsapp",
                    "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
                    "contacts": [{"profile": {"name": "Sheena Nelson"}, "wa_id": "16505551234"}],
                    "messages": [{
                      "from": "16505551234",
                      "id": "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgB=",
                      "timestamp": "1744344496",
                      "location": {
                        "address": "Karve Road, Kothrud, Pune",
                        "latitude": 18.5074,
                        "longitude": 73.8077,
                        "name": "Sharma General Store",
                        "url": "https://example.org/"
                      },
                      "type": "location"
                    }]
                  },
                  "field": "messages"
                }]
              }]
            }""";

    /** A delivery status notification: no message in it. */
    static final String STATUS_NOTIFICATION = """
            {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{"value": {
              "messaging_product": "whatsapp",
              "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
              "statuses": [{"id": "wamid.X", "status": "delivered", "timestamp": "1750263773", "recipient_id": "16505551234"}]},
              "field": "messages"}]}]}""";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-10-02T09:00:00Z"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RecordingSink sink = new RecordingSink();
    private final HttpClient http = HttpClient.newHttpClient();
    private WebhookSource server;

    @BeforeEach
    void startServer() {
        WhatsAppWebhook handler = new WhatsAppWebhook("/webhooks/whatsapp", VERIFY_TOKEN, SECRET,
                Channels.channel("whatsapp", sink, registry, clock));
        server = new WebhookSource(new WebhookSource.Config("127.0.0.1", 0, 4_096), List.of(handler), clock);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private URI uri(String query) {
        return URI.create("http://127.0.0.1:" + server.port() + "/webhooks/whatsapp" + query);
    }

    private HttpResponse<String> post(byte[] body, String signature) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postSigned(String json) throws IOException, InterruptedException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return post(body, Signatures.sign(SECRET, body));
    }

    @Test
    void shouldAnswerMetasVerificationHandshakeWithTheChallenge() throws Exception {
        HttpResponse<String> ok = http.send(HttpRequest.newBuilder(uri(
                        "?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=" + VERIFY_TOKEN)).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(uri(
                        "?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=guess")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("1158201444");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).doesNotContain("1158201444");
    }

    @Test
    void shouldTurnASignedTextMessageIntoAMentionAcknowledgedByKafkaBeforeAnswering() throws Exception {
        HttpResponse<String> response = postSigned(TEXT_NOTIFICATION);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(sink.mentions()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("whatsapp-wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=");
            assertThat(m.source()).isEqualTo(Source.WHATSAPP);
            assertThat(m.createdAt()).isEqualTo(Instant.ofEpochSecond(1749416383L));
            assertThat(m.text()).isEqualTo("No Hippo chips at Sharma General Store, Kothrud");
            assertThat(m.author().handle()).isEqualTo("+*******1234").doesNotContain("650555");
            assertThat(m.author().id()).startsWith("phone-").doesNotContain("16505551234");
            assertThat(m.author().displayName()).isEqualTo("Sheena Nelson");
            assertThat(m.geo()).isNull();
            assertThat(m.isRepost()).isFalse();
        });
        assertThat(sink.flushes()).isEqualTo(1);
    }

    @Test
    void shouldReadALocationMessageWithItsDevicePosition() throws Exception {
        assertThat(postSigned(LOCATION_NOTIFICATION).statusCode()).isEqualTo(200);

        assertThat(sink.mentions()).singleElement().satisfies(m -> {
            assertThat(m.geo()).isEqualTo(new GeoPoint(18.5074, 73.8077));
            assertThat(m.text()).isEqualTo("Sharma General Store, Karve Road, Kothrud, Pune");
        });
    }

    @Test
    void shouldHandOnANotificationMetaRetriesOnlyOnce() throws Exception {
        postSigned(TEXT_NOTIFICATION);
        HttpResponse<String> retry = postSigned(TEXT_NOTIFICATION);

        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(sink.mentions()).hasSize(1);
        assertThat(Channels.count(registry, SourceMetrics.DUPLICATES, "whatsapp")).isEqualTo(1);
    }

    @Test
    void shouldRefuseAWrongSignatureWith403AndAMissingOneWith401() throws Exception {
        byte[] body = TEXT_NOTIFICATION.getBytes(StandardCharsets.UTF_8);

        assertThat(post(body, Signatures.sign("another-secret", body)).statusCode()).isEqualTo(403);
        assertThat(post(body, "sha256=zz-not-hex").statusCode()).isEqualTo(403);
        assertThat(post(body, null).statusCode()).isEqualTo(401);
        assertThat(sink.mentions()).isEmpty();
        assertThat(sink.deadLetters()).isEmpty();
    }

    @Test
    void shouldDeadLetterMalformedJsonWithItsRawBodyAndAnswer400() throws Exception {
        HttpResponse<String> response = postSigned("{\"object\": \"whatsapp_business_account\", \"entry\": [");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(sink.deadLetters()).singleElement().satisfies(d -> {
            assertThat(d.origin()).isEqualTo("whatsapp:webhook");
            assertThat(d.text()).isEqualTo("{\"object\": \"whatsapp_business_account\", \"entry\": [");
            assertThat(d.reason()).startsWith("malformed JSON");
        });
        assertThat(Channels.count(registry, SourceMetrics.DEAD_LETTERED, "whatsapp")).isEqualTo(1);
    }

    @Test
    void shouldDeadLetterAMessageThatBreaksTheDocumentedShapeAndKeepTheOthers() throws Exception {
        String broken = TEXT_NOTIFICATION.replace("\"timestamp\": \"1749416383\"", "\"timestamp\": \"yesterday\"");

        assertThat(postSigned(broken).statusCode()).isEqualTo(200);

        assertThat(sink.mentions()).isEmpty();
        assertThat(sink.deadLetters()).singleElement().satisfies(d -> assertThat(d.reason()).contains("timestamp"));
    }

    @Test
    void shouldDeadLetterATimestampNoClockCouldShowAndAnswer200SoThatMetaDoesNotRetry() throws Exception {
        String impossible = TEXT_NOTIFICATION.replace("\"timestamp\": \"1749416383\"", "\"timestamp\": \"99999999999999999\"");
        String beforeTwoThousandSix = TEXT_NOTIFICATION.replace("\"timestamp\": \"1749416383\"", "\"timestamp\": \"1136073599\"");

        assertThat(postSigned(impossible).statusCode()).isEqualTo(200);
        assertThat(postSigned(beforeTwoThousandSix).statusCode()).isEqualTo(200);

        assertThat(sink.mentions()).isEmpty();
        assertThat(sink.deadLetters()).hasSize(2).allSatisfy(d -> assertThat(d.reason()).contains("timestamp", "is outside"));
    }

    @Test
    void shouldReadALocationMessageThatCarriesNoTypeField() throws Exception {
        String untyped = LOCATION_NOTIFICATION.replaceAll(",\\s*\"type\": \"location\"", "");

        assertThat(untyped).doesNotContain("\"type\"");
        assertThat(postSigned(untyped).statusCode()).isEqualTo(200);

        assertThat(sink.mentions()).singleElement().satisfies(m -> {
            assertThat(m.geo()).isEqualTo(new GeoPoint(18.5074, 73.8077));
            assertThat(m.text()).isEqualTo("Sharma General Store, Karve Road, Kothrud, Pune");
        });
    }

    @Test
    void shouldDeadLetterAMessageWithoutATypeThatIsNeitherTextNorLocation() throws Exception {
        String untyped = TEXT_NOTIFICATION.replace("\"type\": \"text\",", "")
                .replace("\"text\": {\"body\": \"No Hippo chips at Sharma General Store, Kothrud\"}", "\"sticker\": {\"id\": \"1\"}");

        assertThat(postSigned(untyped).statusCode()).isEqualTo(200);

        assertThat(sink.mentions()).isEmpty();
        assertThat(sink.deadLetters()).singleElement().satisfies(d -> assertThat(d.reason()).contains("without type"));
    }

    @Test
    void shouldRefuseAnOversizedBodyWith413() throws Exception {
        String big = TEXT_NOTIFICATION.replace("No Hippo chips", "x".repeat(5_000));

        HttpResponse<String> response = postSigned(big);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("larger than the limit of 4096 bytes");
        assertThat(sink.mentions()).isEmpty();
    }

    @Test
    void shouldAcknowledgeStatusNotificationsWithoutAMention() throws Exception {
        assertThat(postSigned(STATUS_NOTIFICATION).statusCode()).isEqualTo(200);

        assertThat(sink.mentions()).isEmpty();
        assertThat(sink.deadLetters()).isEmpty();
    }
}
