package org.restockradar.dispatch.needslocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restockradar.dispatch.Reports.report;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.DeadLetter;
import org.restockradar.contracts.StockoutReport;
import org.restockradar.contracts.Topics;
import org.restockradar.embedded.testing.TestPostgres;
import org.restockradar.access.Actor;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.dispatch.store.Job;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.store.Recorded;

/** Reports the stage could not place, kept once, offered with their city's outlets, placed or dismissed by ops. */
@Tag("integration")
final class NeedsLocationStoreIT {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Actor OPS = Actor.ops("ops-meera");

    private static HikariDataSource database;
    private static JobStore jobs;
    private static NeedsLocationStore store;

    @BeforeAll
    static void startDatabase() {
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 8);
        DispatchSchema.migrate(database);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        jobs = new JobStore(database, clock, Duration.ofHours(48));
        store = new NeedsLocationStore(database, jobs::record, clock);
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE needs_location_report, sla_alert, outbox, job_event, stockout_report, restock_job, outlet RESTART IDENTITY CASCADE");
        }
        outlet("PUN-1", "Sharma General Store", "Kothrud", "Pune");
        outlet("PUN-2", "Anand Kirana", "Kothrud", "Pune");
        outlet("PUN-3", "Baner Mart", "Baner", "Pune");
        outlet("MUM-1", "Sharma General Store", "Kothrud", "Mumbai");
    }

    private static StockoutReport unplaced(String mentionId) {
        return report(mentionId).withoutOutlet().at(null, null, "Kothrud", "Pune").build();
    }

    @Test
    void shouldKeepAReportOnceWhenItIsDeliveredTwice() {
        assertThat(store.take(unplaced("x-1"))).isTrue();
        assertThat(store.take(unplaced("x-1"))).isFalse();

        assertThat(store.list("open", 10)).extracting(NeedsLocationStore.Entry::mentionId).containsExactly("x-1");
    }

    @Test
    void shouldKeepAPollsReportsOnceEachInOneGoAndChangeNothingWhenThePollComesAgain() throws SQLException {
        List<DeadLetter> letters = new ArrayList<>();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        NeedsLocationIntake intake = new NeedsLocationIntake(store, letters::add, Clock.fixed(NOW, ZoneOffset.UTC), meters);
        store.take(unplaced("x-0"));
        List<ConsumerRecord<String, byte[]>> poll = new ArrayList<>();
        for (String mention : List.of("x-3", "x-1", "x-0", "x-2", "x-1")) {
            poll.add(new ConsumerRecord<>(Topics.NEEDS_LOCATION.name(), 0, poll.size(), mention,
                    Topics.NEEDS_LOCATION.valueSerde().serializer().serialize(Topics.NEEDS_LOCATION.name(), unplaced(mention))));
        }
        poll.add(2, new ConsumerRecord<>(Topics.NEEDS_LOCATION.name(), 0, 9L, "x-9", "{\"mention_id\": oops".getBytes(StandardCharsets.UTF_8)));

        intake.handleAll(poll);
        List<String> rows = receivedInOrder();
        intake.handleAll(poll);

        // Each mention once, in the order of the poll (x-0 was kept before it), and the poll again changes nothing.
        assertThat(rows).containsExactly("x-0", "x-3", "x-1", "x-2");
        assertThat(receivedInOrder()).isEqualTo(rows);
        assertThat(store.list("open", 10)).extracting(NeedsLocationStore.Entry::mentionId).containsExactlyInAnyOrder("x-0", "x-1", "x-2", "x-3");
        assertThat(meters.counter("dispatch.needs_location", "outcome", "kept").count()).isEqualTo(3);
        assertThat(meters.counter("dispatch.needs_location", "outcome", "duplicate").count()).isEqualTo(2 + 5);
        assertThat(letters).hasSize(2).allSatisfy(letter -> assertThat(letter.offset()).isEqualTo(9L));
    }

    /** The kept mentions in the order their rows were written (the physical order of a table only inserted into). */
    private static List<String> receivedInOrder() throws SQLException {
        List<String> mentions = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT mention_id FROM needs_location_report ORDER BY ctid")) {
            while (rows.next()) {
                mentions.add(rows.getString(1));
            }
        }
        return mentions;
    }

    @Test
    void shouldTakeRecordsFromTheTopicOnceAndDeadLetterWhatIsNotAReport() {
        List<DeadLetter> letters = new ArrayList<>();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        NeedsLocationIntake intake = new NeedsLocationIntake(store, letters::add, Clock.fixed(NOW, ZoneOffset.UTC), meters);
        byte[] report = Topics.NEEDS_LOCATION.valueSerde().serializer().serialize(Topics.NEEDS_LOCATION.name(), unplaced("x-10"));

        intake.handle(new ConsumerRecord<>(Topics.NEEDS_LOCATION.name(), 0, 1L, "x-10", report));
        intake.handle(new ConsumerRecord<>(Topics.NEEDS_LOCATION.name(), 0, 1L, "x-10", report));
        intake.handle(new ConsumerRecord<>(Topics.NEEDS_LOCATION.name(), 0, 2L, "x-11", "{\"mention_id\": oops".getBytes(StandardCharsets.UTF_8)));
        intake.handle(new ConsumerRecord<>(Topics.NEEDS_LOCATION.name(), 0, 3L, "x-12", null));

        assertThat(store.list("open", 10)).extracting(NeedsLocationStore.Entry::mentionId).containsExactly("x-10");
        assertThat(letters).extracting(DeadLetter::reason).satisfiesExactly(
                reason -> assertThat(reason).startsWith("cannot decode"),
                reason -> assertThat(reason).contains("tombstone"));
        assertThat(meters.counter("dispatch.needs_location", "outcome", "kept").count()).isEqualTo(1);
        assertThat(meters.counter("dispatch.needs_location", "outcome", "duplicate").count()).isEqualTo(1);
    }

    @Test
    void shouldRefuseAReportWhoseValuesTheDatabaseRefusesAndKeepNothingOfThatCall() {
        StockoutReport nul = report("x-31").withoutOutlet().at(null, null, "Kothrud", "Pune").text("nul \u0000 inside").build();

        assertThatThrownBy(() -> store.takeAll(List.of(unplaced("x-30"), nul)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refuses");
        assertThat(store.list("open", 10)).isEmpty();
    }

    @Test
    void shouldDeadLetterOnlyTheRecordTheDatabaseRefusesAndKeepTheRestOfThePoll() {
        List<DeadLetter> letters = new ArrayList<>();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        NeedsLocationIntake intake = new NeedsLocationIntake(store, letters::add, Clock.fixed(NOW, ZoneOffset.UTC), meters);
        StockoutReport nul = report("x-41").withoutOutlet().at(null, null, "Kothrud", "Pune").text("nul \u0000 inside").build();
        List<ConsumerRecord<String, byte[]>> poll = List.of(record(1L, unplaced("x-40")), record(2L, nul), record(3L, unplaced("x-42")));

        intake.handleAll(poll);
        intake.handleAll(poll);

        assertThat(store.list("open", 10)).extracting(NeedsLocationStore.Entry::mentionId).containsExactly("x-40", "x-42");
        assertThat(letters).hasSize(2).allSatisfy(letter -> {
            assertThat(letter.offset()).isEqualTo(2L);
            assertThat(letter.reason()).startsWith("refused by dispatch: ");
        });
        assertThat(meters.counter("dispatch.needs_location", "outcome", "kept").count()).isEqualTo(2);
        assertThat(meters.counter("dispatch.needs_location", "outcome", "duplicate").count()).isEqualTo(2);
    }

    private static ConsumerRecord<String, byte[]> record(long offset, StockoutReport report) {
        return new ConsumerRecord<>(Topics.NEEDS_LOCATION.name(), 0, offset, report.mentionId(),
                Topics.NEEDS_LOCATION.valueSerde().serializer().serialize(Topics.NEEDS_LOCATION.name(), report));
    }

    @Test
    void shouldOfferTheOutletsOfTheReportsCityWithItsLocalityFirst() {
        store.take(report("x-2").at(null, null, "Baner", "pune").build());

        List<NeedsLocationStore.Candidate> candidates = store.list("open", 10).get(0).candidates();

        assertThat(candidates).extracting(NeedsLocationStore.Candidate::id).containsExactly("PUN-3", "PUN-2", "PUN-1");
    }

    @Test
    void shouldOpenAJobAtTheOutletOpsPlaceTheReportAt() {
        store.take(unplaced("x-3"));

        Recorded recorded = store.place("x-3", "PUN-2", OPS);

        assertThat(recorded.outcome()).isEqualTo(Recorded.Outcome.OPENED_JOB);
        Job job = jobs.find(recorded.jobId()).orElseThrow();
        assertThat(job.outletId()).isEqualTo("PUN-2");
        assertThat(job.outletName()).isEqualTo("Anand Kirana");
        assertThat(store.list("open", 10)).isEmpty();
        assertThat(store.list("placed", 10)).singleElement().satisfies(entry -> {
            assertThat(entry.outletId()).isEqualTo("PUN-2");
            assertThat(entry.jobId()).isEqualTo(recorded.jobId());
        });
    }

    @Test
    void shouldAnswerTheSameJobWhenTheReportIsPlacedAtTheSameOutletAgain() {
        store.take(unplaced("x-4"));
        Recorded first = store.place("x-4", "PUN-1", OPS);

        Recorded again = store.place("x-4", "PUN-1", OPS);

        assertThat(again.jobId()).isEqualTo(first.jobId());
        assertThat(again.outcome()).isEqualTo(Recorded.Outcome.DUPLICATE);
        assertThat(jobs.find(first.jobId()).orElseThrow().reportCount()).isEqualTo(1);
    }

    @Test
    void shouldRefuseToPlaceAReportAtAnotherOutletThanBefore() {
        store.take(unplaced("x-5"));
        store.place("x-5", "PUN-1", OPS);

        assertThatThrownBy(() -> store.place("x-5", "PUN-2", OPS))
                .isInstanceOf(NeedsLocationStore.ResolvedException.class).hasMessageContaining("placed at outlet PUN-1");
    }

    @Test
    void shouldRefuseToPlaceADismissedReportAndToDismissAPlacedOne() {
        store.take(unplaced("x-6"));
        store.take(unplaced("x-7"));
        store.dismiss("x-6", "a shop we do not serve", OPS);
        store.place("x-7", "PUN-1", OPS);

        assertThatThrownBy(() -> store.place("x-6", "PUN-1", OPS)).isInstanceOf(NeedsLocationStore.ResolvedException.class);
        assertThatThrownBy(() -> store.dismiss("x-7", "changed my mind", OPS)).isInstanceOf(NeedsLocationStore.ResolvedException.class);
        assertThat(store.list("dismissed", 10)).extracting(NeedsLocationStore.Entry::mentionId).containsExactly("x-6");
    }

    @Test
    void shouldRefuseAnUnknownReportOrOutletOrARemovedOutlet() throws SQLException {
        store.take(unplaced("x-8"));
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE outlet SET removed_at = now() WHERE id = 'PUN-3'");
        }

        assertThatThrownBy(() -> store.place("x-404", "PUN-1", OPS)).isInstanceOf(NeedsLocationStore.NotFoundException.class);
        assertThatThrownBy(() -> store.place("x-8", "NOPE", OPS)).isInstanceOf(NeedsLocationStore.NotFoundException.class);
        assertThatThrownBy(() -> store.place("x-8", "PUN-3", OPS)).isInstanceOf(NeedsLocationStore.NotFoundException.class);
        assertThat(store.list("open", 10)).hasSize(1);
    }

    @Test
    void shouldPlaceAReportOnceWhenTwoPeoplePlaceItAtDifferentOutletsAtOnce() throws Exception {
        store.take(unplaced("x-9"));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Recorded>> results = new ArrayList<>();
            for (String outlet : List.of("PUN-1", "PUN-2")) {
                Callable<Recorded> place = () -> {
                    go.await();
                    return store.place("x-9", outlet, OPS);
                };
                results.add(pool.submit(place));
            }
            go.countDown();
            int placed = 0;
            int refused = 0;
            for (Future<Recorded> result : results) {
                try {
                    result.get(30, TimeUnit.SECONDS);
                    placed++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(NeedsLocationStore.ResolvedException.class);
                    refused++;
                }
            }
            assertThat(placed).isEqualTo(1);
            assertThat(refused).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("SELECT count(*) FROM restock_job")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(1);
        }
    }

    private static void outlet(String id, String name, String locality, String city) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outlet (id, name, locality, city, lat, lon, updated_at) VALUES (?, ?, ?, ?, 18.5, 73.8, ?)")) {
            insert.setString(1, id);
            insert.setString(2, name);
            insert.setString(3, locality);
            insert.setString(4, city);
            insert.setTimestamp(5, Timestamp.from(NOW));
            insert.executeUpdate();
        }
    }
}
