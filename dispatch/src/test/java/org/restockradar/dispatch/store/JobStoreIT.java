package org.restockradar.dispatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restockradar.dispatch.Reports.T0;
import static org.restockradar.dispatch.Reports.report;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.StockoutReport;
import org.restockradar.contracts.JobStatus;
import org.restockradar.dbkit.store.StoreUnavailableException;
import org.restockradar.embedded.testing.TestPostgres;
import org.restockradar.dispatch.DispatchTables;
import org.restockradar.dispatch.store.Recorded.Outcome;

@Tag("integration")
final class JobStoreIT {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Duration SLA = Duration.ofHours(48);

    private static HikariDataSource database;
    private static JobStore store;

    @BeforeAll
    static void startDatabase() {
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 16);
        DispatchSchema.migrate(database);
        store = new JobStore(database, Clock.fixed(NOW, ZoneOffset.UTC), SLA);
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        DispatchTables.emptyJobs(database);
    }

    @Test
    void shouldOpenJobDueAfterSlaOnFirstReport() {
        Recorded recorded = store.record(report("x-1").by("@asha").reportedAt(T0).build());

        assertThat(recorded.outcome()).isEqualTo(Outcome.OPENED_JOB);
        assertThat(store.list(JobFilter.all())).singleElement().satisfies(job -> {
            assertThat(job.id()).isEqualTo(recorded.jobId());
            assertThat(job.outletId()).isEqualTo("OUT-PUNE-001");
            assertThat(job.outletName()).isEqualTo("Sharma General Store");
            assertThat(job.city()).isEqualTo("Pune");
            assertThat(job.locality()).isEqualTo("Kothrud");
            assertThat(job.brand()).isEqualTo("Hippo");
            assertThat(job.sku()).isEqualTo("HIPPO-CHIPS-50G");
            assertThat(job.productKey()).isEqualTo("HIPPO-CHIPS-50G");
            assertThat(job.status()).isEqualTo(JobStatus.REPORTED);
            assertThat(job.createdAt()).isEqualTo(NOW);
            assertThat(job.updatedAt()).isEqualTo(NOW);
            assertThat(job.firstReportedAt()).isEqualTo(T0);
            assertThat(job.dueAt()).isEqualTo(T0.plus(Duration.ofHours(48)));
            assertThat(job.reportCount()).isEqualTo(1);
            assertThat(job.reporters()).containsExactly("@asha");
        });
    }

    @Test
    void shouldAttachSecondReportForSameOutletAndProductToOpenJob() {
        Recorded first = store.record(report("x-1").by("@asha").reportedAt(T0).build());

        Recorded second = store.record(report("x-2").by("@ravi").reportedAt(T0.plusSeconds(3600)).build());

        assertThat(second).isEqualTo(new Recorded(first.jobId(), Outcome.ATTACHED));
        Job job = store.find(first.jobId()).orElseThrow();
        assertThat(job.reportCount()).isEqualTo(2);
        assertThat(job.reporters()).containsExactly("@asha", "@ravi");
        assertThat(job.firstReportedAt()).as("a later report leaves the first report time").isEqualTo(T0);
        assertThat(job.dueAt()).isEqualTo(T0.plus(SLA));
        assertThat(store.list(JobFilter.all())).hasSize(1);
    }

    @Test
    void shouldListEachReporterOnceWhenTheyReportTwice() {
        store.record(report("x-1").by("@asha").reportedAt(T0).build());
        store.record(report("x-2").by("@ravi").reportedAt(T0.plusSeconds(60)).build());
        Recorded third = store.record(report("x-3").by("@asha").reportedAt(T0.plusSeconds(120)).build());

        Job job = store.find(third.jobId()).orElseThrow();
        assertThat(job.reportCount()).isEqualTo(3);
        assertThat(job.reporters()).containsExactly("@asha", "@ravi");
    }

    @Test
    void shouldOpenAnotherJobForAnotherSkuOrABrandLevelReport() {
        Recorded chips = store.record(report("x-1").sku("HIPPO-CHIPS-50G").build());
        Recorded sticks = store.record(report("x-2").sku("HIPPO-STICKS-30G").build());
        Recorded brandOnly = store.record(report("x-3").sku(null).build());

        assertThat(List.of(chips.outcome(), sticks.outcome(), brandOnly.outcome())).containsOnly(Outcome.OPENED_JOB);
        assertThat(store.list(JobFilter.all())).extracting(Job::productKey)
                .containsExactlyInAnyOrder("HIPPO-CHIPS-50G", "HIPPO-STICKS-30G", "brand:Hippo");
        assertThat(store.find(brandOnly.jobId()).orElseThrow().sku()).isNull();
    }

    @Test
    void shouldOpenAnotherJobForTheSameProductAtAnotherOutlet() {
        store.record(report("x-1").build());
        store.record(report("x-2").at("OUT-PUNE-002", "Joshi Stores", "Baner", "Pune").build());

        assertThat(store.list(JobFilter.all())).extracting(Job::outletId).containsExactlyInAnyOrder("OUT-PUNE-001", "OUT-PUNE-002");
    }

    @Test
    void shouldChangeNothingWhenTheSameReportIsRecordedTwice() throws SQLException {
        Recorded first = store.record(report("x-1").by("@asha").build());
        store.record(report("x-2").by("@ravi").reportedAt(T0.plusSeconds(60)).build());

        Recorded again = store.record(report("x-1").by("@asha").build());

        assertThat(again).isEqualTo(new Recorded(first.jobId(), Outcome.DUPLICATE));
        Job job = store.find(first.jobId()).orElseThrow();
        assertThat(job.reportCount()).isEqualTo(2);
        assertThat(job.reporters()).containsExactly("@asha", "@ravi");
        assertThat(count("restock_job")).isEqualTo(1);
        assertThat(count("stockout_report")).isEqualTo(2);
    }

    @Test
    void shouldMoveFirstReportAndDueTimeBackWhenAnEarlierReportArrivesLate() {
        Recorded first = store.record(report("x-2").by("@ravi").reportedAt(T0).build());

        Recorded earlier = store.record(report("x-1").by("@asha").reportedAt(T0.minus(Duration.ofHours(5))).build());

        assertThat(earlier.outcome()).isEqualTo(Outcome.ATTACHED);
        Job job = store.find(first.jobId()).orElseThrow();
        assertThat(job.firstReportedAt()).isEqualTo(T0.minus(Duration.ofHours(5)));
        assertThat(job.dueAt()).isEqualTo(T0.minus(Duration.ofHours(5)).plus(SLA));
        assertThat(job.reporters()).as("reporters in the order they reported").containsExactly("@asha", "@ravi");
    }

    @Test
    void shouldOpenExactlyOneJobWhenManyThreadsReportTheSameProductAtOnce() throws Exception {
        List<StockoutReport> reports = IntStream.range(0, 200)
                .mapToObj(i -> report("x-" + i).by("@user" + i).reportedAt(T0.plusSeconds(i)).build())
                .toList();

        List<Recorded> results = recordConcurrently(16, reports);

        assertThat(results).filteredOn(r -> r.outcome() == Outcome.OPENED_JOB).hasSize(1);
        assertThat(results).filteredOn(r -> r.outcome() == Outcome.ATTACHED).hasSize(199);
        assertThat(results).extracting(Recorded::jobId).containsOnly(results.get(0).jobId());
        assertThat(store.list(JobFilter.all())).singleElement().satisfies(job -> {
            assertThat(job.reportCount()).isEqualTo(200);
            assertThat(job.reporters()).hasSize(200);
            assertThat(job.firstReportedAt()).isEqualTo(T0);
        });
        assertThat(count("stockout_report")).isEqualTo(200);
    }

    @Test
    void shouldCountEachReportOnceWhenItsDeliveriesRaceEachOther() throws Exception {
        List<StockoutReport> reports = new ArrayList<>();
        // Each report delivered 8 times in a row, so that its deliveries run on different threads at once.
        for (int i = 0; i < 20; i++) {
            for (int delivery = 0; delivery < 8; delivery++) {
                reports.add(report("x-" + i).by("@user" + i).reportedAt(T0.plusSeconds(i)).build());
            }
        }

        List<Recorded> results = recordConcurrently(16, reports);

        assertThat(results).filteredOn(r -> r.outcome() == Outcome.DUPLICATE).hasSize(140);
        assertThat(store.list(JobFilter.all())).singleElement().satisfies(job -> assertThat(job.reportCount()).isEqualTo(20));
        assertThat(count("stockout_report")).isEqualTo(20);
    }

    @Test
    void shouldNotReopenAClosedJobForADuplicateButOpenANewOneForANewReport() throws SQLException {
        Recorded first = store.record(report("x-1").build());
        TestPostgres.execute(database, "UPDATE restock_job SET status = 'cancelled' WHERE id = " + first.jobId());

        Recorded duplicate = store.record(report("x-1").build());
        assertThat(duplicate).isEqualTo(new Recorded(first.jobId(), Outcome.DUPLICATE));
        assertThat(count("restock_job")).isEqualTo(1);

        Recorded fresh = store.record(report("x-2").by("@ravi").build());
        assertThat(fresh.outcome()).isEqualTo(Outcome.OPENED_JOB);
        assertThat(fresh.jobId()).isNotEqualTo(first.jobId());
        assertThat(count("restock_job")).isEqualTo(2);
    }

    @Test
    void shouldRefuseAReportWithoutOutletNamingTheMention() throws SQLException {
        StockoutReport unplaced = report("x-404").withoutOutlet().build();

        assertThatThrownBy(() -> store.record(unplaced))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x-404")
                .hasMessageContaining("no outlet");
        assertThat(count("restock_job")).isZero();
    }

    @Test
    void shouldRefuseAReportTheDatabaseCannotStoreAndLeaveNoJobBehind() throws SQLException {
        StockoutReport withNul = report("x-nul").text("chips\u0000gone").build();

        assertThatThrownBy(() -> store.record(withNul))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x-nul");
        assertThat(count("restock_job")).isZero();
        assertThat(count("stockout_report")).isZero();
    }

    @Test
    void shouldListSoonestDueFirstAndFilterByStatusAndCityIgnoringCase() {
        store.record(report("x-1").sku("A").reportedAt(T0.plusSeconds(600)).build());
        store.record(report("x-2").sku("B").reportedAt(T0).build());
        store.record(report("x-3").at("OUT-MUM-001", "Patel Kirana", "Andheri", "Mumbai").reportedAt(T0.plusSeconds(300)).build());

        assertThat(store.list(JobFilter.all())).extracting(Job::productKey).containsExactly("B", "HIPPO-CHIPS-50G", "A");
        assertThat(store.list(new JobFilter(null, "pune", 10))).extracting(Job::productKey).containsExactly("B", "A");
        assertThat(store.list(new JobFilter(JobStatus.REPORTED, "MUMBAI", 10))).extracting(Job::outletId).containsExactly("OUT-MUM-001");
        assertThat(store.list(new JobFilter(null, "Delhi", 10))).isEmpty();
        assertThat(store.list(new JobFilter(null, null, 2))).hasSize(2);
    }

    @Test
    void shouldFindNoJobForAnUnknownId() {
        assertThat(store.find(424242)).isEmpty();
    }

    @Test
    void shouldReportTheDatabaseUnavailableWhenItCannotBeReached() {
        JobStore unreachable = new JobStore(TestPostgres.unreachable(), Clock.fixed(NOW, ZoneOffset.UTC), SLA);

        assertThat(unreachable.isReachable()).isFalse();
        assertThatThrownBy(() -> unreachable.record(report("x-1").build()))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("x-1");
        assertThatThrownBy(() -> unreachable.list(JobFilter.all())).isInstanceOf(StoreUnavailableException.class);
        assertThat(store.isReachable()).isTrue();
    }

    private static List<Recorded> recordConcurrently(int threads, List<StockoutReport> reports) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Recorded>> futures = new ArrayList<>();
            for (StockoutReport report : reports) {
                Callable<Recorded> task = () -> {
                    go.await();
                    return store.record(report);
                };
                futures.add(pool.submit(task));
            }
            go.countDown();
            List<Recorded> results = new ArrayList<>();
            for (Future<Recorded> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long count(String table) throws SQLException {
        try (Connection connection = database.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

}
