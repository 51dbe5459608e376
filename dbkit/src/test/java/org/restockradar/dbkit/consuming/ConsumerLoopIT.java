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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
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
 * losing, repeating or passing any, offsets committed only up to what was taken, several loops of one group sharing its
 * partitions, and the mode without a group that reads a topic from its beginning at every start and commits nothing.
 */
@Tag("integration")
final class ConsumerLoopIT {
    private static final Topic<String, String> LETTERS = new Topic<>("loop-letters", Serdes.String(), Serdes.String(), 2, Map.of());
    private static final Topic<String, String> NUMBERS = new Topic<>("loop-numbers", Serdes.String(), Serdes.String(), 1, Map.of());
    private static final Topic<String, String> STUCK = new Topic<>("loop-stuck", Serdes.String(), Serdes.String(), 1, Map.of());
    private static final Topic<String, String> BATCHED = new Topic<>("loop-batched", Serdes.String(), Serdes.String(), 2, Map.of());
    private static final Topic<String, String> REGISTRY = new Topic<>("loop-registry", Serdes.String(), Serdes.String(), 2, Map.of());
    private static final Topic<String, String> SHARED = new Topic<>("loop-shared", Serdes.String(), Serdes.String(), 3, Map.of());
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static EmbeddedKafka kafka;
    private static Map<String, String> client;
    private static Admin admin;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.throwaway();
        client = Map.of("bootstrap.servers", kafka.bootstrapServers());
        admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()));
        TopicSetup.ensureTopics(admin, List.of(LETTERS, NUMBERS, STUCK, BATCHED, REGISTRY, SHARED));
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
    void shouldShareTheGroupsPartitionsAmongItsConsumersTakeTheOthersWhileOneWaitsAndStopThemTogether() throws Exception {
        CountDownLatch released = new CountDownLatch(1);
        List<String> taken = new CopyOnWriteArrayList<>();
        Map<Integer, Set<String>> threadsOfPartition = new ConcurrentHashMap<>();
        MeterRegistry meters = new SimpleMeterRegistry();

        ConsumerLoops loops = ConsumerLoop.inGroupByBatch("dispatch", client, "loop-shared", List.of(SHARED), 3, records -> {
            for (ConsumerRecord<String, byte[]> record : records) {
                threadsOfPartition.computeIfAbsent(record.partition(), partition -> ConcurrentHashMap.newKeySet())
                        .add(Thread.currentThread().getName());
                if (value(record).equals("wait")) {
                    try {
                        // The database holds this poll (a lock): the consumer of partition 0 waits here.
                        released.await(WAIT.toSeconds(), TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted", e);
                    }
                }
                taken.add(record.partition() + ":" + value(record));
            }
        }, meters);
        try {
            assertThat(loops.size()).isEqualTo(3);
            await().atMost(WAIT).until(() -> assignedPerMember("loop-shared").equals(List.of(1, 1, 1)));
            produceTo(SHARED, 0, "wait", "p0-after");
            produceTo(SHARED, 1, "p1-a", "p1-b");
            produceTo(SHARED, 2, "p2-a", "p2-b");

            await().atMost(WAIT).until(() -> taken.containsAll(List.of("1:p1-a", "1:p1-b", "2:p2-a", "2:p2-b")));
            assertThat(taken).as("partition 0 waits; the others are taken meanwhile").doesNotContain("0:wait", "0:p0-after");
            assertThat(loops.isRunning()).isTrue();
            released.countDown();
            await().atMost(WAIT).until(() -> committedUpToTheEnd("loop-shared", SHARED));
        } finally {
            released.countDown();
            loops.close();
        }
        assertThat(inPartition(taken, "0")).containsExactly("wait", "p0-after");
        assertThat(threadsOfPartition.values()).as("each partition read by one consumer of its own").allMatch(threads -> threads.size() == 1);
        assertThat(threadsOfPartition.values().stream().flatMap(Set::stream).distinct()).hasSize(3)
                .allMatch(thread -> thread.matches("dispatch-consumer-loop-shared-[123]"));
        assertThat(loops.isRunning()).as("stopped together").isFalse();
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

    private static void produceTo(Topic<String, String> topic, int partition, String... values) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(topic.name(), partition, "k-" + value, value)).get(30, TimeUnit.SECONDS);
            }
        }
    }

    /** How many partitions each member of the group holds, fewest first, once the group is stable; empty before. */
    private static List<Integer> assignedPerMember(String group) throws Exception {
        ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get(30, TimeUnit.SECONDS);
        if (description.groupState() != GroupState.STABLE) {
            return List.of();
        }
        return description.members().stream().map(member -> member.assignment().topicPartitions().size()).sorted().toList();
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
