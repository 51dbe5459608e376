package org.restockradar.dispatch.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.restockradar.dispatch.crews.ClaimSeed;
import org.restockradar.dispatch.crews.Crew;
import org.restockradar.dispatch.crews.CrewStore;
import org.restockradar.dispatch.store.Job;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.store.Migrations;
import org.restockradar.dispatch.workflow.Actor;
import org.restockradar.dispatch.workflow.JobWorkflow;

/**
 * The claim load harness, run by hand (not a test): {@code crews} threads, one crew each, claim {@code jobs} seeded
 * jobs through {@link JobWorkflow#claimNext} on a throwaway PostgreSQL until none is left, after one warm-up round on
 * a separate batch. Latency is per call to {@code claimNext}, so it includes any wait for a pooled connection. Prints claims per second, latency percentiles, double claims and the machine.
 *
 * <pre>
 * java -cp ... org.restockradar.dispatch.bench.ClaimBenchmark [jobs=10000] [crews=64] [synchronous_commit=on] [pool=4, the dispatcher's default]
 * </pre>
 */
public final class ClaimBenchmark {
    private ClaimBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int crews = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        String synchronousCommit = args.length > 2 ? args[2] : "on";
        int poolSize = args.length > 3 ? Integer.parseInt(args[3]) : JobWorkflow.DEFAULT_CLAIM_CONCURRENCY;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", synchronousCommit).start()) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
            config.setPassword("postgres");
            config.setMaximumPoolSize(poolSize);
            try (HikariDataSource database = new HikariDataSource(config)) {
                Migrations.migrate(database);
                Clock clock = Clock.systemUTC();
                JobWorkflow workflow = new JobWorkflow(new JobStore(database, clock, Duration.ofHours(48)), clock, poolSize);
                List<Crew> all = ClaimSeed.crews(crews, Integer.MAX_VALUE / 2);
                new CrewStore(database, clock).saveAll(all);

                ClaimSeed.jobs(database, Math.max(5_000, jobs / 2), Instant.now()); // warm-up: JIT, plan caches, pool
                run(workflow, all);
                execute(database, "TRUNCATE sla_alert, outbox, job_event, stockout_report, job_photo, restock_job RESTART IDENTITY");

                ClaimSeed.jobs(database, jobs, Instant.now());
                execute(database, "VACUUM ANALYZE"); // statistics of the jobs to claim, as autovacuum keeps them
                long started = System.nanoTime();
                Result result = run(workflow, all);
                double seconds = (System.nanoTime() - started) / 1e9;

                long[] latencies = result.latenciesNanos();
                Arrays.sort(latencies);
                Set<Long> distinct = new HashSet<>(result.claimed());
                System.out.printf("claims: %d by %d crews in %.2f s = %.0f claims/s%n", result.claimed().size(), crews, seconds,
                        result.claimed().size() / seconds);
                System.out.printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n", ms(latencies, 0.50), ms(latencies, 0.90),
                        ms(latencies, 0.99), latencies[latencies.length - 1] / 1e6);
                System.out.printf("double claims: %d; jobs left unclaimed: %d%n", result.claimed().size() - distinct.size(),
                        count(database, "SELECT count(*) FROM restock_job WHERE status = 'reported'"));
                System.out.printf("PostgreSQL %s, synchronous_commit=%s, pool %d; JVM %s; %d cores (%s); load average before %s%n",
                        scalar(database, "SHOW server_version"), synchronousCommit, poolSize, System.getProperty("java.version"),
                        Runtime.getRuntime().availableProcessors(), cpuModel(), result.loadBefore());
            }
        }
    }

    private record Result(List<Long> claimed, long[] latenciesNanos, String loadBefore) {
    }

    private static Result run(JobWorkflow workflow, List<Crew> crews) throws Exception {
        String load = String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        ExecutorService pool = Executors.newFixedThreadPool(crews.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<long[][]>> futures = new ArrayList<>();
            for (Crew crew : crews) {
                Actor actor = Actor.crew("rep-" + crew.id(), crew.id());
                futures.add(pool.submit(() -> {
                    go.await();
                    List<long[]> mine = new ArrayList<>();
                    while (true) {
                        long start = System.nanoTime();
                        Optional<Job> job = workflow.claimNext(actor);
                        long took = System.nanoTime() - start;
                        if (job.isEmpty()) {
                            break;
                        }
                        mine.add(new long[] {job.get().id(), took});
                    }
                    return mine.toArray(new long[0][]);
                }));
            }
            go.countDown();
            List<Long> claimed = new ArrayList<>();
            List<Long> latencies = new ArrayList<>();
            for (Future<long[][]> future : futures) {
                for (long[] claim : future.get(30, TimeUnit.MINUTES)) {
                    claimed.add(claim[0]);
                    latencies.add(claim[1]);
                }
            }
            return new Result(claimed, latencies.stream().mapToLong(Long::longValue).toArray(), load);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static String cpuModel() throws IOException {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.exists(cpuinfo)) {
            return "unknown CPU";
        }
        return Files.readAllLines(cpuinfo, StandardCharsets.UTF_8).stream().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
    }

    private static void execute(HikariDataSource database, String sql) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(HikariDataSource database, String sql) throws Exception {
        return Long.parseLong(scalar(database, sql));
    }

    private static String scalar(HikariDataSource database, String sql) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
