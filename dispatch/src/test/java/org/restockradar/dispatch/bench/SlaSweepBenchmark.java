package org.restockradar.dispatch.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.restockradar.contracts.JobEvent;
import org.restockradar.dbkit.store.Database;
import org.restockradar.dispatch.scheduling.SlaScheduler;
import org.restockradar.dispatch.scheduling.SlaSweeper;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.embedded.testing.TestPostgres;

/**
 * The SLA sweep load harness, run by hand (not a test). On a throwaway PostgreSQL ({@code track_commit_timestamp} on,
 * so a flag's lateness is taken at its commit) it loads {@code jobs} open jobs in a few {@code INSERT ... SELECT
 * generate_series}: most due later than the run (nothing to fire), a quarter already warned (due within 12 h, their
 * warning row in place), some overdue with every alert fired, and {@code crossing} jobs whose warning and
 * {@code crossing} whose breach (and escalation, {@code escalate-after} 0) fall due during the run, spread evenly over
 * it. Two {@link SlaScheduler}s on one Quartz cluster (as two dispatchers run them) sweep every {@code interval} on the
 * real clock; the first is stopped and started again half-way. Then it prints, from {@code job_event} and
 * {@code outbox}: flags missed and duplicated, each flag's lateness after its due time (commit time, p50/p99/max), the
 * sweeps (count, mean and max duration, from {@link SlaSweeper#SWEEPS}), the CPU PostgreSQL and this JVM spent per
 * sweep (from /proc, helpers shared with {@link ClaimBenchmark}), the plans of the sweep's statements at the end
 * ({@link SlaSweeper#explain}) and the machine.
 *
 * <pre>
 * java -cp ... org.restockradar.dispatch.bench.SlaSweepBenchmark [jobs=1000000] [crossing=10000] [run seconds=240]
 *     [interval seconds=30, dispatch.sla-sweep-interval's default]
 * </pre>
 */
public final class SlaSweepBenchmark {
    private static final Duration WARN_BEFORE = Duration.ofHours(12);
    private static final Duration CHECK_IN = Duration.ofSeconds(15);
    /** The first crossing is this long after the sweepers start, the last this long before the run ends. */
    private static final Duration LEAD = Duration.ofSeconds(20);
    private static final Duration TAIL = Duration.ofSeconds(100);

    private SlaSweepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int crossing = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Duration run = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 240);
        Duration interval = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 30);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("track_commit_timestamp", "on").start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            try (HikariDataSource database = TestPostgres.pool(url, 4)) {
                DispatchSchema.migrate(database);
                long loadStarted = System.nanoTime();
                Instant loaded = Instant.now();
                int background = jobs - 2 * crossing;
                int warned = background / 4;
                int overdue = background / 25;
                // Due after the run and its warning too: nothing to fire.
                seed(database, "later-", background - warned - overdue, loaded.plus(WARN_BEFORE).plus(run).plus(Duration.ofMinutes(10)),
                        Duration.ofHours(36).minus(run).minus(Duration.ofMinutes(10)), 0);
                // Warned already, due after the run.
                seed(database, "warned-", warned, loaded.plus(run).plus(Duration.ofMinutes(10)), WARN_BEFORE.minus(run).minus(Duration.ofMinutes(20)), 1);
                // Overdue: warned, breached and escalated already.
                seed(database, "overdue-", overdue, loaded.minus(Duration.ofHours(10)), Duration.ofHours(10).minus(Duration.ofMinutes(1)), 3);
                fired(database, "warned-", JobEvent.Kind.SLA_WARNING);
                for (JobEvent.Kind kind : List.of(JobEvent.Kind.SLA_WARNING, JobEvent.Kind.SLA_BREACH, JobEvent.Kind.ESCALATED)) {
                    fired(database, "overdue-", kind);
                }
                ClaimBenchmark.execute(database, "VACUUM ANALYZE");
                System.out.printf("loaded %d open jobs in %.1f s%n", background, (System.nanoTime() - loadStarted) / 1e9);

                // The crossings, relative to the start of the run: their warning, or their breach, falls due in it.
                Instant start = Instant.now();
                Duration spread = run.minus(LEAD).minus(TAIL);
                seed(database, "warn-", crossing, start.plus(LEAD).plus(WARN_BEFORE), spread, 0);
                seed(database, "breach-", crossing, start.plus(LEAD), spread, 1);
                fired(database, "breach-", JobEvent.Kind.SLA_WARNING);
                ClaimBenchmark.execute(database, "ANALYZE restock_job");
                ClaimBenchmark.execute(database, "ANALYZE sla_alert");

                String load = String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                long postmaster = ClaimBenchmark.parentOf(Long.parseLong(ClaimBenchmark.scalar(database, "SELECT pg_backend_pid()")));
                long[] serverBefore = ClaimBenchmark.cpuTicksOf(postmaster);
                long[] ownBefore = ClaimBenchmark.ownCpuTicks();
                Database db = new Database(url, "postgres", "postgres");
                SimpleMeterRegistry meters = new SimpleMeterRegistry();
                Clock clock = Clock.systemUTC();
                Instant runStarted = Instant.now();
                SlaScheduler second = SlaScheduler.start(db, sweeper(database, clock, meters), interval, CHECK_IN, meters);
                try {
                    SlaScheduler first = SlaScheduler.start(db, sweeper(database, clock, meters), interval, CHECK_IN, meters);
                    sleepUntil(start.plus(run.dividedBy(2)));
                    first.close();
                    System.out.printf("restarted the first dispatcher's scheduler at +%d s%n", Duration.between(start, Instant.now()).toSeconds());
                    first = SlaScheduler.start(db, sweeper(database, clock, meters), interval, CHECK_IN, meters);
                    sleepUntil(start.plus(run));
                    first.close();
                } finally {
                    second.close();
                }
                double seconds = Duration.between(runStarted, Instant.now()).toMillis() / 1000.0;
                long[] server = ClaimBenchmark.minus(ClaimBenchmark.cpuTicksOf(postmaster), serverBefore);
                long[] own = ClaimBenchmark.minus(ClaimBenchmark.ownCpuTicks(), ownBefore);

                report(database, crossing, start);
                Timer sweeps = meters.get(SlaSweeper.SWEEPS).timer();
                System.out.printf("sweeps: %d in %.0f s, every %d s; duration mean %.0f ms, max %.0f ms%n", sweeps.count(), seconds,
                        interval.toSeconds(), sweeps.mean(TimeUnit.MILLISECONDS), sweeps.max(TimeUnit.MILLISECONDS));
                System.out.printf("CPU per sweep (all the run's CPU over the sweeps): PostgreSQL %s, this JVM %s%n",
                        msEach(server, sweeps.count()), msEach(own, sweeps.count()));
                SlaSweeper explaining = sweeper(database, clock, new SimpleMeterRegistry());
                for (JobEvent.Kind kind : List.of(JobEvent.Kind.SLA_WARNING, JobEvent.Kind.SLA_BREACH, JobEvent.Kind.ESCALATED)) {
                    System.out.printf("plan of the %s statement, now:%n%s", kind, explaining.explain(kind));
                }
                System.out.printf("%d open jobs (%d warned before, %d overdue before, %d warnings and %d breaches due in the run); "
                                + "PostgreSQL %s, pool 4; JVM %s; %d cores; load average before %s%n",
                        ClaimBenchmark.count(database, "SELECT count(*) FROM restock_job"), warned, overdue, crossing, crossing,
                        ClaimBenchmark.scalar(database, "SHOW server_version"), System.getProperty("java.version"),
                        Runtime.getRuntime().availableProcessors(), load);
            }
        }
    }

    private static SlaSweeper sweeper(HikariDataSource database, Clock clock, SimpleMeterRegistry meters) {
        return new SlaSweeper(database, clock, WARN_BEFORE, Duration.ZERO, SlaSweeper.AlertHook.NONE, meters);
    }

    /**
     * Open jobs {@code prefix1 ...}, reported, due evenly from {@code firstDue} over {@code spread}, having had
     * {@code alerts} alerts (their {@code sla_stage}; {@link #fired} writes their rows).
     */
    private static void seed(HikariDataSource database, String prefix, int jobs, Instant firstDue, Duration spread, int alerts)
            throws Exception {
        try (Connection connection = database.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO restock_job (outlet_id, outlet_name, city, locality, brand, sku, product_key, status,
                                         created_at, first_reported_at, due_at, report_count, updated_at, sla_stage)
                SELECT t.prefix || g, 'Outlet ' || g, 'Pune', 'Locality ' || (g % 8), 'Hippo', 'SKU', 'SKU', 'reported',
                       t.first_due - interval '48 hours', t.first_due - interval '48 hours',
                       t.first_due + (g - 1) * t.step, 1, t.first_due, t.stage
                FROM (SELECT ?::text AS prefix, ?::timestamptz AS first_due, ? * interval '1 microsecond' AS step, ?::smallint AS stage) t,
                     generate_series(1, ?) AS g
                """)) {
            insert.setString(1, prefix);
            insert.setObject(2, OffsetDateTime.ofInstant(firstDue, ZoneOffset.UTC));
            insert.setLong(3, TimeUnit.NANOSECONDS.toMicros(spread.toNanos()) / Math.max(1, jobs));
            insert.setInt(4, alerts);
            insert.setInt(5, jobs);
            insert.executeUpdate();
        }
    }

    /** The alert rows of jobs whose alert fired before the run. */
    private static void fired(HikariDataSource database, String prefix, JobEvent.Kind kind) throws Exception {
        try (Connection connection = database.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO sla_alert (job_id, kind, fired_at, event_id)
                SELECT id, ?, now(), gen_random_uuid() FROM restock_job WHERE outlet_id LIKE ? || '%'
                """)) {
            insert.setString(1, kind.name());
            insert.setString(2, prefix);
            insert.executeUpdate();
        }
    }

    /** Misses, duplicates and lateness of the flags due in the run, from the history rows and the outbox. */
    private static void report(HikariDataSource database, int crossing, Instant start) throws Exception {
        for (String[] flag : List.of(new String[] {"warn-", "SLA_WARNING", "interval '12 hours'"},
                new String[] {"breach-", "SLA_BREACH", "interval '0'"}, new String[] {"breach-", "ESCALATED", "interval '0'"})) {
            String jobsOf = "SELECT id, due_at FROM restock_job WHERE outlet_id LIKE '" + flag[0] + "%'";
            long missed = ClaimBenchmark.count(database, "SELECT count(*) FROM (" + jobsOf + ") j WHERE NOT EXISTS "
                    + "(SELECT 1 FROM job_event e WHERE e.job_id = j.id AND e.kind = '" + flag[1] + "')");
            long duplicates = ClaimBenchmark.count(database, "SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) n FROM job_event "
                    + "WHERE kind = '" + flag[1] + "' GROUP BY job_id HAVING count(*) > 1) d");
            long outboxDuplicates = ClaimBenchmark.count(database, "SELECT count(*) - count(DISTINCT e.job_id) FROM outbox o "
                    + "JOIN job_event e ON e.event_id = o.event_id WHERE e.kind = '" + flag[1] + "'");
            long others = ClaimBenchmark.count(database, "SELECT count(*) FROM job_event e WHERE kind = '" + flag[1] + "' AND NOT EXISTS "
                    + "(SELECT 1 FROM restock_job j WHERE j.id = e.job_id AND j.outlet_id LIKE '" + flag[0] + "%')");
            List<Double> lateness = new ArrayList<>();
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT extract(epoch FROM pg_xact_commit_timestamp(e.xmin) - (j.due_at - "
                         + flag[2] + ")) FROM job_event e JOIN (" + jobsOf + ") j ON j.id = e.job_id WHERE e.kind = '" + flag[1]
                         + "' ORDER BY 1")) {
                while (rows.next()) {
                    lateness.add(rows.getDouble(1));
                }
            }
            System.out.printf("%-11s: %d due in the run, %d flagged, %d missed, %d duplicated (outbox %d), %d fired for jobs not due in the run; "
                            + "lateness after due, at commit: p50 %s, p99 %s, max %s%n", flag[1], crossing, lateness.size(), missed, duplicates,
                    outboxDuplicates, others, seconds(lateness, 0.50), seconds(lateness, 0.99), seconds(lateness, 1.0));
        }
    }

    private static String seconds(List<Double> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return "-";
        }
        return String.format("%.1f s", sorted.get((int) Math.max(0, Math.ceil(quantile * sorted.size()) - 1)));
    }

    /** CPU ticks {user, system} (1/100 s each, from /proc) as milliseconds of user + system time per sweep. */
    private static String msEach(long[] ticks, long sweeps) {
        return ticks.length == 0 || sweeps == 0 ? "unknown" : String.format("%.0f ms", (ticks[0] + ticks[1]) * 10.0 / sweeps);
    }

    private static void sleepUntil(Instant at) throws InterruptedException {
        long millis = Duration.between(Instant.now(), at).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
