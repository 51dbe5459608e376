package org.restockradar.dispatch.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.restockradar.dispatch.Reports.report;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.TopicSetup;
import org.restockradar.contracts.Topics;
import org.restockradar.embedded.testing.TestPostgres;
import org.restockradar.access.Actor;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.workflow.JobWorkflow;
import org.restockradar.embedded.EmbeddedKafka;

/** The outbox relayed to a real broker: every event once per round, again after a crash, never by two relays at once. */
@Tag("integration")
final class OutboxRelayIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    private static EmbeddedKafka kafka;
    private static KafkaOutboxPublisher publisher;
    private static HikariDataSource database;
    private static JobStore store;
    private static JobWorkflow workflow;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.throwaway();
        TopicSetup.ensureTopics(Map.of("bootstrap.servers", kafka.bootstrapServers()));
        publisher = new KafkaOutboxPublisher(Map.of("bootstrap.servers", kafka.bootstrapServers()));
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 4);
        DispatchSchema.migrate(database);
        store = new JobStore(database, CLOCK, Duration.ofHours(48));
        workflow = new JobWorkflow(store, CLOCK);
    }

    @AfterAll
    static void stop() {
        publisher.close();
        database.close();
        kafka.close();
    }

    @BeforeEach
    void emptyOutbox() throws SQLException {
        // Earlier tests' rows are taken out, so that each test counts only its own.
        TestPostgres.execute(database, "DELETE FROM outbox");
    }

    @Test
    void shouldPublishEachEventKeyedByJobWithItsIdAndMarkItSent() throws SQLException {
        long job = store.record(report("relay-1").at("OUT-R-1", "Relay Stores", "Baner", "Pune").build()).jobId();
        workflow.assign(job, "crew-a", Actor.ops("ops-1"));
        List<String> written = eventIds(job);
        OutboxRelay relay = new OutboxRelay(database, publisher, 100);

        assertThat(relay.relayOnce()).isEqualTo(2);
        assertThat(relay.relayOnce()).as("nothing is left to send").isZero();

        List<ConsumerRecord<String, byte[]>> records = awaitRecords(job, 2);
        assertThat(records).extracting(ConsumerRecord::key).containsOnly(Long.toString(job));
        assertThat(records).extracting(OutboxRelayIT::eventIdHeader).containsExactlyElementsOf(written);
        List<JobEvent> events = records.stream().map(r -> Topics.JOB_EVENTS.valueSerde().deserializer().deserialize(r.topic(), r.value())).toList();
        assertThat(events).extracting(JobEvent::kind).containsExactly(JobEvent.Kind.OPENED, JobEvent.Kind.STATUS_CHANGED);
        assertThat(events.get(1).toStatus()).isEqualTo("assigned");
        assertThat(events.get(1).actor()).isEqualTo("ops-1");
        assertThat(TestPostgres.scalar(database, "SELECT count(*) FROM outbox")).isZero();
        assertThat(TestPostgres.scalar(database, "SELECT count(*) FROM outbox WHERE record_key = '" + job + "'"))
                .as("what was sent is out of the table, not marked").isZero();
    }

    @Test
    void shouldPublishEveryRowOnceInTheOrderItWasWrittenAcrossBatches() throws SQLException {
        List<Long> jobs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            jobs.add(store.record(report("relay-order-" + i).at("OUT-R-O" + i, "Relay Stores", "Baner", "Pune").build()).jobId());
        }
        workflow.assign(jobs.get(2), "crew-a", Actor.ops("ops-1"));
        workflow.assign(jobs.get(0), "crew-b", Actor.ops("ops-1"));
        workflow.assign(jobs.get(1), "crew-a", Actor.ops("ops-1"));
        List<Long> written = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM outbox ORDER BY id")) {
            while (rows.next()) {
                written.add(rows.getLong(1));
            }
        }
        List<Long> published = new ArrayList<>();
        OutboxRelay relay = new OutboxRelay(database, records -> records.forEach(r -> published.add(r.id())), 4);

        assertThat(relay.relayOnce()).isEqualTo(4);
        assertThat(relay.relayOnce()).isEqualTo(2);
        assertThat(relay.relayOnce()).isZero();

        assertThat(written).hasSize(6);
        assertThat(published).containsExactlyElementsOf(written);
    }

    @Test
    void shouldSendTheSameEventsAgainWithTheSameIdsAfterACrashBeforeMarkingThemSent() throws SQLException {
        long job = store.record(report("relay-2").at("OUT-R-2", "Relay Stores", "Baner", "Pune").build()).jobId();
        AtomicBoolean crashed = new AtomicBoolean();
        OutboxPublisher crashAfterSending = records -> {
            publisher.publish(records);
            crashed.set(true);
            throw new IllegalStateException("dispatcher died after sending");
        };

        assertThatThrownBy(() -> new OutboxRelay(database, crashAfterSending, 100).relayOnce()).hasMessageContaining("died");
        assertThat(crashed).isTrue();
        assertThat(TestPostgres.scalar(database, "SELECT count(*) FROM outbox")).as("nothing taken out").isEqualTo(1);
        assertThat(new OutboxRelay(database, publisher, 100).relayOnce()).isEqualTo(1);

        List<ConsumerRecord<String, byte[]>> records = awaitRecords(job, 2);
        assertThat(records).extracting(OutboxRelayIT::eventIdHeader).as("a repeat carries the same event id").containsOnly(eventIds(job).get(0));
    }

    @Test
    void shouldLeaveTheOutboxToTheRelayHoldingTheLock() throws SQLException {
        store.record(report("relay-3").at("OUT-R-3", "Relay Stores", "Baner", "Pune").build());
        OutboxRelay relay = new OutboxRelay(database, publisher, 100);

        try (Connection other = database.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, OutboxRelay.LOCK_KEY);
                lock.execute();
            }
            assertThat(relay.relayOnce()).as("another relay is at work").isZero();
            assertThat(TestPostgres.scalar(database, "SELECT count(*) FROM outbox")).isEqualTo(1);
            other.rollback();
        }

        assertThat(relay.relayOnce()).isEqualTo(1);
    }

    @Test
    void shouldRelayOnItsOwnWhenStarted() throws SQLException {
        long job = store.record(report("relay-4").at("OUT-R-4", "Relay Stores", "Baner", "Pune").build()).jobId();

        try (OutboxRelay relay = new OutboxRelay(database, publisher, 100).start(Duration.ofMillis(50))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> TestPostgres.scalar(database, "SELECT count(*) FROM outbox") == 0);
        }
        assertThat(awaitRecords(job, 1)).extracting(OutboxRelayIT::eventIdHeader).containsExactlyElementsOf(eventIds(job));
    }

    private static List<ConsumerRecord<String, byte[]>> awaitRecords(long job, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "relay-it-" + UUID.randomUUID());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (int p = 0; p < Topics.JOB_EVENTS.partitions(); p++) {
                partitions.add(new TopicPartition(Topics.JOB_EVENTS.name(), p));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<String, byte[]>> mine = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (r.key().equals(Long.toString(job))) {
                        mine.add(r);
                    }
                });
                return mine.size() >= expected;
            });
            // One more poll: nothing beyond what was expected may follow.
            consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                if (r.key().equals(Long.toString(job))) {
                    mine.add(r);
                }
            });
            assertThat(mine).hasSize(expected);
            return mine;
        }
    }

    private static String eventIdHeader(ConsumerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader(KafkaOutboxPublisher.EVENT_ID_HEADER).value(), StandardCharsets.UTF_8);
    }

    private static List<String> eventIds(long job) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT event_id FROM job_event WHERE job_id = " + job + " ORDER BY id")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }


}
