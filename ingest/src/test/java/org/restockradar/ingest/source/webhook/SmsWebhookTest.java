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
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Signatures;
import org.restockradar.contracts.Source;
import org.restockradar.ingest.metrics.SourceMetrics;
import org.restockradar.ingest.testing.Channels;
import org.restockradar.ingest.testing.FlakySink;
import org.restockradar.ingest.testing.MutableClock;
import org.restockradar.ingest.testing.RecordingSink;

final class SmsWebhookTest {
    private static final String SECRET = "test-sms-secret";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-10-02T09:20:00Z"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RecordingSink sink = new RecordingSink();
    private final HttpClient http = HttpClient.newHttpClient();
    private WebhookSource server;

    @BeforeEach
    void startServer() {
        SmsWebhook handler = new SmsWebhook("/webhooks/sms", SECRET, Channels.channel("sms", sink, registry, clock));
        server = new WebhookSource(new WebhookSource.Config("127.0.0.1", 0, 2_048), List.of(handler), clock);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private HttpResponse<String> post(String json, String signature) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/webhooks/sms"))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("X-Signature-256", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postWithHeader(String json, String header, String value) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/webhooks/sms")).header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postSigned(String json) throws IOException, InterruptedException {
        return post(json, Signatures.sign(SECRET, json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldTurnASignedMessageIntoAMention() throws Exception {
        HttpResponse<String> response = postSigned("""
                {"message_id": "SM9f3a", "from": "+91 98123 45678", "text": "Hippo khatam hai, Sharma store Kothrud",
                 "received_at": "2026-10-02T09:14:00Z", "lat": 18.5074, "lon": 73.8077, "lang": "hi"}""");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"accepted\":1");
        assertThat(sink.mentions()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("sms-SM9f3a");
            assertThat(m.source()).isEqualTo(Source.SMS);
            assertThat(m.createdAt()).isEqualTo(Instant.parse("2026-10-02T09:14:00Z"));
            assertThat(m.author().handle()).isEqualTo("+********5678");
            assertThat(m.text()).isEqualTo("Hippo khatam hai, Sharma store Kothrud");
            assertThat(m.lang()).isEqualTo("hi");
            assertThat(m.geo()).isEqualTo(new GeoPoint(18.5074, 73.8077));
        });
        assertThat(sink.flushes()).isEqualTo(1);
    }

    @Test
    void shouldReadABatchWithEpochTimesAndDefaultTheMissingTimeToNow() throws Exception {
        HttpResponse<String> response = postSigned("""
                [{"message_id": "1", "from": "+919812345678", "text": "no hippo", "received_at": 1790932440},
                 {"message_id": "2", "from": "+919812345679", "text": "hippo gone"}]""");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(sink.mentions()).extracting(m -> m.createdAt())
                .containsExactly(Instant.ofEpochSecond(1790932440L), clock.instant());
    }

    /** An inbound-SMS forward as Infobip's "Receive inbound SMS messages" webhook reference shows it (MO_JSON_2). */
    static final String INFOBIP_INBOUND = """
            {
              "results": [
                {
                  "messageId": "817790313235066447",
                  "from": "919812345678",
                  "to": "919000012345",
                  "text": "HIPPO khatam hai, Sharma store Kothrud",
                  "cleanText": "khatam hai, Sharma store Kothrud",
                  "keyword": "HIPPO",
                  "receivedAt": "2026-10-02T09:15:30.000+0000",
                  "smsCount": 1,
                  "price": {"pricePerMessage": 0, "currency": "EUR"},
                  "callbackData": "callbackData"
                },
                {
                  "messageId": "817790313235066448",
                  "from": "919812345679",
                  "to": "919000012345",
                  "text": "no Zorbo at Laxmi Kirana",
                  "cleanText": "no Zorbo at Laxmi Kirana",
                  "keyword": "",
                  "receivedAt": "2026-10-02T14:45:30.000+0530",
                  "smsCount": 1,
                  "price": {"pricePerMessage": 0, "currency": "EUR"}
                }
              ],
              "messageCount": 2,
              "pendingMessageCount": 0
            }""";

    @Test
    void shouldReadInfobipsInboundSmsBody() throws Exception {
        HttpResponse<String> response = postSigned(INFOBIP_INBOUND);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"accepted\":2");
        assertThat(sink.mentions()).hasSize(2).first().satisfies(m -> {
            assertThat(m.id()).isEqualTo("sms-817790313235066447");
            assertThat(m.source()).isEqualTo(Source.SMS);
            assertThat(m.createdAt()).isEqualTo(Instant.parse("2026-10-02T09:15:30Z"));
            assertThat(m.author().handle()).isEqualTo("+********5678");
            assertThat(m.text()).isEqualTo("HIPPO khatam hai, Sharma store Kothrud");
        });
        assertThat(sink.mentions().get(1).createdAt()).isEqualTo(Instant.parse("2026-10-02T09:15:30Z"));
    }

    @Test
    void shouldAcceptBasicAuthenticationWithTheSigningSecretAsPasswordAsInfobipSendsIt() throws Exception {
        String right = "Basic " + Base64.getEncoder().encodeToString(("infobip:" + SECRET).getBytes(StandardCharsets.UTF_8));
        String wrong = "Basic " + Base64.getEncoder().encodeToString("infobip:guess".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> refused = postWithHeader(INFOBIP_INBOUND, "Authorization", wrong);
        HttpResponse<String> accepted = postWithHeader(INFOBIP_INBOUND, "Authorization", right);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(sink.ids()).containsExactly("sms-817790313235066447", "sms-817790313235066448");
    }

    @Test
    void shouldAnswer400AndDeadLetterAReceivedAtNoClockCouldShow() throws Exception {
        HttpResponse<String> response = postSigned("""
                {"message_id": "1", "from": "+919812345678", "text": "no hippo", "received_at": 99999999999999999}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(sink.mentions()).isEmpty();
        assertThat(sink.deadLetters()).singleElement().satisfies(d -> assertThat(d.reason()).contains("received_at"));
    }

    @Test
    void shouldDeadLetterReceivedTimesOutsideTheWindowAroundNow() throws Exception {
        HttpResponse<String> response = postSigned("""
                [{"message_id": "1", "from": "+919812345678", "text": "milliseconds", "received_at": 1791364440000},
                 {"message_id": "2", "from": "+919812345678", "text": "before 2006", "received_at": "2005-12-31T23:59:59Z"},
                 {"message_id": "3", "from": "+919812345678", "text": "two days ahead", "received_at": "2026-10-04T09:20:00Z"},
                 {"message_id": "4", "from": "+919812345678", "text": "an hour ahead", "received_at": "2026-10-02T10:20:00Z"}]""");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"dead_lettered\":3");
        assertThat(sink.ids()).containsExactly("sms-4");
        assertThat(sink.deadLetters()).extracting(RecordingSink.Dead::reason)
                .allSatisfy(reason -> assertThat(reason).contains("received_at", "is outside"));
    }

    @Test
    void shouldDeadLetterAnUnreadableMessageAndKeepTheRestOfTheBatch() throws Exception {
        HttpResponse<String> response = postSigned("""
                [{"message_id": "1", "from": "+919812345678", "text": "no hippo"},
                 {"message_id": "2", "text": "who sent this"}]""");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"dead_lettered\":1");
        assertThat(sink.ids()).containsExactly("sms-1");
        assertThat(sink.deadLetters()).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo("unreadable SMS message: message without from");
            assertThat(d.text()).contains("who sent this");
        });
    }

    @Test
    void shouldAnswer400AndDeadLetterMalformedJson() throws Exception {
        HttpResponse<String> response = postSigned("message_id=1&from=123");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(sink.deadLetters()).singleElement().satisfies(d -> assertThat(d.text()).isEqualTo("message_id=1&from=123"));
        assertThat(Channels.count(registry, SourceMetrics.DEAD_LETTERED, "sms")).isEqualTo(1);
    }

    @Test
    void shouldRefuseUnsignedAndWronglySignedCalls() throws Exception {
        String json = "{\"message_id\": \"1\", \"from\": \"+919812345678\", \"text\": \"no hippo\"}";

        assertThat(post(json, null).statusCode()).isEqualTo(401);
        assertThat(post(json, Signatures.sign("guess", json.getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(403);
        assertThat(sink.mentions()).isEmpty();
    }

    @Test
    void shouldRefuseAnOversizedBodyWith413() throws Exception {
        String json = "{\"message_id\": \"1\", \"from\": \"+919812345678\", \"text\": \"" + "a".repeat(3_000) + "\"}";

        HttpResponse<String> response = postSigned(json);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("limit of 2048 bytes");
    }

    @Test
    void shouldAnswer503WhenKafkaDidNotTakeTheMessageAndAcceptTheRetry() throws Exception {
        FlakySink flaky = new FlakySink();
        WebhookSource other = new WebhookSource(new WebhookSource.Config("127.0.0.1", 0, 2_048),
                List.of(new SmsWebhook("/webhooks/sms", SECRET, Channels.channel("sms", flaky, new SimpleMeterRegistry(), clock))), clock);
        other.start();
        try {
            String json = "{\"message_id\": \"9\", \"from\": \"+919812345678\", \"text\": \"no hippo\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + other.port() + "/webhooks/sms"))
                    .header("X-Signature-256", Signatures.sign(SECRET, json.getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();

            flaky.failFlush(true);
            assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(503);
            flaky.failFlush(false);
            assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

            assertThat(flaky.recording().ids()).containsExactly("sms-9", "sms-9");
        } finally {
            other.stop();
        }
    }

    @Test
    void shouldHandOnAMessageTheGatewayRetriesOnlyOnce() throws Exception {
        String json = "{\"message_id\": \"7\", \"from\": \"+919812345678\", \"text\": \"no hippo\"}";
        postSigned(json);
        postSigned(json);

        assertThat(sink.ids()).containsExactly("sms-7");
        assertThat(Channels.count(registry, SourceMetrics.DUPLICATES, "sms")).isEqualTo(1);
    }
}
