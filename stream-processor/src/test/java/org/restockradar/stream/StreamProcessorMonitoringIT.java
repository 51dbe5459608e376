package org.restockradar.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.Topics;
import org.restockradar.contracts.monitoring.ManagementServer;
import org.restockradar.contracts.monitoring.Monitoring;
import org.restockradar.embedded.EmbeddedKafka;

/**
 * The stream processor as its own process serves it, on a real broker: its management port answers ready once the
 * stream threads run, and {@code /metrics} shows Kafka Streams' own meters beside the mentions and dead letters it counted.
 */
@Tag("integration")
final class StreamProcessorMonitoringIT {
    private static final String CATALOG = """
            {"brands": [{"brand": "Hippo", "aliases": ["hippo"], "products": []}]}
            """;
    private static final String MENTION = """
            {"id": "x-7001", "source": "x", "created_at": "2026-11-02T08:00:00Z", "author": {"id": "u-1", "handle": "meera_j",
             "display_name": "Meera", "location": "Jaipur", "followers": 40}, "text": "no hippo at the shop today", "lang": "en",
             "geo": null, "is_repost": false}
            """.replace("\n", "");

    private static EmbeddedKafka kafka;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.throwaway();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void shouldServeReadinessAndTheStreamsMetersOnTheManagementPort() throws Exception {
        Path catalog = Files.writeString(dir.resolve("catalog.json"), CATALOG, StandardCharsets.UTF_8);
        Settings settings = Settings.of(Map.of("kafka.bootstrap.servers", kafka.bootstrapServers(), "catalog.file", catalog.toString(),
                "streams.state-dir", dir.resolve("streams").toString()));
        try (Monitoring monitoring = Monitoring.create();
             ManagementServer management = ManagementServer.start(0, monitoring);
             StreamProcessor processor = StreamProcessor.start(settings, Clock.systemUTC(), monitoring)) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> get(management, "/health/ready").statusCode() == 200);
            assertThat(get(management, "/health/ready").body()).contains("\"stream-processor-threads\":{\"status\":\"UP\"",
                    "\"kafka\":{\"status\":\"UP\"");

            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                    new StringSerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(Topics.MENTIONS.name(), "x-7001", MENTION.getBytes(StandardCharsets.UTF_8))).get();
                producer.send(new ProducerRecord<>(Topics.MENTIONS.name(), "junk", new byte[] {(byte) 0xff})).get();
            }

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertThat(get(management, "/metrics").body()).contains(
                            "stream_mentions_total{source=\"x\"} 1.0",
                            "dead_letters_total{origin=\"mentions\"} 1.0",
                            "stream_understanding_seconds_count 1",
                            "stream_state{state=\"RUNNING\"} 1.0",
                            "kafka_stream_alive_stream_threads{",
                            "group=\"restock-radar-stream-processor\"",
                            "kafka_consumer_fetch_manager_records_lag_max{",
                            "jvm_memory_used_bytes{"));
            assertThat(processor.errored()).isNotDone();
        }
    }

    private HttpResponse<String> get(ManagementServer management, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + management.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
