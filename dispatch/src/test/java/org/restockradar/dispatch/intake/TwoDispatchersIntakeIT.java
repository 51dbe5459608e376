package org.restockradar.dispatch.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.restockradar.dispatch.Reports.T0;
import static org.restockradar.dispatch.Reports.report;
import static org.restockradar.dispatch.intake.IntakeRows.recordOf;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.DeadLetter;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.StockoutReport;
import org.restockradar.contracts.Topics;
import org.restockradar.dbkit.store.StoreUnavailableException;
import org.restockradar.dispatch.DispatchTables;
import org.restockradar.dispatch.crews.AutoAssigner;
import org.restockradar.dispatch.crews.Crew;
import org.restockradar.dispatch.crews.CrewStore;
import org.restockradar.dispatch.intake.ReportIntake.Outcome;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.embedded.testing.TestPostgres;

/**
 * Two dispatchers taking overlapping polls of the same partition at once (as during a rebalance, when the old owner
 * still works on a poll the new owner reads again from the last commit), each on its own pool, on a real PostgreSQL:
 * every mention is recorded once, each outlet and product has one open job, and each outlet's events are in the
 * order of its reports.
 */
@Tag("integration")
final class TwoDispatchersIntakeIT {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final String TOPIC = Topics.STOCKOUT_REPORTS.name();
    private static final int OUTLETS = 12;
    private static final int REPORTS = 600;

    private static String url;
    private static HikariDataSource first;
    private static HikariDataSource second;

    private final List<DeadLetter> deadLetters = new ArrayList<>();
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeAll
    static void startDatabase() {
        url = TestPostgres.freshDatabase();
        first = TestPostgres.pool(url, 2);
        second = TestPostgres.pool(url, 2);
        DispatchSchema.migrate(first);
    }

    @AfterAll
    static void stopDatabase() {
        first.close();
        second.close();
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        DispatchTables.emptyJobs(first);
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void shouldRecordEachMentionOnceInOrderPerOutletWhenTwoDispatchersTakeOverlappingPolls() throws Exception {
        List<ConsumerRecord<String, byte[]>> stream = stream();

        AtomicInteger retries = new AtomicInteger();
        runTogether(() -> consume(intake(first), stream, 50, retries), () -> consume(intake(second), stream, 70, retries));

        assertThat(deadLetters).isEmpty();
        assertRecordedOnceInOrder(stream);
    }

    @Test
    void shouldChangeNothingWhenBothDispatchersTakeTheSameReportsAgain() throws Exception {
        List<ConsumerRecord<String, byte[]>> stream = stream();
        AtomicInteger retries = new AtomicInteger();
        runTogether(() -> consume(intake(first), stream, 50, retries), () -> consume(intake(second), stream, 70, retries));
        List<String> before = IntakeRows.snapshot(first);

        List<List<Outcome>> again = runTogether(() -> consume(intake(first), stream, 90, retries),
                () -> consume(intake(second), stream, 40, retries));

        assertThat(again).allSatisfy(outcomes -> assertThat(outcomes).hasSize(REPORTS).containsOnly(Outcome.DUPLICATE));
        assertThat(IntakeRows.snapshot(first)).isEqualTo(before);
        assertRecordedOnceInOrder(stream);
    }

    @Test
    void shouldAssignEachNewJobOnceWithinTheCrewsRoomWhenTwoAutoAssigningDispatchersTakeOverlappingPolls() throws Exception {
        // Two crews cover Kothrud with room for 10 jobs in all; the stream opens more jobs than that.
        TestPostgres.execute(first, "TRUNCATE crew_territory, crew_pincode, crew CASCADE");
        new CrewStore(first, Clock.fixed(NOW, ZoneOffset.UTC)).saveAll(List.of(
                new Crew("van-a", "Van A", Crew.Kind.VAN, Set.of("pune|kothrud"), 4, LocalTime.of(8, 0), LocalTime.of(18, 0), true),
                new Crew("van-b", "Van B", Crew.Kind.VAN, Set.of("pune|kothrud"), 6, LocalTime.of(8, 0), LocalTime.of(18, 0), true)));
        List<ConsumerRecord<String, byte[]>> stream = stream();

        AtomicInteger retries = new AtomicInteger();
        runTogether(() -> consume(assigningIntake(first), stream, 50, retries), () -> consume(assigningIntake(second), stream, 70, retries));

        assertThat(deadLetters).isEmpty();
        assertRecordedOnceInOrder(stream);
        assertThat(rows("SELECT crew_id || ':' || count(*) FROM restock_job WHERE status = 'assigned' GROUP BY crew_id ORDER BY crew_id"))
                .containsExactly("van-a:4", "van-b:6");
        assertThat(rows("SELECT id || ':' || open_jobs FROM crew ORDER BY id")).containsExactly("van-a:4", "van-b:6");
        assertThat(rows("SELECT job_id || ':' || crew_id FROM job_event WHERE kind = 'STATUS_CHANGED' ORDER BY job_id"))
                .containsExactlyInAnyOrderElementsOf(rows("SELECT id || ':' || crew_id FROM restock_job WHERE status = 'assigned'"));
    }

    @Test
    void shouldRollBackAndTakeThePollAgainWhenTheOtherDispatcherRecordsOneOfItsMentionsAtTheSameTime() throws Exception {
        ReportIntake intake = intake(first);
        intake.handleAll(List.of(recordOf(0, report("m-0").at("OUT-1", "Store 1", "Kothrud", "Pune").reportedAt(T0).build())));
        List<ConsumerRecord<String, byte[]>> poll = List.of(
                recordOf(1, report("m-1").at("OUT-1", "Store 1", "Kothrud", "Pune").by("@one").reportedAt(T0.plusSeconds(1)).build()),
                recordOf(2, report("m-2").at("OUT-2", "Store 2", "Kothrud", "Pune").by("@two").reportedAt(T0.plusSeconds(2)).build()),
                recordOf(3, report("m-3").at("OUT-1", "Store 1", "Kothrud", "Pune").by("@three").reportedAt(T0.plusSeconds(3)).build()));

        try (Connection other = second.getConnection()) {
            // The other dispatcher has recorded m-1 and not yet committed when this one takes the poll.
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("""
                    INSERT INTO stockout_report (mention_id, job_id, source, reporter_id, reporter_handle, text, reported_at, received_at)
                    SELECT 'm-1', id, 'x', 'id-@one', '@one', 'elsewhere', ?, ? FROM restock_job WHERE outlet_id = 'OUT-1'""")) {
                insert.setObject(1, T0.plusSeconds(1).atOffset(ZoneOffset.UTC));
                insert.setObject(2, NOW.atOffset(ZoneOffset.UTC));
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            CompletableFuture<List<Outcome>> taken = CompletableFuture.supplyAsync(() -> intake.handleAll(poll), threads);
            await().atMost(Duration.ofSeconds(30)).until(() -> waitingForALock() > 0);
            other.commit();

            assertThatThrownBy(() -> taken.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(StoreUnavailableException.class)
                    .cause().hasMessageContaining("met another transaction");
        }
        assertThat(rows("SELECT mention_id FROM stockout_report ORDER BY mention_id")).containsExactly("m-0", "m-1");

        assertThat(intake.handleAll(poll)).containsExactly(Outcome.DUPLICATE, Outcome.RECORDED, Outcome.RECORDED);
        assertThat(rows("SELECT mention_id || ':' || text FROM stockout_report WHERE mention_id = 'm-1'")).containsExactly("m-1:elsewhere");
        assertThat(rows("SELECT outlet_id || ':' || report_count FROM restock_job ORDER BY outlet_id")).containsExactly("OUT-1:2", "OUT-2:1");
    }

    @Test
    void shouldRollBackAndTakeThePollAgainWhenTheOtherDispatcherOpensOneOfItsJobsAtTheSameTime() throws Exception {
        ReportIntake intake = intake(first);
        List<ConsumerRecord<String, byte[]>> poll = List.of(
                recordOf(1, report("m-1").at("OUT-9", "Store 9", "Kothrud", "Pune").by("@one").reportedAt(T0.plusSeconds(1)).build()));

        try (Connection other = second.getConnection()) {
            // The other dispatcher has opened OUT-9's job, with its report m-0, and not yet committed.
            other.setAutoCommit(false);
            try (Statement open = other.createStatement()) {
                open.executeUpdate("""
                        WITH job AS (
                            INSERT INTO restock_job (outlet_id, outlet_name, city, locality, brand, sku, product_key, status,
                                                     created_at, first_reported_at, due_at, report_count, updated_at)
                            VALUES ('OUT-9', 'Store 9', 'Pune', 'Kothrud', 'Hippo', 'HIPPO-CHIPS-50G', 'HIPPO-CHIPS-50G', 'reported',
                                    now(), '2026-11-20T09:30:00Z', '2026-11-22T09:30:00Z', 1, now())
                            RETURNING id)
                        INSERT INTO stockout_report (mention_id, job_id, source, reporter_id, reporter_handle, text, reported_at, received_at)
                        SELECT 'm-0', id, 'x', 'id-@zero', '@zero', 'first', '2026-11-20T09:30:00Z', now() FROM job""");
            }
            CompletableFuture<List<Outcome>> taken = CompletableFuture.supplyAsync(() -> intake.handleAll(poll), threads);
            await().atMost(Duration.ofSeconds(30)).until(() -> waitingForALock() > 0);
            other.commit();

            assertThatThrownBy(() -> taken.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(StoreUnavailableException.class);
        }
        assertThat(rows("SELECT outlet_id || ':' || report_count FROM restock_job")).containsExactly("OUT-9:1");

        assertThat(intake.handleAll(poll)).containsExactly(Outcome.RECORDED);
        assertThat(rows("SELECT outlet_id || ':' || report_count FROM restock_job")).containsExactly("OUT-9:2");
        assertThat(publishedEvents()).extracting(event -> event.kind() + ":" + event.detail().get("mention_id"))
                .containsExactly("REPORT_ADDED:m-1");
    }

    private ReportIntake assigningIntake(HikariDataSource database) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return new ReportIntake(ReportRecorder.of(new JobStore(database, clock, Duration.ofHours(48), JobStore.DEFAULT_REOPEN_WINDOW,
                new AutoAssigner(25).listener())), deadLetters::add, clock, new SimpleMeterRegistry());
    }

    private ReportIntake intake(HikariDataSource database) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return new ReportIntake(ReportRecorder.of(new JobStore(database, clock, Duration.ofHours(48))), deadLetters::add, clock,
                new SimpleMeterRegistry());
    }

    /**
     * One partition's reports: {@value #OUTLETS} outlets in turn (a few with a second, brand-level product), with an
     * earlier mention repeated now and then, as a producer retrying would.
     */
    private static List<ConsumerRecord<String, byte[]>> stream() {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(REPORTS);
        for (int i = 0; i < REPORTS; i++) {
            if (i % 37 == 36) {
                records.add(recordOf(i, reportNumber(i - 20)));
            } else {
                records.add(recordOf(i, reportNumber(i)));
            }
        }
        return records;
    }

    private static StockoutReport reportNumber(int i) {
        String outlet = "OUT-" + (i * 7 % OUTLETS);
        var report = report("m-" + i).at(outlet, "Store " + outlet, "Kothrud", "Pune").by("@r" + i)
                .reportedAt(T0.plusSeconds(i % 5 == 0 ? -i : i));
        return (i % 11 == 0 ? report.sku(null) : report).build();
    }

    /** Takes the stream in polls of {@code poll} records, each poll again after a failure, as the consumer loop does. */
    private static List<Outcome> consume(ReportIntake intake, List<ConsumerRecord<String, byte[]>> stream, int poll, AtomicInteger retries) {
        List<Outcome> outcomes = new ArrayList<>();
        for (int from = 0; from < stream.size(); from += poll) {
            List<ConsumerRecord<String, byte[]>> records = stream.subList(from, Math.min(stream.size(), from + poll));
            while (true) {
                try {
                    outcomes.addAll(intake.handleAll(records));
                    break;
                } catch (StoreUnavailableException retryable) {
                    retries.incrementAndGet();
                }
            }
        }
        return outcomes;
    }

    @SafeVarargs
    private List<List<Outcome>> runTogether(java.util.function.Supplier<List<Outcome>>... dispatchers) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Outcome>>> running = new ArrayList<>();
        for (var dispatcher : dispatchers) {
            running.add(threads.submit(() -> {
                start.await();
                return dispatcher.get();
            }));
        }
        start.countDown();
        List<List<Outcome>> outcomes = new ArrayList<>();
        for (Future<List<Outcome>> one : running) {
            outcomes.add(one.get(2, TimeUnit.MINUTES));
        }
        return outcomes;
    }

    /** Each mention recorded once; one open job per outlet and product holding them all; each outlet's events in stream order. */
    private static void assertRecordedOnceInOrder(List<ConsumerRecord<String, byte[]>> stream) throws SQLException {
        Map<String, StockoutReport> firstSeen = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : stream) {
            StockoutReport report = Topics.STOCKOUT_REPORTS.valueSerde().deserializer().deserialize(TOPIC, record.value());
            firstSeen.putIfAbsent(report.mentionId(), report);
        }
        assertThat(rows("SELECT mention_id FROM stockout_report")).hasSize(firstSeen.size()).doesNotHaveDuplicates();

        Map<String, Long> perJob = new LinkedHashMap<>();
        firstSeen.values().forEach(report -> perJob.merge(report.outletId() + ":" + report.productKey(), 1L, Long::sum));
        assertThat(rows("SELECT outlet_id || ':' || product_key || '=' || report_count FROM restock_job WHERE status IN ('reported', 'assigned')"))
                .containsExactlyInAnyOrderElementsOf(perJob.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        assertThat(rows("SELECT count(*) FROM restock_job")).containsExactly(Integer.toString(perJob.size()));
        assertThat(rows("SELECT count(*) FROM job_event WHERE kind = 'OPENED'")).containsExactly(Integer.toString(perJob.size()));

        Map<String, List<String>> expected = new LinkedHashMap<>();
        firstSeen.values().forEach(report -> expected.computeIfAbsent(report.outletId(), outlet -> new ArrayList<>()).add(report.mentionId()));
        Map<String, List<String>> published = new LinkedHashMap<>();
        for (JobEvent event : publishedEvents()) {
            if (event.detail().containsKey("mention_id")) {
                published.computeIfAbsent(event.job().outletId(), outlet -> new ArrayList<>()).add(event.detail().get("mention_id"));
            }
        }
        assertThat(published).isEqualTo(expected);
    }

    private static long waitingForALock() throws SQLException {
        return TestPostgres.scalar(first, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
    }

    private static List<JobEvent> publishedEvents() throws SQLException {
        return IntakeRows.publishedEvents(first);
    }

    private static List<String> rows(String sql) throws SQLException {
        return IntakeRows.rows(first, sql);
    }
}
