package org.restockradar.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
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
import org.restockradar.contracts.StockoutReport;
import org.restockradar.contracts.Topics;
import org.restockradar.embedded.EmbeddedKafka;
import org.restockradar.stream.understanding.Gazetteer;
import org.restockradar.stream.understanding.Names;

/**
 * A user's own places file ({@code gazetteer.dir}, the format of docs/understanding.md "Adding a country") read by a
 * running stream processor on a real broker: a post naming a town that only this file knows reaches ops located in it.
 */
@Tag("integration")
final class GazetteerDirIT {
    private static final String CATALOG = """
            {"brands": [{"brand": "Zebra Puffs", "aliases": ["zebra puffs"], "products": []}]}
            """;
    private static final String TEXT = "zebra puffs not available anywhere in Pokhara";
    private static final String MENTION = """
            {"id": "x-8001", "source": "x", "created_at": "2026-11-02T08:00:00Z", "author": {"id": "u-1", "handle": "sita_g",
             "display_name": "Sita", "location": null, "followers": 40}, "text": "%s", "lang": "en",
             "geo": null, "is_repost": false}
            """.formatted(TEXT).replace("\n", "");

    private static EmbeddedKafka kafka;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.throwaway();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void shouldLocateAMentionByATownOnlyTheUsersPlacesFileKnows() throws Exception {
        assertThat(Gazetteer.fromClassPath().placesIn(Names.keys(TEXT))).as("Pokhara is not in the bundled gazetteer").isEmpty();
        Path places = Files.createDirectories(dir.resolve("gazetteer"));
        Files.writeString(places.resolve("places-np.tsv"), """
                # name	country	admin1	feature	population	lat	lon
                Pokhara	NP	4	PPLA	200000	28.26689	83.96851
                """, StandardCharsets.UTF_8);
        Path catalog = Files.writeString(dir.resolve("catalog.json"), CATALOG, StandardCharsets.UTF_8);
        Settings settings = Settings.of(Map.of("kafka.bootstrap.servers", kafka.bootstrapServers(), "catalog.file", catalog.toString(),
                "streams.state-dir", dir.resolve("streams").toString(), "gazetteer.dir", places.toString()));

        try (StreamProcessor processor = StreamProcessor.start(settings, Clock.systemUTC());
             KafkaConsumer<String, StockoutReport> opsQueue = new KafkaConsumer<>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "gazetteer-dir-it",
                     ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                     Topics.NEEDS_LOCATION.keySerde().deserializer(), Topics.NEEDS_LOCATION.valueSerde().deserializer())) {
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                    new StringSerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(Topics.MENTIONS.name(), "x-8001", MENTION.getBytes(StandardCharsets.UTF_8))).get();
            }
            opsQueue.subscribe(List.of(Topics.NEEDS_LOCATION.name()));
            List<StockoutReport> reports = new CopyOnWriteArrayList<>();
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> {
                opsQueue.poll(Duration.ofMillis(500)).forEach(record -> reports.add(record.value()));
                return !reports.isEmpty();
            });

            assertThat(reports).singleElement().satisfies(report -> {
                assertThat(report.mentionId()).isEqualTo("x-8001");
                assertThat(report.brand()).isEqualTo("Zebra Puffs");
                assertThat(report.city()).isEqualTo("Pokhara");
            });
        }
    }
}
