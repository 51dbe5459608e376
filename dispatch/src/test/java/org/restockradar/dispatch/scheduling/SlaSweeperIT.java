package org.restockradar.dispatch.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restockradar.dispatch.Reports.T0;
import static org.restockradar.dispatch.Reports.report;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.JobEvent.Kind;
import org.restockradar.embedded.testing.MutableClock;
import org.restockradar.embedded.testing.TestPostgres;
import java.time.Instant;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Outlet;
import org.restockradar.contracts.Settings;
import org.restockradar.dispatch.crews.ClaimSeed;
import org.restockradar.dispatch.outlets.OutletStore;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.store.OpenedJobListener;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.dispatch.store.SlaPolicy;
import org.restockradar.access.Actor;
import org.restockradar.dispatch.workflow.JobWorkflow;
import org.restockradar.dispatch.workflow.Proof;

/** SLA sweeps on a real PostgreSQL, driven by a clock the test moves. */
@Tag("integration")
final class SlaSweeperIT {
    private static final Duration WARN_BEFORE = Duration.ofHours(12);

    private static HikariDataSource database;
    private MutableClock clock;
    private JobStore store;
    private SlaSweeper sweeper;

    @BeforeAll
    static void startDatabase() {
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 8);
        DispatchSchema.migrate(database);
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        TestPostgres.execute(database, "TRUNCATE sla_alert, outbox, job_event, stockout_report, restock_job RESTART IDENTITY CASCADE");
        clock = new MutableClock(T0);
        store = new JobStore(database, clock, Duration.ofHours(48));
        sweeper = new SlaSweeper(database, clock, WARN_BEFORE, Duration.ZERO);
    }

    @Test
    void shouldWarnAt36HoursAndBreachAndEscalateAt48HoursEachOnce() throws SQLException {
        long job = store.record(report("x-1").reportedAt(T0).build()).jobId();

        clock.set(T0.plus(Duration.ofHours(36)).minusSeconds(1));
        assertThat(sweeper.sweep()).containsEntry(Kind.SLA_WARNING, 0);
        clock.set(T0.plus(Duration.ofHours(36)));
        assertThat(sweeper.sweep()).containsEntry(Kind.SLA_WARNING, 1).containsEntry(Kind.SLA_BREACH, 0);
        assertThat(sweeper.sweep()).as("a second sweep at the same time").containsEntry(Kind.SLA_WARNING, 0);
        clock.set(T0.plus(Duration.ofHours(48)));
        assertThat(sweeper.sweep()).isEqualTo(Map.of(Kind.SLA_WARNING, 0, Kind.SLA_BREACH, 1, Kind.ESCALATED, 1));
        clock.set(T0.plus(Duration.ofHours(100)));
        assertThat(sweeper.sweep()).isEqualTo(Map.of(Kind.SLA_WARNING, 0, Kind.SLA_BREACH, 0, Kind.ESCALATED, 0));

        assertThat(scalar("SELECT string_agg(kind, ',' ORDER BY id) FROM job_event WHERE job_id = " + job))
                .isEqualTo("OPENED,SLA_WARNING,SLA_BREACH,ESCALATED");
        assertThat(scalar("SELECT count(*) FROM outbox")).isEqualTo("4");
        assertThat(scalar("SELECT actor || '/' || actor_role || '/' || to_status FROM job_event WHERE kind = 'SLA_BREACH'"))
                .isEqualTo("sla-sweep/system/reported");
    }

    @Test
    void shouldDueAJobByItsBrandAndRegionInBusinessHoursAndSweepByThatDueTime() throws SQLException {
        TestPostgres.execute(database, "TRUNCATE outlet");
        new OutletStore(database, clock).upsert(new Outlet("OUT-MNL-1", "Suki Mini Mart", "172 Maceda St, Sampaloc, Manila 1008",
                "Sampaloc", "Manila", "Metro Manila", "Philippines", new GeoPoint(14.6079, 120.9922)));
        SlaPolicy policy = SlaPolicy.fromSettings(Settings.of(Map.of("dispatch.sla", "48h", "dispatch.sla.brand.hippo", "24h",
                "dispatch.calendar.metro-manila.hours", "09:00-18:00", "dispatch.calendar.metro-manila.days", "MON-FRI",
                "dispatch.calendar.metro-manila.zone", "Asia/Manila")));
        JobStore regional = new JobStore(database, clock, policy, Duration.ofDays(7), OpenedJobListener.NONE);
        // Friday 2026-11-20 09:30Z is 17:30 in Manila: half an hour on Friday, 9 h each of Monday and Tuesday, 5.5 h Wednesday.
        Instant reported = Instant.parse("2026-11-20T09:30:00Z");

        long manila = regional.record(report("m-1").at("OUT-MNL-1", "Suki Mini Mart", "Sampaloc", "Manila").reportedAt(reported).build()).jobId();
        long pune = regional.record(report("m-2").reportedAt(reported).build()).jobId();

        Instant due = Instant.parse("2026-11-25T06:30:00Z");
        assertThat(store.find(manila).orElseThrow().dueAt()).isEqualTo(due);
        assertThat(store.find(pune).orElseThrow().dueAt()).as("brand Hippo, no calendar for Pune's region").isEqualTo(reported.plus(Duration.ofHours(24)));
        clock.set(due.minus(WARN_BEFORE).minusSeconds(1));
        sweeper.sweep();
        assertThat(scalar("SELECT count(*) FROM sla_alert WHERE job_id = " + manila)).isEqualTo("0");
        clock.set(due);
        sweeper.sweep();
        assertThat(scalar("SELECT string_agg(kind, ',' ORDER BY kind) FROM sla_alert WHERE job_id = " + manila))
                .isEqualTo("ESCALATED,SLA_BREACH,SLA_WARNING");
    }

    @Test
    void shouldEscalateOnlyWhenTheEscalationDelayHasPassed() throws SQLException {
        store.record(report("x-1").reportedAt(T0).build());
        SlaSweeper patient = new SlaSweeper(database, clock, WARN_BEFORE, Duration.ofHours(4));

        clock.set(T0.plus(Duration.ofHours(50)));
        assertThat(patient.sweep()).containsEntry(Kind.SLA_BREACH, 1).containsEntry(Kind.ESCALATED, 0);
        clock.set(T0.plus(Duration.ofHours(52)));
        assertThat(patient.sweep()).containsEntry(Kind.ESCALATED, 1);
    }

    @Test
    void shouldLeaveAJobRestockedInTimeAlone() throws SQLException {
        long job = store.record(report("x-1").reportedAt(T0).build()).jobId();
        JobWorkflow workflow = new JobWorkflow(store, clock);
        Actor ops = Actor.ops("ops-1");
        TestPostgres.execute(database, "INSERT INTO crew (id, name, kind, daily_capacity, shift_start, shift_end, updated_at) "
                + "VALUES ('van-1', 'Van 1', 'van', 5, '08:00', '18:00', now())");
        workflow.assign(job, "van-1", ops);
        workflow.accept(job, ops);
        workflow.enRoute(job, ops);
        workflow.complete(job, ops, new Proof(5, null, null, null, null));

        clock.set(T0.plus(Duration.ofHours(60)));
        assertThat(sweeper.sweep()).isEqualTo(Map.of(Kind.SLA_WARNING, 0, Kind.SLA_BREACH, 0, Kind.ESCALATED, 0));
    }

    @Test
    void shouldFireEachAlertOnceWhenASweepDiesHalfWayAndTheNextOneRuns() throws SQLException {
        for (int i = 0; i < 3; i++) {
            store.record(report("x-" + i).sku("SKU-" + i).reportedAt(T0).build());
        }
        clock.set(T0.plus(Duration.ofHours(49)));
        AtomicInteger written = new AtomicInteger();
        SlaSweeper dying = new SlaSweeper(database, clock, WARN_BEFORE, Duration.ZERO, (jobId, kind) -> {
            if (written.incrementAndGet() == 5) {
                throw new IllegalStateException("dispatcher killed in the middle of the sweep");
            }
        });

        assertThatThrownBy(dying::sweep).hasMessageContaining("killed");
        assertThat(scalar("SELECT count(*) FROM sla_alert")).as("the dead sweep's alerts rolled back").isEqualTo("0");
        assertThat(sweeper.sweep()).isEqualTo(Map.of(Kind.SLA_WARNING, 3, Kind.SLA_BREACH, 3, Kind.ESCALATED, 3));
        assertThat(sweeper.sweep()).isEqualTo(Map.of(Kind.SLA_WARNING, 0, Kind.SLA_BREACH, 0, Kind.ESCALATED, 0));
        assertThat(scalar("SELECT count(*) FROM job_event WHERE kind = 'ESCALATED'")).isEqualTo("3");
    }

    @Test
    void shouldFireEachAlertOnceWhenTwoDispatchersSweepAtOnce() throws Exception {
        // Half the jobs warned by an earlier sweep, half not: the two sweeps find them at different stages.
        for (int i = 0; i < 200; i++) {
            store.record(report("x-" + i).sku("SKU-" + i).reportedAt(i < 100 ? T0 : T0.plus(Duration.ofHours(1))).build());
        }
        clock.set(T0.plus(Duration.ofMinutes(36 * 60 + 30)));
        assertThat(sweeper.sweep()).containsEntry(Kind.SLA_WARNING, 100).containsEntry(Kind.SLA_BREACH, 0);
        clock.set(T0.plus(Duration.ofHours(50)));
        SlaSweeper other = new SlaSweeper(database, clock, WARN_BEFORE, Duration.ZERO);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Map<Kind, Integer>>> sweeps = List.of(
                    pool.submit(() -> {
                        go.await();
                        return sweeper.sweep();
                    }),
                    pool.submit(() -> {
                        go.await();
                        return other.sweep();
                    }));
            go.countDown();
            int escalations = 0;
            for (Future<Map<Kind, Integer>> sweep : sweeps) {
                escalations += sweep.get(60, TimeUnit.SECONDS).get(Kind.ESCALATED);
            }
            assertThat(escalations).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(scalar("SELECT count(*) FROM job_event WHERE kind = 'ESCALATED'")).isEqualTo("200");
        assertThat(scalar("SELECT count(*) FROM job_event WHERE kind IN ('SLA_WARNING', 'SLA_BREACH')")).isEqualTo("400");
        assertThat(scalar("SELECT count(*) FROM (SELECT job_id, kind FROM job_event GROUP BY 1, 2 HAVING count(*) > 1) d")).isEqualTo("0");
    }

    @Test
    void shouldReadOnlyTheJobsDueForAnAlertNotTheOnesAlertedBefore() throws SQLException {
        // Given 2,000 open jobs warned already and still open, as a quarter of the open jobs are with the 48 h SLA
        ClaimSeed.jobs(database, 2_000, T0.plus(Duration.ofHours(1)));
        assertThat(sweeper.sweep()).containsEntry(Kind.SLA_WARNING, 2_000);
        // and one job newly within its warning time
        store.record(report("x-new").sku("SKU-new").reportedAt(T0.minus(Duration.ofHours(40))).build());
        // and statistics that know the warned jobs moved on, as autovacuum's analyze learns after a sweep: without this the
        // plan depended on whether autovacuum had analyzed the table before the sweep (busy machine) or after it
        TestPostgres.execute(database, "ANALYZE restock_job");

        // When the next sweep looks for the jobs to warn
        String plan = sweeper.explain(Kind.SLA_WARNING);

        // Then it reads the index of jobs with an alert to come (V47) and a few pages, not the 2,000 warned jobs
        assertThat(plan).contains("restock_job_sla_pending").contains("rows=1 ");
        Matcher buffers = Pattern.compile("Buffers: shared hit=(\\d+)(?: read=(\\d+))?").matcher(plan);
        assertThat(buffers.find()).as("buffers in the plan:%n%s", plan).isTrue();
        long pages = Long.parseLong(buffers.group(1)) + (buffers.group(2) == null ? 0 : Long.parseLong(buffers.group(2)));
        assertThat(pages).as("buffers read by the sweep's statement:%n%s", plan).isLessThan(200);
        assertThat(sweeper.sweep()).containsEntry(Kind.SLA_WARNING, 1);
    }

    private static String scalar(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

}
