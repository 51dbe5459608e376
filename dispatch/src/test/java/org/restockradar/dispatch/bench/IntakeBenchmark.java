package org.restockradar.dispatch.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Utils;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.Source;
import org.restockradar.contracts.StockoutReport;
import org.restockradar.contracts.Topics;
import org.restockradar.dispatch.crews.AutoAssigner;
import org.restockradar.dispatch.crews.Crew;
import org.restockradar.dispatch.crews.CrewStore;
import org.restockradar.dispatch.events.OutboxRelay;
import org.restockradar.dispatch.intake.DeadLetterSink;
import org.restockradar.dispatch.intake.ReportIntake;
import org.restockradar.dispatch.intake.ReportRecorder;
import org.restockradar.dispatch.needslocation.NeedsLocationIntake;
import org.restockradar.dispatch.needslocation.NeedsLocationStore;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.store.OpenedJobListener;

/**
 * The report intake load harness, run by hand (not a test): feeds {@code reports} encoded stock-out reports for
 * {@code outlets} outlets (round robin, so each outlet's later reports attach to its job; as many outlets as reports make
 * every report open a job, as most do under the load harness) in {@link #LOCALITIES} localities straight into
 * {@link ReportIntake} on a throwaway PostgreSQL with {@code fsync} and {@code synchronous_commit} on (as the laptop
 * default keeps them), each mode after a warm-up round on other mentions and on empty tables. Modes:
 * <ul>
 *   <li>{@code one-by-one}: {@link ReportIntake#handle}, one transaction per report (before issue #16);</li>
 *   <li>{@code batch}: {@link ReportIntake#handleAll} per poll of {@code batch} records, no opened-job listener;</li>
 *   <li>{@code uncovered}: the same with the auto-assigner as the service runs it and no crews (the load harness has
 *   none), so each new job is flagged uncovered with an event;</li>
 *   <li>{@code crews}: the same with one crew per locality covering it, room for every job, so each new job is assigned;</li>
 *   <li>{@code needs-location}: {@code 0.6 × reports} records of {@code stockout-reports.needs-location} (the share the
 *   load harness's stream has), {@link NeedsLocationIntake#handle} one by one (before session 10); figures per record;</li>
 *   <li>{@code needs-location-batch}: the same by poll ({@code handleAll}, the service since session 10);</li>
 *   <li>{@code service}: what the service runs at once, on two threads: the reports by poll with the auto-assigner and no
 *   crews, and beside them the needs-location records by poll; figures per report;</li>
 *   <li>{@code service-before}: the same with the needs-location records one by one, as before session 10 (this mode
 *   also runs on the classes of an earlier commit);</li>
 *   <li>{@code relay-delete}: mode {@code uncovered}, and after each poll the outbox relayed as the service does
 *   ({@link OutboxRelay}: the rows taken out with one {@code DELETE … RETURNING}, to a publisher that drops them);</li>
 * </ul>
 * Prints the rate, the CPU time PostgreSQL and this JVM spent per report (Linux {@code /proc}: a figure the machine's
 * other work does not inflate as it does the rate) and the machine; with
 * {@code -Dbench.pg=shared_preload_libraries=pg_stat_statements} also the statements that took the most time in each
 * measured round. Helpers shared with {@link ClaimBenchmark}. {@code -Dbench.jobs=N} starts each round with N open jobs of
 * other outlets (each with its report and history row, vacuumed and analyzed) instead of empty tables, and
 * {@code -Dbench.outlets=N} registers the outlets {@code OUT-0} … first: the plans and index depths of a full database
 * (rounds on emptied tables keep the generic plans of a never-analyzed table, see docs/benchmarks.md, session 15).
 *
 * <pre>
 * java -cp ... org.restockradar.dispatch.bench.IntakeBenchmark [reports=20000] [outlets=1000] [batch=500, Kafka's max.poll.records]
 *     [modes=one-by-one,batch] [workers=1]
 * </pre>
 *
 * <p>{@code workers} above 1 runs modes {@code batch}, {@code uncovered} and {@code crews} as that many consumers of the
 * report topic would (dispatch's {@code dispatch.intake-consumers}): the records spread over that many partitions by their
 * key, the outlet, as Kafka's default partitioner does, and each partition's polls taken in order on a thread of its own,
 * the threads at once.
 */
public final class IntakeBenchmark {
    private static final Instant T0 = Instant.parse("2026-12-06T09:00:00Z");
    /** Rows per relay round, as {@code DispatchService} relays them. */
    private static final int OUTBOX_BATCH = 500;
    private static final Serializer<StockoutReport> REPORTS = Topics.STOCKOUT_REPORTS.valueSerde().serializer();
    /** Localities the outlets are spread over, one crew each in mode {@code crews}. */
    static final int LOCALITIES = 40;
    /** Needs-location records per report under the load harness (29,262 to 46,793 in the run of 19:20 UTC, session 10). */
    private static final double NEEDS_LOCATION_SHARE = 0.6;
    /** Open jobs (each with its report and history row) already there when each round begins: {@code -Dbench.jobs}. */
    private static final int BACKGROUND_JOBS = Integer.getInteger("bench.jobs", 0);
    /** Outlets in dispatch's registry, the reports' among them ({@code -Dbench.outlets}; the load harness has a million). */
    private static final int REGISTERED_OUTLETS = Integer.getInteger("bench.outlets", 0);
    private static final DeadLetterSink NO_DEAD_LETTERS = letter -> {
        throw new IllegalStateException("no record of this harness is dead-lettered: " + letter);
    };

    /**
     * CPU time of the threads that hand the polls to the intake, within those calls: the intake's own work (decoding,
     * the driver's encoding and decoding, the events' JSON), without the JIT compilers' and the collector's threads that
     * the JVM's figure also counts (session 17).
     */
    private static final LongAdder POLLS_CPU_NANOS = new LongAdder();

    private IntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int outlets = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        List<String> modes = List.of((args.length > 3 ? args[3] : "one-by-one,batch").split(","));
        int workers = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        for (String setting : System.getProperty("bench.pg", "").split(",")) {
            if (!setting.isBlank()) {
                builder.setServerConfig(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
            }
        }
        try (EmbeddedPostgres postgres = builder.start()) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
            config.setPassword("postgres");
            config.setMaximumPoolSize(4);
            try (HikariDataSource database = new HikariDataSource(config)) {
                DispatchSchema.migrate(database);
                registerOutlets(database);
                String load = String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                long postmaster = ClaimBenchmark.parentOf(Long.parseLong(ClaimBenchmark.scalar(database, "SELECT pg_backend_pid()")));
                for (String mode : modes) {
                    Round warmUp = new Round(mode, records(Topics.STOCKOUT_REPORTS.name(), "warm-", warmUpReports(reports), outlets, workers), batch,
                            workers);
                    run(database, warmUp, () -> { });
                    Round measured = new Round(mode, records(Topics.STOCKOUT_REPORTS.name(), "m-", reports, outlets, workers), batch, workers);
                    boolean[] statementsKept = new boolean[1];
                    long[][] before = new long[3][];
                    double seconds = run(database, measured, () -> {
                        if (Boolean.getBoolean("bench.checkpoint")) {
                            // As a running server is after each checkpoint: every page's first change then logs the whole page.
                            ClaimBenchmark.execute(database, "CHECKPOINT");
                        }
                        // Taken once the round's tables are set up: the figures are the records' alone.
                        System.out.printf("%s: measured round from %s (for a profiler's time window)%n", mode, Instant.now());
                        statementsKept[0] = ClaimBenchmark.resetStatementStatistics(database);
                        before[0] = ClaimBenchmark.cpuTicksOf(postmaster);
                        before[1] = ClaimBenchmark.ownCpuTicks();
                        POLLS_CPU_NANOS.reset();
                        before[2] = wal(database);
                    });
                    long[] walWritten = wal(database);
                    for (int w = 0; w < walWritten.length; w++) {
                        walWritten[w] -= before[2][w];
                    }
                    boolean statements = statementsKept[0];
                    long[] serverBefore = before[0];
                    long[] ownBefore = before[1];
                    long[] server = ClaimBenchmark.minus(ClaimBenchmark.cpuTicksOf(postmaster), serverBefore);
                    long[] own = ClaimBenchmark.minus(ClaimBenchmark.ownCpuTicks(), ownBefore);
                    int units = measured.units();
                    System.out.printf("%-20s: %d %s, %d outlets, %d jobs (%d assigned, %d uncovered), %d needs-location rows: %.0f %s/s;"
                                    + " CPU per %s: PostgreSQL %s, this JVM %s (in the polls' calls %s)%n",
                            mode, units, measured.unit() + "s", outlets, ClaimBenchmark.count(database, "SELECT count(*) FROM restock_job"),
                            ClaimBenchmark.count(database, "SELECT count(*) FROM restock_job WHERE status = 'assigned'"),
                            ClaimBenchmark.count(database, "SELECT count(*) FROM restock_job WHERE uncovered"),
                            ClaimBenchmark.count(database, "SELECT count(*) FROM needs_location_report"), units / seconds, measured.unit(),
                            measured.unit(), microsEach(server, units), microsEach(own, units),
                            String.format("%.0f µs", POLLS_CPU_NANOS.sum() / 1_000.0 / units));
                    System.out.printf("%-20s: WAL per %s: %.1f records, %.2f full-page images, %.0f bytes%n", mode, measured.unit(),
                            walWritten[0] / (double) units, walWritten[1] / (double) units, walWritten[2] / (double) units);
                    if (statements) {
                        ClaimBenchmark.printStatementStatistics(database, 10, 90);
                    }
                }
                System.out.printf("batch %d, %d workers; PostgreSQL %s, fsync and synchronous_commit on, pool 4; JVM %s; %d cores;"
                                + " load average before %s%n",
                        batch, workers, ClaimBenchmark.scalar(database, "SHOW server_version"), System.getProperty("java.version"),
                        Runtime.getRuntime().availableProcessors(), load);
            }
        }
    }

    /**
     * The warm-up round's reports: {@code -Dbench.warmup} when given, else as many as the measured round's up to 5,000.
     * A short warm-up leaves the JIT compilers at work in the measured round: their CPU is then counted in the JVM's
     * figure per report (session 17: C2's thread was the JVM's busiest in a JFR of a 10,000-report round).
     */
    private static int warmUpReports(int reports) {
        String given = System.getProperty("bench.warmup");
        return given == null ? Math.min(reports, 5_000) : Integer.parseInt(given);
    }

    /** The server's WAL so far: {records, full-page images, bytes} ({@code pg_stat_wal}). */
    private static long[] wal(HikariDataSource database) throws Exception {
        String[] row = ClaimBenchmark.scalar(database, "SELECT wal_records || ',' || wal_fpi || ',' || wal_bytes FROM pg_stat_wal").split(",");
        return new long[] {Long.parseLong(row[0]), Long.parseLong(row[1]), Long.parseLong(row[2])};
    }

    /** What a round does once its tables are set up, just before its records are fed. */
    @FunctionalInterface
    private interface SetUp {
        void run() throws Exception;
    }

    /** A round of a mode: its report records, the polls they come in and the consumers that take them at once. */
    private record Round(String mode, List<ConsumerRecord<String, byte[]>> reports, int batch, int workers) {
        /** What the round's rate and CPU are per: the needs-location modes' records, else the reports. */
        String unit() {
            return mode.startsWith("needs-location") ? "needs-location record" : "report";
        }

        int units() {
            return reports.size();
        }
    }

    /** CPU ticks {user, system} (1/100 s each, from /proc) as microseconds of user + system time per unit. */
    private static String microsEach(long[] ticks, int units) {
        return ticks.length == 0 ? "unknown" : String.format("%.0f µs", (ticks[0] + ticks[1]) * 10_000.0 / units);
    }

    /**
     * Empties the tables, adds the background jobs, sets up the mode's crews, runs {@code atStart}, feeds the records and
     * returns the seconds the feeding took.
     */
    private static double run(HikariDataSource database, Round round, SetUp atStart) throws Exception {
        ClaimBenchmark.execute(database, "TRUNCATE sla_alert, outbox, job_event, stockout_report, job_photo, restock_job, needs_location_report,"
                + " crew_territory, crew_pincode, crew RESTART IDENTITY CASCADE");
        addBackgroundJobs(database);
        Clock clock = Clock.systemUTC();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        if (round.mode().equals("crews")) {
            List<Crew> crews = new ArrayList<>();
            for (int i = 0; i < LOCALITIES; i++) {
                crews.add(new Crew("van-" + i, "Van " + i, Crew.Kind.VAN, Set.of("pune|" + locality(i).toLowerCase()), 1_000_000,
                        LocalTime.of(0, 0), LocalTime.of(23, 59), true));
            }
            new CrewStore(database, clock).saveAll(crews);
        }
        OpenedJobListener onOpened = List.of("uncovered", "crews", "service", "service-before", "relay-delete").contains(round.mode())
                ? new AutoAssigner(25).listener()
                : OpenedJobListener.NONE;
        JobStore jobs = new JobStore(database, clock, Duration.ofHours(48), JobStore.DEFAULT_REOPEN_WINDOW, onOpened);
        ReportIntake intake = new ReportIntake(ReportRecorder.of(jobs), NO_DEAD_LETTERS, clock, meters);
        NeedsLocationIntake needsLocation = new NeedsLocationIntake(new NeedsLocationStore(database, jobs::record, clock), NO_DEAD_LETTERS,
                clock, meters);
        List<ConsumerRecord<String, byte[]>> reports = round.reports();
        int batch = round.batch();
        atStart.run();
        long started = System.nanoTime();
        switch (round.mode()) {
            case "one-by-one" -> reports.forEach(intake::handle);
            case "batch", "uncovered", "crews" -> byPartition(reports, batch, round.workers(), intake::handleAll);
            case "relay-delete" -> {
                OutboxRelay relay = new OutboxRelay(database, records -> { }, OUTBOX_BATCH);
                byPoll(reports, batch, poll -> {
                    intake.handleAll(poll);
                    while (relay.relayOnce() == OUTBOX_BATCH) {
                        // a full batch: there may be more waiting
                    }
                });
            }
            case "needs-location" -> needsLocation(reports).forEach(needsLocation::handle);
            case "needs-location-batch" -> byPoll(needsLocation(reports), batch, needsLocation::handleAll);
            case "service", "service-before" -> {
                ExecutorService threads = Executors.newFixedThreadPool(2);
                try {
                    List<ConsumerRecord<String, byte[]>> unplaced = records(Topics.NEEDS_LOCATION.name(), "n-",
                            (int) (reports.size() * NEEDS_LOCATION_SHARE), reports.size(), 1);
                    Future<?> located = threads.submit(() -> byPoll(reports, batch, intake::handleAll));
                    Future<?> unlocated = round.mode().equals("service")
                            ? threads.submit(() -> byPoll(unplaced, batch, needsLocation::handleAll))
                            : threads.submit(() -> unplaced.forEach(needsLocation::handle));
                    located.get();
                    unlocated.get();
                } finally {
                    threads.shutdown();
                }
            }
            default -> throw new IllegalArgumentException("no mode " + round.mode()
                    + ": one-by-one, batch, uncovered, crews, needs-location, needs-location-batch, service, service-before"
                    + " or relay-delete (relay-mark, the relay before session 13, went with the outbox's sent_at in session 19)");
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /**
     * The outlets {@code OUT-0} … in the registry, in the reports' localities, analyzed: the reports name registered outlets,
     * as under the load harness, so that the auto-assigner's look-ups find them.
     */
    private static void registerOutlets(HikariDataSource database) throws Exception {
        if (REGISTERED_OUTLETS > 0) {
            ClaimBenchmark.execute(database, """
                    INSERT INTO outlet (id, name, locality, city, lat, lon, updated_at)
                    SELECT 'OUT-' || i, 'Store OUT-' || i, 'Loc' || (i %% %d), 'Pune', 18.5 + (i %% 1000) / 10000.0, 73.8, now()
                    FROM generate_series(0, %d) AS i
                    ON CONFLICT (id) DO NOTHING""".formatted(LOCALITIES, REGISTERED_OUTLETS - 1));
            ClaimBenchmark.execute(database, "ANALYZE outlet");
        }
    }

    /**
     * Open jobs of other outlets, each with its report and its {@code OPENED} history row, analyzed, as a running service
     * has them: the statements' plans and index depths are then those of a full database, not of an empty one (whose
     * statistics, never analyzed within a round, make the planner scan whole tables).
     */
    private static void addBackgroundJobs(HikariDataSource database) throws Exception {
        if (BACKGROUND_JOBS == 0) {
            return;
        }
        ClaimBenchmark.execute(database, """
                INSERT INTO restock_job (outlet_id, outlet_name, city, locality, brand, sku, product_key, status, created_at,
                                         first_reported_at, due_at, report_count, updated_at, uncovered)
                SELECT 'BG-' || i, 'Background ' || i, 'Pune', 'Loc' || (i %% %d), 'Hippo', 'HIPPO-CHIPS-50G', 'HIPPO-CHIPS-50G',
                       'reported', now(), now() - interval '1 hour', now() + interval '47 hours', 1, now(), true
                FROM generate_series(1, %d) AS i""".formatted(LOCALITIES, BACKGROUND_JOBS));
        ClaimBenchmark.execute(database, """
                INSERT INTO stockout_report (mention_id, job_id, source, reporter_id, reporter_handle, text, reported_at, received_at)
                SELECT 'bg-' || id, id, 'x', 'bg-' || id, '@bg' || id, 'no Hippo chips at ' || outlet_id, first_reported_at, now()
                FROM restock_job""");
        ClaimBenchmark.execute(database, """
                INSERT INTO job_event (event_id, job_id, kind, to_status, actor, actor_role, detail, occurred_at)
                SELECT gen_random_uuid(), id, 'OPENED', 'reported', 'dispatch', 'system', jsonb_build_object('mention_id', 'bg-' || id), now()
                FROM restock_job""");
        ClaimBenchmark.execute(database, "VACUUM (ANALYZE) restock_job, stockout_report, job_event, outbox");
    }

    /**
     * The records of each partition by poll on a thread of the partition's own, all partitions at once, as one consumer per
     * partition takes them; on the calling thread when there is one partition.
     */
    private static void byPartition(List<ConsumerRecord<String, byte[]>> records, int batch, int partitions,
                                    java.util.function.Consumer<List<ConsumerRecord<String, byte[]>>> handler) throws Exception {
        if (partitions == 1) {
            byPoll(records, batch, handler);
            return;
        }
        List<List<ConsumerRecord<String, byte[]>>> ofPartition = new ArrayList<>();
        for (int i = 0; i < partitions; i++) {
            ofPartition.add(new ArrayList<>());
        }
        records.forEach(record -> ofPartition.get(record.partition()).add(record));
        ExecutorService threads = Executors.newFixedThreadPool(partitions);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (List<ConsumerRecord<String, byte[]>> partition : ofPartition) {
                running.add(threads.submit(() -> byPoll(partition, batch, handler)));
            }
            for (Future<?> one : running) {
                one.get();
            }
        } finally {
            threads.shutdown();
        }
    }

    private static void byPoll(List<ConsumerRecord<String, byte[]>> records, int batch,
                               java.util.function.Consumer<List<ConsumerRecord<String, byte[]>>> handler) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int from = 0; from < records.size(); from += batch) {
            long cpuBefore = threads.getCurrentThreadCpuTime();
            handler.accept(records.subList(from, Math.min(records.size(), from + batch)));
            POLLS_CPU_NANOS.add(threads.getCurrentThreadCpuTime() - cpuBefore);
        }
    }

    /** As many needs-location records as the round has reports: its rate and CPU are per record. */
    private static List<ConsumerRecord<String, byte[]>> needsLocation(List<ConsumerRecord<String, byte[]>> reports) {
        return records(Topics.NEEDS_LOCATION.name(), "n-", reports.size(), reports.size(), 1);
    }

    private static String locality(int outlet) {
        return "Loc" + (outlet % LOCALITIES);
    }

    /** The reports, keyed by outlet and each in the partition Kafka's default partitioner gives its key among {@code partitions}. */
    private static List<ConsumerRecord<String, byte[]>> records(String topic, String prefix, int reports, int outlets, int partitions) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(reports);
        for (int i = 0; i < reports; i++) {
            int outletIndex = i % outlets;
            String outlet = "OUT-" + outletIndex;
            StockoutReport report = new StockoutReport(prefix + i, Source.X, T0.plusMillis(i),
                    new Author("id-" + i, "@reporter" + i, null, null, null), "no Hippo chips at store " + outlet + " today",
                    "Hippo", "HIPPO-CHIPS-50G", outlet, "Store " + outlet, locality(outletIndex), "Pune", 0.9);
            int partition = Utils.toPositive(Utils.murmur2(outlet.getBytes(StandardCharsets.UTF_8))) % partitions;
            records.add(new ConsumerRecord<>(topic, partition, i, outlet, REPORTS.serialize(topic, report)));
        }
        return records;
    }
}
