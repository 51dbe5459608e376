package org.restockradar.dispatch.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.restockradar.dispatch.Reports.T0;
import static org.restockradar.dispatch.Reports.report;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.DeadLetter;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.StockoutReport;
import org.restockradar.contracts.Topic;
import org.restockradar.contracts.TopicSetup;
import org.restockradar.contracts.Topics;
import org.restockradar.dbkit.consuming.ConsumerLoop;
import org.restockradar.dbkit.consuming.ConsumerLoops;
import org.restockradar.dispatch.DispatchTables;
import org.restockradar.dispatch.DispatchSettings;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.embedded.EmbeddedKafka;
import org.restockradar.embedded.testing.TestPostgres;

/**
 * The report intake as the service runs it, on a real broker and a real PostgreSQL: a consumer per partition of the
 * report topic ({@code dispatch.intake-consumers}, its default), all in one group and sharing one {@link ReportIntake}.
 * The partitions' polls are recorded at once; each outlet's reports stay in order; every mention is recorded once, with
 * one open job per outlet and product, across two dispatchers in the group, a rebalance when one joins and one leaves,
 * and the whole topic read again.
 */
@Tag("integration")
final class ReportConsumersIT {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final int CONSUMERS = Integer.parseInt(DispatchSettings.INTAKE_CONSUMERS.defaultValue());
    private static final Duration WAIT = Duration.ofSeconds(120);

    private static EmbeddedKafka kafka;
    private static Admin admin;
    private static String url;
    private static HikariDataSource first;
    private static HikariDataSource second;

    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.throwaway();
        admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()));
        url = TestPostgres.freshDatabase();
        first = TestPostgres.pool(url, 4);
        second = TestPostgres.pool(url, 4);
        DispatchSchema.migrate(first);
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
        admin.close();
        kafka.close();
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        DispatchTables.emptyJobs(first);
    }

    @Test
    void shouldRecordTheOtherPartitionsReportsWhileOnePartitionsPollWaitsForALock() throws Exception {
        Topic<String, StockoutReport> topic = topic("reports-at-once");
        Map<String, Integer> partitionOf = new HashMap<>();
        List<StockoutReport> stream = stream(0, 120, 12);
        // The first two reports open their jobs; the second's outlet then waits (its later reports are of the same product).
        List<StockoutReport> opening = stream.subList(0, 2);
        produce(topic, opening, partitionOf);
        String waiting = stream.get(1).outletId();
        try (ConsumerLoops consumers = consumers(first, topic, "at-once")) {
            await().atMost(WAIT).until(() -> committedUpToTheEnd("at-once", topic));
            // The group has settled: each consumer reads a partition of its own (a consumer that waits on a lock would
            // hold up a rebalance still under way).
            await().atMost(WAIT).until(() -> partitionsPerConsumer("at-once").equals(Collections.nCopies(CONSUMERS, 1)));
            try (Connection other = first.getConnection()) {
                // Another transaction holds the open job of one outlet: its partition's next poll waits for it.
                other.setAutoCommit(false);
                try (PreparedStatement lock = other.prepareStatement("SELECT id FROM restock_job WHERE outlet_id = ? FOR UPDATE")) {
                    lock.setString(1, waiting);
                    lock.executeQuery().close();
                }
                produce(topic, stream.subList(2, stream.size()), partitionOf);
                int stuck = partitionOf.get(waiting);
                Set<String> ofOtherPartitions = stream.stream().filter(report -> partitionOf.get(report.outletId()) != stuck)
                        .map(StockoutReport::mentionId).collect(Collectors.toSet());
                assertThat(ofOtherPartitions).as("the stream's outlets fall in more than one partition").isNotEmpty();

                await().atMost(WAIT).until(() -> recordedMentions().containsAll(ofOtherPartitions));
                Set<String> waitingOutletsLater = stream.subList(2, stream.size()).stream()
                        .filter(report -> report.outletId().equals(waiting)).map(StockoutReport::mentionId).collect(Collectors.toSet());
                assertThat(waitingOutletsLater).isNotEmpty();
                assertThat(recordedMentions()).as("the waiting outlet's later reports wait").doesNotContainAnyElementsOf(waitingOutletsLater);
                assertThat(consumers.isRunning()).isTrue();
                other.rollback();
            }
            await().atMost(WAIT).until(() -> committedUpToTheEnd("at-once", topic));
        }
        assertRecordedOnceInOrder(stream);
    }

    @Test
    void shouldRecordEachMentionOnceInOrderPerOutletWhenASecondDispatcherJoinsAndTheFirstLeaves() throws Exception {
        Topic<String, StockoutReport> topic = topic("reports-rebalanced");
        Map<String, Integer> partitionOf = new HashMap<>();
        List<StockoutReport> stream = stream(0, 900, 30);
        produce(topic, stream.subList(0, 300), partitionOf);
        produceUndecodable(topic, "OUT-3");

        ConsumerLoops firstDispatcher = consumers(first, topic, "rebalanced");
        try (ConsumerLoops secondDispatcher = consumers(second, topic, "rebalanced")) {
            produce(topic, stream.subList(300, 600), partitionOf);
            await().atMost(WAIT).until(() -> recordedMentions().size() >= 400);
            // The first dispatcher stops while reports are still coming: its partitions go to the second.
            firstDispatcher.close();
            produce(topic, stream.subList(600, stream.size()), partitionOf);
            await().atMost(WAIT).until(() -> committedUpToTheEnd("rebalanced", topic));
            assertThat(secondDispatcher.isRunning()).isTrue();
        } finally {
            firstDispatcher.close();
        }
        assertThat(deadLetters).extracting(DeadLetter::reason).isNotEmpty().allMatch(reason -> reason.startsWith("cannot decode"));
        assertRecordedOnceInOrder(stream);
    }

    @Test
    void shouldChangeNothingWhenTheGroupReadsEveryPartitionAgain() throws Exception {
        Topic<String, StockoutReport> topic = topic("reports-again");
        Map<String, Integer> partitionOf = new HashMap<>();
        List<StockoutReport> stream = stream(0, 300, 12);
        produce(topic, stream, partitionOf);
        try (ConsumerLoops consumers = consumers(first, topic, "again")) {
            await().atMost(WAIT).until(() -> committedUpToTheEnd("again", topic));
        }
        List<String> before = IntakeRows.snapshot(first);

        // As after a crash between the database's commit and the offsets' commit: every record comes again.
        Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
        for (int partition = 0; partition < topic.partitions(); partition++) {
            start.put(new TopicPartition(topic.name(), partition), new OffsetAndMetadata(0));
        }
        admin.alterConsumerGroupOffsets("again", start).all().get(30, TimeUnit.SECONDS);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (ConsumerLoops consumers = consumers(first, topic, "again", meters)) {
            await().atMost(WAIT).until(() -> committedUpToTheEnd("again", topic));
        }

        // At least once each: a poll taken as the group's consumers join may be taken again by the one that gets its partition.
        assertThat(meters.get(ReportIntake.REPORTS).tag("outcome", "duplicate").counter().count()).isGreaterThanOrEqualTo(stream.size());
        assertThat(meters.get(ReportIntake.REPORTS).tag("outcome", "recorded").counter().count()).isZero();
        assertThat(IntakeRows.snapshot(first)).isEqualTo(before);
        assertRecordedOnceInOrder(stream);
    }

    /** The intake's consumers as the service starts them, with the default count, on the given pool. */
    private ConsumerLoops consumers(HikariDataSource database, Topic<String, StockoutReport> topic, String group) {
        return consumers(database, topic, group, new SimpleMeterRegistry());
    }

    private ConsumerLoops consumers(HikariDataSource database, Topic<String, StockoutReport> topic, String group, SimpleMeterRegistry meters) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ReportIntake intake = new ReportIntake(ReportRecorder.of(new JobStore(database, clock, Duration.ofHours(48))), deadLetters::add,
                clock, meters);
        ConsumerLoops consumers = ConsumerLoop.inGroupByBatch("dispatch", Map.of("bootstrap.servers", kafka.bootstrapServers()), group,
                List.of(topic), CONSUMERS, intake::handleAll, meters);
        assertThat(consumers.size()).isEqualTo(CONSUMERS);
        return consumers;
    }

    /** A report topic of the test's own, with the catalogue's serdes and partitions. */
    private static Topic<String, StockoutReport> topic(String name) {
        Topic<String, StockoutReport> topic = new Topic<>(name, Topics.STOCKOUT_REPORTS.keySerde(), Topics.STOCKOUT_REPORTS.valueSerde(),
                Topics.STOCKOUT_REPORTS.partitions(), Map.of());
        TopicSetup.ensureTopics(admin, List.of(topic));
        return topic;
    }

    /**
     * Reports {@code from} to {@code to} for {@code outlets} outlets in turn (a few of a brand-level product), some timed
     * before the job's first report, and an earlier mention repeated now and then, as a producer retrying would.
     */
    private static List<StockoutReport> stream(int from, int to, int outlets) {
        List<StockoutReport> reports = new ArrayList<>();
        for (int i = from; i < to; i++) {
            int n = i % 37 == 36 ? i - 20 : i;
            String outlet = "OUT-" + (n * 7 % outlets);
            var report = report("m-" + n).at(outlet, "Store " + outlet, "Kothrud", "Pune").by("@r" + n)
                    .reportedAt(T0.plusSeconds(n % 5 == 0 ? -n : n));
            reports.add((n % 11 == 0 ? report.sku(null) : report).build());
        }
        return reports;
    }

    /** Writes the reports keyed by outlet (Kafka's partitioner places them) and notes each outlet's partition. */
    private static void produce(Topic<String, StockoutReport> topic, List<StockoutReport> reports, Map<String, Integer> partitionOf)
            throws Exception {
        try (KafkaProducer<String, StockoutReport> producer = new KafkaProducer<>(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                new StringSerializer(), topic.valueSerde().serializer())) {
            for (StockoutReport report : reports) {
                int partition = producer.send(new ProducerRecord<>(topic.name(), report.outletId(), report)).get(30, TimeUnit.SECONDS).partition();
                partitionOf.put(report.outletId(), partition);
            }
        }
    }

    private static void produceUndecodable(Topic<String, StockoutReport> topic, String outlet) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic.name(), outlet, "{not a report".getBytes(StandardCharsets.UTF_8))).get(30, TimeUnit.SECONDS);
        }
    }

    private static Set<String> recordedMentions() throws SQLException {
        return Set.copyOf(IntakeRows.rows(first, "SELECT mention_id FROM stockout_report"));
    }

    /** Each mention recorded once; one open job per outlet and product holding them all; each outlet's events in stream order. */
    private static void assertRecordedOnceInOrder(List<StockoutReport> stream) throws SQLException {
        Map<String, StockoutReport> firstSeen = new LinkedHashMap<>();
        stream.forEach(report -> firstSeen.putIfAbsent(report.mentionId(), report));
        assertThat(IntakeRows.rows(first, "SELECT mention_id FROM stockout_report")).hasSize(firstSeen.size()).doesNotHaveDuplicates();

        Map<String, Long> perJob = new LinkedHashMap<>();
        firstSeen.values().forEach(report -> perJob.merge(report.outletId() + ":" + report.productKey(), 1L, Long::sum));
        assertThat(IntakeRows.rows(first, "SELECT outlet_id || ':' || product_key || '=' || report_count FROM restock_job WHERE status = 'reported'"))
                .containsExactlyInAnyOrderElementsOf(perJob.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        assertThat(IntakeRows.rows(first, "SELECT count(*) FROM restock_job")).containsExactly(Integer.toString(perJob.size()));
        assertThat(IntakeRows.rows(first, "SELECT count(*) FROM job_event WHERE kind = 'OPENED'")).containsExactly(Integer.toString(perJob.size()));

        Map<String, List<String>> expected = new LinkedHashMap<>();
        firstSeen.values().forEach(report -> expected.computeIfAbsent(report.outletId(), outlet -> new ArrayList<>()).add(report.mentionId()));
        Map<String, List<String>> published = new LinkedHashMap<>();
        for (JobEvent event : IntakeRows.publishedEvents(first)) {
            if (event.detail().containsKey("mention_id")) {
                published.computeIfAbsent(event.job().outletId(), outlet -> new ArrayList<>()).add(event.detail().get("mention_id"));
            }
        }
        assertThat(published).isEqualTo(expected);
    }

    /** How many partitions each member of the group holds, fewest first, once the group is stable; empty before. */
    private static List<Integer> partitionsPerConsumer(String group) throws Exception {
        ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get(30, TimeUnit.SECONDS);
        if (description.groupState() != GroupState.STABLE) {
            return List.of();
        }
        return description.members().stream().map(member -> member.assignment().topicPartitions().size()).sorted().toList();
    }

    private static Map<TopicPartition, Long> committed(String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                .get(30, TimeUnit.SECONDS);
        return offsets.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /** True when the group has committed the end offset of every partition of the topic. */
    private static boolean committedUpToTheEnd(String group, Topic<String, StockoutReport> topic) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int partition = 0; partition < topic.partitions(); partition++) {
            latest.put(new TopicPartition(topic.name(), partition), OffsetSpec.latest());
        }
        Map<TopicPartition, Long> committed = committed(group);
        return admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).entrySet().stream()
                .allMatch(end -> end.getValue().offset() == 0 || committed.getOrDefault(end.getKey(), -1L) == end.getValue().offset());
    }
}
