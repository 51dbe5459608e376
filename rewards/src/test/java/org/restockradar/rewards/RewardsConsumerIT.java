package org.restockradar.rewards;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.restockradar.rewards.RewardsFixture.T0;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.TopicSetup;
import org.restockradar.contracts.Topics;
import org.restockradar.contracts.JobEvent;
import org.restockradar.embedded.EmbeddedKafka;

/**
 * Credits from {@code job-events} on a real broker and a real PostgreSQL, the events published as dispatch publishes
 * them: each verified job's reporters credited once however often its events are delivered (every event published
 * again, a second group reading everything again), offsets committed after the ledger, and a record that cannot be
 * decoded skipped without stopping the credits.
 */
@Tag("integration")
final class RewardsConsumerIT {
    private static final FraudLimits LOOSE = new FraudLimits(Duration.ofHours(24), 1000, 1000, 1000, Duration.ofSeconds(1), 1000,
            Duration.ofSeconds(1), 1000, 1000, 100);

    private static EmbeddedKafka kafka;
    private static Map<String, String> client;

    @BeforeAll
    static void startKafka() {
        kafka = EmbeddedKafka.throwaway();
        client = Map.of("bootstrap.servers", kafka.bootstrapServers());
        TopicSetup.ensureTopics(Map.of("bootstrap.servers", kafka.bootstrapServers()));
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void shouldCreditEachVerifiedJobOnceWhateverIsRedelivered() throws Exception {
        try (RewardsFixture db = new RewardsFixture()) {
            Ledger ledger = new Ledger(db.database, db.clock, new FraudRules(LOOSE), 10, 4);
            long first = db.report("asha", "OUT-1", "Pune", null, T0);
            db.report("ravi", "OUT-1", "Pune", null, T0.plusSeconds(30));
            db.verify(first, Duration.ofHours(2));
            long open = db.report("meera", "OUT-2", "Pune", null, T0);
            db.restock(open, Duration.ofHours(1));
            int published = publish(db.events());

            try (RewardsConsumer consumer = RewardsConsumer.start(client, "rewards", ledger, new SimpleMeterRegistry())) {
                await().atMost(Duration.ofSeconds(60)).until(() -> hasConsumedAll("rewards"));
                assertThat(creditSum(db)).as("asha first, ravi later; the restocked but unverified job credits nobody").isEqualTo(14);

                // The outbox relay crashed before marking its rows sent: every event goes out again, same ids.
                publish(db.events());
                // And a record no one can read lands in between.
                try (KafkaProducer<String, byte[]> producer = producer()) {
                    producer.send(new ProducerRecord<>(Topics.JOB_EVENTS.name(), Long.toString(first), "{not json".getBytes(StandardCharsets.UTF_8)))
                            .get(30, TimeUnit.SECONDS);
                }
                db.approve(open);
                publish(db.events().subList(published, db.events().size()));

                await().atMost(Duration.ofSeconds(60)).until(() -> hasConsumedAll("rewards"));
                assertThat(creditSum(db)).as("the redelivered events credit nothing; the new verification credits meera").isEqualTo(24);
                assertThat(consumer.isRunning()).isTrue();
            }

            // A second group reads the whole topic again, as after a lost offset.
            String replay = "rewards-replay-" + UUID.randomUUID();
            try (RewardsConsumer again = RewardsConsumer.start(client, replay, ledger, new SimpleMeterRegistry())) {
                await().atMost(Duration.ofSeconds(60)).until(() -> hasConsumedAll(replay));
            }
            assertThat(creditSum(db)).isEqualTo(24);
            assertThat(db.queryLong("SELECT count(*) FROM reward_ledger")).isEqualTo(3);
            assertThat(db.queryLong("SELECT count(*) FROM handled_event")).isEqualTo(db.events().size());
        }
    }

    /** Publishes the events as dispatch's outbox relay does: keyed by job id, the event serialized by the topic's serde. */
    private static int publish(List<JobEvent> events) throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (JobEvent event : events) {
                producer.send(new ProducerRecord<>(Topics.JOB_EVENTS.name(), Long.toString(event.jobId()),
                        Topics.JOB_EVENTS.valueSerde().serializer().serialize(Topics.JOB_EVENTS.name(), event))).get(30, TimeUnit.SECONDS);
            }
        }
        return events.size();
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of("bootstrap.servers", kafka.bootstrapServers()), new StringSerializer(), new ByteArraySerializer());
    }

    private static long creditSum(RewardsFixture db) throws Exception {
        return db.queryLong("SELECT coalesce(sum(amount), 0) FROM reward_ledger WHERE kind = 'credit'");
    }

    /** True when the group has committed past the last record of every partition of job-events. */
    private static boolean hasConsumedAll(String group) throws Exception {
        Map<TopicPartition, Long> needed = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> reader = new KafkaConsumer<>(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = reader.partitionsFor(Topics.JOB_EVENTS.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = reader.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> reader.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : reader.poll(Duration.ofMillis(200))) {
                    needed.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
                }
            }
        }
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .get(30, TimeUnit.SECONDS);
            return needed.entrySet().stream().allMatch(e -> committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue());
        }
    }
}
