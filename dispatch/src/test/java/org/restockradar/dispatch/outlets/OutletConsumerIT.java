package org.restockradar.dispatch.outlets;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Outlet;
import org.restockradar.contracts.TopicSetup;
import org.restockradar.contracts.Topics;
import org.restockradar.embedded.testing.TestPostgres;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.embedded.EmbeddedKafka;

/** The outlets topic on a real broker into table outlet: upserts, a tombstone, a poison record passed, a restart read again. */
@Tag("integration")
final class OutletConsumerIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    private static EmbeddedKafka kafka;
    private static HikariDataSource database;
    private static OutletStore outlets;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.throwaway();
        TopicSetup.ensureTopics(Map.of("bootstrap.servers", kafka.bootstrapServers()));
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 2);
        DispatchSchema.migrate(database);
        outlets = new OutletStore(database, CLOCK);
    }

    @AfterAll
    static void stop() {
        database.close();
        kafka.close();
    }

    @Test
    void shouldKeepTheOutletTableInStepWithTheCompactedTopic() throws Exception {
        Map<String, String> client = Map.of("bootstrap.servers", kafka.bootstrapServers());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            send(producer, OutletStoreIT.outlet("OUT-K-1", "Sharma General Store", "Paud Rd, Pune 411038"));
            send(producer, OutletStoreIT.outlet("OUT-K-2", "Gone Store", "Paud Rd, Pune 411038"));
            producer.send(new ProducerRecord<>(Topics.OUTLETS.name(), "OUT-K-BAD", "{not an outlet".getBytes(StandardCharsets.UTF_8))).get();
            producer.send(new ProducerRecord<>(Topics.OUTLETS.name(), "OUT-K-2", null)).get();
            send(producer, OutletStoreIT.outlet("OUT-K-1", "Sharma Kirana", "Paud Rd, Pune 411038"));
        }

        try (OutletConsumer consumer = OutletConsumer.start(client, outlets, new SimpleMeterRegistry())) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(outlets.find("OUT-K-1")).hasValueSatisfying(outlet -> assertThat(outlet.name()).isEqualTo("Sharma Kirana"));
                assertThat(outlets.find("OUT-K-2")).isPresent();
                assertThat(outlets.list(false)).extracting(OutletStore.Listed::id).contains("OUT-K-1").doesNotContain("OUT-K-2");
            });
            assertThat(consumer.isRunning()).as("a record that does not decode does not stop it").isTrue();
        }

        // A restart reads the topic again from its start and ends where it was.
        try (OutletConsumer again = OutletConsumer.start(client, outlets, new SimpleMeterRegistry())) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(outlets.list(false)).extracting(OutletStore.Listed::id).contains("OUT-K-1").doesNotContain("OUT-K-2"));
        }
        assertThat(outlets.find("OUT-K-BAD")).isEmpty();
    }

    private static void send(KafkaProducer<String, byte[]> producer, Outlet outlet) throws Exception {
        byte[] value = Topics.OUTLETS.valueSerde().serializer().serialize(Topics.OUTLETS.name(), outlet);
        producer.send(new ProducerRecord<>(Topics.OUTLETS.name(), outlet.outletId(), value)).get();
    }
}
