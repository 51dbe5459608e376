package org.restockradar.dbkit.consuming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Topic;
import org.restockradar.contracts.TopicSetup;
import org.restockradar.embedded.EmbeddedKafka;

/**
 * The consumer loop on a real broker: several topics in one group, a record it cannot take offered again without
 * losing, repeating or passing any, offsets committed only up to what was taken, and the mode without a group that
 * reads a topic from its beginning at every start and commits nothing.
 */
@Tag("integration")
final class ConsumerLoopIT {
    private static final Topic<String, String> LETTERS = new Topic<>("loop-letters", Serdes.String(), Serdes.String(), 2, Map.of());
    private static final Topic<String, String> NUMBERS = new Topic<>("loop-numbers", Serdes.String(), Serdes.String(), 1, Map.of());
    private static final Topic<String, String> STUCK = new Topic<>("loop-stuck", Serdes.String(), Serdes.String(), 1, Map.of());
    private static final Topic<String, String> BATCHED = new Topic<>("loop-batched", Serdes.String(), Serdes.String(), 2, Map.of());
    private static final Topic<String, String> REGISTRY = new Topic<>("loop-registry", Serdes.String(), Serdes.String(), 2, Map.of());
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static EmbeddedKafka kafka;
    private static Map<String, String> client;
    private static Admin admin;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.throwaway();
        client = Map.of("bootstrap.servers", kafka.bootstrapServers());
        admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()));
        TopicSetup.ensureTopics(admin, List.of(LETTERS, NUMBERS, STUCK, BATCHED, REGISTRY));
    }

    @AfterAll
    static void stopBroker() {
        admin.close();
        kafka.close();
    }

    @Test
    void shouldTakeEveryRecordOfSeveralTopicsOnceInOrderAndCommitPastThemAll() throws Exception {
        produce(LETTERS, "a-0", "a-1", "a-2", "a-3", "a-4", "a-5");
        produce(NUMBERS, "n-0", "n-1", "n-2", "n-3");
        Set<String> failOnce = ConcurrentHashMap.newKeySet();
        failOnce.addAll(Set.of("a-3", "n-2"));
        List<String> taken = new CopyOnWriteArrayList<>();
        MeterRegistry meters = new SimpleMeterRegistry();

        try (ConsumerLoop loop = ConsumerLoop.inGroup("dispatch", client, "loop-several", List.of(LETTERS, NUMBERS), record -> {
            if (failOnce.remove(value(record))) {
                throw new IllegalStateException("database away for " + record.value());
            }
            taken.add(record.topic() + "-" + record.partition() + ":" + value(record));
        }, meters)) {
            await().atMost(WAIT).until(() -> committedUpToTheEnd("loop-several", LETTERS, NUMBERS));

            assertThat(inPartition(taken, "loop-letters-0")).containsExactly("a-0", "a-2", "a-4");
            assertThat(inPartition(taken, "loop-letters-1")).as("a-3 failed once and was taken once, a-1 not again").containsExactly("a-1", "a-3", "a-5");
            assertThat(inPartition(taken, "loop-numbers-0")).containsExactly("n-0", "n-1", "n-2", "n-3");
            assertThat(taken).hasSize(10);
            assertThat(retries(meters, LETTERS)).isEqualTo(1.0);
            assertThat(retries(meters, NUMBERS)).isEqualTo(1.0);
            assertThat(loop.isRunning()).isTrue();
        }
    }

    @Test
    void shouldNeverCommitPastARecordItCannotTakeAndGoOnOnceItCan() throws Exception {
        produce(STUCK, "s-0", "s-1", "s-2", "s-3", "s-4");
        AtomicBoolean databaseAway = new AtomicBoolean(true);
        List<String> taken = new CopyOnWriteArrayList<>();
        MeterRegistry meters = new SimpleMeterRegistry();
        TopicPartition partition = new TopicPartition(STUCK.name(), 0);

        try (ConsumerLoop loop = ConsumerLoop.inGroup("dispatch", client, "loop-stuck", List.of(STUCK), record -> {
            String text = value(record);
            if (text.equals("s-3") && databaseAway.get()) {
                throw new IllegalStateException("database away");
            }
            taken.add(text);
        }, meters)) {
            await().atMost(WAIT).until(() -> retries(meters, STUCK) >= 2);

            assertThat(taken).as("nothing after the record it cannot take").containsExactly("s-0", "s-1", "s-2");
            assertThat(committed("loop-stuck")).as("what was taken is committed, the record it cannot take is not")
                    .containsEntry(partition, 3L);
            assertThat(loop.isRunning()).isTrue();

            databaseAway.set(false);

            await().atMost(WAIT).until(() -> committedUpToTheEnd("loop-stuck", STUCK));
            assertThat(taken).containsExactly("s-0", "s-1", "s-2", "s-3", "s-4");
        }
    }

    @Test
    void shouldHandAPollAtOnceCommitAfterItAndOfferTheWholeBatchAgainWhenItFails() throws Exception {
        produce(BATCHED, "b-0", "b-1", "b-2", "b-3", "b-4", "b-5");
        AtomicBoolean databaseAway = new AtomicBoolean(true);
        List<String> taken = new CopyOnWriteArrayList<>();
        MeterRegistry meters = new SimpleMeterRegistry();

        try (ConsumerLoop loop = ConsumerLoop.inGroupByBatch("dispatch", client, "loop-batched", List.of(BATCHED), records -> {
            if (databaseAway.get()) {
                throw new IllegalStateException("database away");
            }
            records.forEach(record -> taken.add(record.partition() + ":" + value(record)));
        }, meters)) {
            await().atMost(WAIT).until(() -> retries(meters, BATCHED) >= 2);

            assertThat(taken).isEmpty();
            assertThat(committed("loop-batched")).as("nothing of a batch that failed is committed").isEmpty();

            databaseAway.set(false);

            await().atMost(WAIT).until(() -> committedUpToTheEnd("loop-batched", BATCHED));
            assertThat(taken).hasSize(6);
            assertThat(inPartition(taken, "0")).containsExactly("b-0", "b-2", "b-4");
            assertThat(inPartition(taken, "1")).containsExactly("b-1", "b-3", "b-5");
            assertThat(loop.isRunning()).isTrue();
        }
    }

    @Test
    void shouldReadTheTopicFromItsBeginningAtEveryStartWithoutAGroupAndCommitNothing() throws Exception {
        produce(REGISTRY, "r-0", "r-1", "r-2", "r-3", "r-4", "r-5");
        Set<String> failOnce = ConcurrentHashMap.newKeySet();
        failOnce.add("r-4");
        MeterRegistry meters = new SimpleMeterRegistry();

        List<String> first = new CopyOnWriteArrayList<>();
        try (ConsumerLoop loop = ConsumerLoop.fromBeginning("dispatch", client, REGISTRY, record -> {
            if (failOnce.remove(value(record))) {
                throw new IllegalStateException("database away");
            }
            first.add(record.topic() + "-" + record.partition() + ":" + value(record));
        }, meters)) {
            await().atMost(WAIT).until(() -> first.size() >= 6);
            assertThat(loop.isRunning()).isTrue();
        }
        assertThat(inPartition(first, "loop-registry-0")).as("r-4 failed once and was taken once, r-0 and r-2 not again")
                .containsExactly("r-0", "r-2", "r-4");
        assertThat(inPartition(first, "loop-registry-1")).containsExactly("r-1", "r-3", "r-5");
        assertThat(retries(meters, REGISTRY)).isEqualTo(1.0);

        List<String> again = new CopyOnWriteArrayList<>();
        try (ConsumerLoop loop = ConsumerLoop.fromBeginning("dispatch", client, REGISTRY,
                record -> again.add(value(record)), new SimpleMeterRegistry())) {
            await().atMost(WAIT).until(() -> again.size() >= 6);
        }
        assertThat(again).as("a second start reads the whole topic again").containsExactlyInAnyOrder("r-0", "r-1", "r-2", "r-3", "r-4", "r-5");

        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS)) {
            assertThat(committed(group.groupId()).keySet()).extracting(TopicPartition::topic).doesNotContain(REGISTRY.name());
        }
    }

    private static void produce(Topic<String, String> topic, String... values) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < values.length; i++) {
                producer.send(new ProducerRecord<>(topic.name(), i % topic.partitions(), "k-" + i, values[i])).get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static String value(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    /** The values taken from one partition ({@code topic-partition}), in the order taken. */
    private static List<String> inPartition(List<String> taken, String partition) {
        return taken.stream().filter(entry -> entry.startsWith(partition + ":")).map(entry -> entry.substring(partition.length() + 1)).toList();
    }

    private static double retries(MeterRegistry meters, Topic<String, String> topic) {
        return meters.get("dispatch.reports.retries").tag("topic", topic.name()).counter().count();
    }

    private static Map<TopicPartition, Long> committed(String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                .get(30, TimeUnit.SECONDS);
        return offsets.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /** True when the group has committed the end offset of every partition of the topics. */
    @SafeVarargs
    private static boolean committedUpToTheEnd(String group, Topic<String, String>... topics) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (Topic<String, String> topic : topics) {
            for (int partition = 0; partition < topic.partitions(); partition++) {
                latest.put(new TopicPartition(topic.name(), partition), OffsetSpec.latest());
            }
        }
        Map<TopicPartition, Long> committed = committed(group);
        return admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).entrySet().stream()
                .allMatch(end -> committed.getOrDefault(end.getKey(), -1L) == end.getValue().offset());
    }
}
