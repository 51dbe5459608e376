package org.restockradar.dispatch.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.Source;
import org.restockradar.contracts.StockoutReport;
import org.restockradar.contracts.Topics;
import org.restockradar.dispatch.intake.ReportIntake;
import org.restockradar.dispatch.intake.ReportRecorder;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.dispatch.store.JobStore;

/**
 * The report intake load harness, run by hand (not a test): feeds {@code reports} encoded stock-out reports for
 * {@code outlets} outlets (round robin, so each outlet's later reports attach to its job) straight into
 * {@link ReportIntake} on a throwaway PostgreSQL with {@code fsync} and {@code synchronous_commit} on (as the laptop
 * default keeps them), once record by record ({@link ReportIntake#handle}, one transaction per report, as before
 * issue #16) and once in polls of {@code batch} records ({@link ReportIntake#handleAll}, one transaction and
 * set-based statements per poll), each after a warm-up round on other mentions and on empty tables. Helpers shared with
 * {@link ClaimBenchmark}. Prints reports per second for each, the CPU time PostgreSQL and this JVM spent per report
 * (Linux {@code /proc}: a figure the machine's other work does not inflate as it does the rate), and the machine. {@code modes} picks the rounds: the
 * one-by-one path did not change with the set-based one, so a busy machine's time can go to the batch alone.
 *
 * <pre>
 * java -cp ... org.restockradar.dispatch.bench.IntakeBenchmark [reports=20000] [outlets=1000] [batch=500, Kafka's max.poll.records]
 *     [modes=one-by-one,batch]
 * </pre>
 */
public final class IntakeBenchmark {
    private static final Instant T0 = Instant.parse("2026-12-06T09:00:00Z");
    private static final Serializer<StockoutReport> REPORTS = Topics.STOCKOUT_REPORTS.valueSerde().serializer();

    private IntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int outlets = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        List<String> modes = List.of((args.length > 3 ? args[3] : "one-by-one,batch").split(","));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start()) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
            config.setPassword("postgres");
            config.setMaximumPoolSize(4);
            try (HikariDataSource database = new HikariDataSource(config)) {
                DispatchSchema.migrate(database);
                Clock clock = Clock.systemUTC();
                ReportIntake intake = new ReportIntake(ReportRecorder.of(new JobStore(database, clock, Duration.ofHours(48))),
                        letter -> {
                            throw new IllegalStateException("no record of this harness is dead-lettered: " + letter);
                        }, clock, new SimpleMeterRegistry());
                String load = String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                long postmaster = ClaimBenchmark.parentOf(Long.parseLong(ClaimBenchmark.scalar(database, "SELECT pg_backend_pid()")));
                for (String mode : modes) {
                    run(database, intake, mode, records("warm-", Math.min(reports, 5_000), outlets), batch);
                    List<ConsumerRecord<String, byte[]>> measured = records("m-", reports, outlets);
                    long[] serverBefore = ClaimBenchmark.cpuTicksOf(postmaster);
                    long[] ownBefore = ClaimBenchmark.ownCpuTicks();
                    double perSecond = run(database, intake, mode, measured, batch);
                    long[] server = ClaimBenchmark.minus(ClaimBenchmark.cpuTicksOf(postmaster), serverBefore);
                    long[] own = ClaimBenchmark.minus(ClaimBenchmark.ownCpuTicks(), ownBefore);
                    System.out.printf("%-10s: %d reports, %d outlets, %d jobs: %.0f reports/s; CPU per report: PostgreSQL %s, this JVM %s%n",
                            mode, reports, outlets, ClaimBenchmark.count(database, "SELECT count(*) FROM restock_job"), perSecond,
                            microsEach(server, reports), microsEach(own, reports));
                }
                System.out.printf("batch %d; PostgreSQL %s, fsync and synchronous_commit on, pool 4; JVM %s; %d cores; load average before %s%n",
                        batch, ClaimBenchmark.scalar(database, "SHOW server_version"), System.getProperty("java.version"),
                        Runtime.getRuntime().availableProcessors(), load);
            }
        }
    }

    /** CPU ticks {user, system} (1/100 s each, from /proc) as microseconds of user + system time per report. */
    private static String microsEach(long[] ticks, int reports) {
        return ticks.length == 0 ? "unknown" : String.format("%.0f µs", (ticks[0] + ticks[1]) * 10_000.0 / reports);
    }

    /** Empties the tables, feeds the records and returns reports per second. */
    private static double run(HikariDataSource database, ReportIntake intake, String mode, List<ConsumerRecord<String, byte[]>> records,
                              int batch) throws Exception {
        ClaimBenchmark.execute(database, "TRUNCATE sla_alert, outbox, job_event, stockout_report, job_photo, restock_job RESTART IDENTITY");
        long started = System.nanoTime();
        if (mode.equals("batch")) {
            for (int from = 0; from < records.size(); from += batch) {
                intake.handleAll(records.subList(from, Math.min(records.size(), from + batch)));
            }
        } else {
            records.forEach(intake::handle);
        }
        return records.size() / ((System.nanoTime() - started) / 1e9);
    }

    private static List<ConsumerRecord<String, byte[]>> records(String prefix, int reports, int outlets) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(reports);
        for (int i = 0; i < reports; i++) {
            String outlet = "OUT-" + (i % outlets);
            StockoutReport report = new StockoutReport(prefix + i, Source.X, T0.plusMillis(i),
                    new Author("id-" + i, "@reporter" + i, null, null, null), "no Hippo chips at store " + outlet + " today",
                    "Hippo", "HIPPO-CHIPS-50G", outlet, "Store " + outlet, "Kothrud", "Pune", 0.9);
            records.add(new ConsumerRecord<>(Topics.STOCKOUT_REPORTS.name(), 0, i, outlet,
                    REPORTS.serialize(Topics.STOCKOUT_REPORTS.name(), report)));
        }
        return records;
    }
}
