package org.restockradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restockradar.contracts.DeadLetter;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.Topic;
import org.restockradar.contracts.TopicSetup;
import org.restockradar.contracts.Topics;
import org.restockradar.embedded.EmbeddedKafka;
import org.restockradar.ingest.cursor.Checkpoint;
import org.restockradar.ingest.cursor.KafkaCursorStore;
import org.restockradar.ingest.publish.KafkaMentionSink;
import org.restockradar.ingest.replay.ReplaySource;
import org.restockradar.ingest.source.webhook.WebhookSource;

/** The ingest service on a real broker: a webhook message becomes one mention, however often it is retried; cursors survive a reopen. */
@Tag("integration")
final class IngestServiceIT {
    private static final String SECRET = "test-signing-secret";
    private static EmbeddedKafka kafka;

    @TempDir
    Path dir;

    @BeforeAll
    static void startKafka() {
        kafka = EmbeddedKafka.throwaway();
        TopicSetup.ensureTopics(Map.of("bootstrap.servers", kafka.bootstrapServers()));
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void shouldTurnASignedSmsIntoOneMentionEvenWhenTheGatewayRetries() throws Exception {
        Path catalog = dir.resolve("catalog.json");
        Files.writeString(catalog, """
                {"brands": [{"brand": "Hippo", "aliases": ["hippo"], "products": []}]}""", StandardCharsets.UTF_8);
        Settings settings = Settings.of(Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "sources.catalog", catalog.toString(),
                "sources.webhooks.host", "127.0.0.1",
                "sources.webhooks.port", "0",
                "sources.sms.enabled", "true",
                "sources.sms.signing-secret", SECRET));
        String messageId = "SM-" + UUID.randomUUID();
        String body = """
                {"message_id": "%s", "from": "+919812345678", "text": "Hippo khatam hai, Sharma store Kothrud",
                 "received_at": "2026-10-02T09:14:00Z"}""".formatted(messageId);

        try (IngestService service = IngestService.start(settings, Clock.systemUTC(), new SimpleMeterRegistry())) {
            int port = service.sources().stream().filter(WebhookSource.class::isInstance).map(WebhookSource.class::cast)
                    .findFirst().orElseThrow().port();
            assertThat(post(port, body).statusCode()).isEqualTo(200);
            assertThat(post(port, body).statusCode()).isEqualTo(200);
            assertThat(post(port, "{\"message_id\": \"x\", \"text\": ").statusCode()).isEqualTo(400);
        }

        List<Mention> mentions = await().atMost(Duration.ofSeconds(30)).until(() -> readAll(Topics.MENTIONS).stream()
                .filter(m -> m.id().equals("sms-" + messageId)).toList(), found -> !found.isEmpty());
        assertThat(mentions).hasSize(1);
        assertThat(mentions.get(0).text()).isEqualTo("Hippo khatam hai, Sharma store Kothrud");
        assertThat(mentions.get(0).author().handle()).doesNotContain("98123456");
        List<DeadLetter> letters = readAll(Topics.DEAD_LETTERS);
        assertThat(letters).anySatisfy(letter -> assertThat(letter.payload()).isEqualTo("{\"message_id\": \"x\", \"text\": "));
    }

    @Test
    void shouldKeepEveryPoisonLineOfAReplayOnTheDeadLetterTopicEvenOneLargerThanKafkaTakes() throws Exception {
        String run = UUID.randomUUID().toString();
        Path file = dir.resolve("poison-" + run + ".jsonl");
        String good = """
                {"id": "x-%s", "source": "x", "created_at": "2026-10-02T09:14:00Z", "author": {"id": "u-1", "handle": "a"}, "text": "no Hippo here"}"""
                .formatted(run);
        try (var out = Files.newOutputStream(file)) {
            out.write("null\n".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {'{', (byte) 0xff, '}', '\n'});
            out.write(("{\"text\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}\n").getBytes(StandardCharsets.UTF_8));
            out.write((good + "\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] twoMegabytes = "y".repeat(2 * 1024 * 1024).getBytes(StandardCharsets.UTF_8);

        ReplaySource.Summary summary;
        try (KafkaMentionSink sink = new KafkaMentionSink(Map.of("bootstrap.servers", kafka.bootstrapServers()), Clock.systemUTC())) {
            summary = new ReplaySource(sink, ReplaySource.Pacer.NONE).replay(file, 0);
            sink.deadLetter("it:" + run, twoMegabytes, "a post larger than Kafka takes");
            sink.flush();
        }

        assertThat(summary).isEqualTo(new ReplaySource.Summary(4, 1, 3));
        List<DeadLetter> letters = readAll(Topics.DEAD_LETTERS).stream()
                .filter(letter -> letter.origin().contains(run)).toList();
        assertThat(letters).extracting(DeadLetter::origin).containsExactly("replay:" + file.getFileName() + ":1",
                "replay:" + file.getFileName() + ":2", "replay:" + file.getFileName() + ":3", "it:" + run);
        assertThat(letters.get(3)).satisfies(letter -> {
            assertThat(letter.payloadSize()).isEqualTo(twoMegabytes.length);
            assertThat(letter.payloadTruncated()).isTrue();
            assertThat(letter.payload()).hasSize(DeadLetter.MAX_PAYLOAD_BYTES);
        });
        assertThat(readAll(Topics.MENTIONS)).extracting(Mention::id).contains("x-" + run);
    }

    @Test
    void shouldKeepCursorsAcrossAReopenOfTheStore() {
        Map<String, Object> config = Map.of("bootstrap.servers", kafka.bootstrapServers());
        Checkpoint checkpoint = new Checkpoint("1712", List.of("x-1711", "x-1712"), Instant.parse("2026-10-02T09:14:00Z"));
        String stream = "x:search:" + UUID.randomUUID();

        try (KafkaCursorStore store = KafkaCursorStore.open(config, Duration.ofSeconds(30), Clock.systemUTC())) {
            store.save(stream, checkpoint);
        }
        try (KafkaCursorStore reopened = KafkaCursorStore.open(config, Duration.ofSeconds(30), Clock.systemUTC())) {
            assertThat(reopened.load(stream)).contains(checkpoint);
            assertThat(reopened.load("x:search:never-saved")).isEmpty();
        }
    }

    private static HttpResponse<String> post(int port, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/sms"))
                        .header("Content-Type", "application/json").header("X-Signature-256", signature)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static <V> List<V> readAll(Topic<String, V> topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<V> values = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(config, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
            }
        }
        return values;
    }
}
