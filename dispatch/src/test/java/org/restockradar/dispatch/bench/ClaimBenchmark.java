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
import org.restockradar.access.Actor;
import org.restockradar.dispatch.crews.ClaimSeed;
import org.restockradar.dispatch.crews.Crew;
import org.restockradar.dispatch.crews.CrewStore;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.dispatch.store.Job;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.workflow.JobWorkflow;

/**
 * The claim load harness, run by hand (not a test): {@code crews} threads, one crew each, claim {@code jobs} seeded
 * jobs through {@link JobWorkflow#claimNext} on a throwaway PostgreSQL until none is left, after one warm-up round on
 * a separate batch. Latency is per call to {@code claimNext}, so it includes any wait for a pooled connection. Prints claims
 * per second, latency percentiles, double claims, the CPU that PostgreSQL and this JVM spent per claim (from /proc) and
 * the machine.
 *
 * <pre>
 * java -cp ... org.restockradar.dispatch.bench.ClaimBenchmark [jobs=10000] [crews=64] [synchronous_commit=on] [pool=4, the dispatcher's default]
 * </pre>
 * For experiments: {@code -Dbench.pg=name=value,...} sets server settings (with
 * {@code shared_preload_libraries=pg_stat_statements} it prints the costliest statements of the measured round), and
 * {@code -Dbench.sql="..."} runs a statement just before the measured round (for example an index to try), and
 * {@code -Dbench.localities=N} gives each crew N of the eight localities instead of two.
 */
public final class ClaimBenchmark {
    private static final int WARM_UP_CLAIMS = 20_000;
    private ClaimBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int crews = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        String synchronousCommit = args.length > 2 ? args[2] : "on";
        int poolSize = args.length > 3 ? Integer.parseInt(args[3]) : JobWorkflow.DEFAULT_CLAIM_CONCURRENCY;
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", synchronousCommit);
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
            config.setMaximumPoolSize(poolSize);
            try (HikariDataSource database = new HikariDataSource(config)) {
                DispatchSchema.migrate(database);
                Clock clock = Clock.systemUTC();
                JobWorkflow workflow = new JobWorkflow(new JobStore(database, clock, Duration.ofHours(48)), clock, poolSize);
                List<Crew> all = ClaimSeed.crews(crews, Integer.MAX_VALUE / 2, Integer.getInteger("bench.localities", 2));
                new CrewStore(database, clock).saveAll(all);

                // Warm-up: JIT, plan caches, pool. 5,000 claims left the JIT compiling through a 10,000-job round: this JVM
                // then used 0.4-0.5 ms of CPU per claim (0.16-0.2 once warm), taken from PostgreSQL on a 2-core machine.
                ClaimSeed.jobs(database, Math.max(WARM_UP_CLAIMS, jobs / 2), Instant.now());
                run(workflow, all);
                execute(database, "TRUNCATE sla_alert, outbox, job_event, stockout_report, job_photo, restock_job RESTART IDENTITY");

                ClaimSeed.jobs(database, jobs, Instant.now());
                execute(database, "VACUUM ANALYZE"); // statistics of the jobs to claim, as autovacuum keeps them
                if (System.getProperty("bench.sql") != null) {
                    execute(database, System.getProperty("bench.sql"));
                }
                boolean statements = resetStatementStatistics(database);
                long postmaster = Long.parseLong(scalar(database, "SELECT pg_backend_pid()"));
                postmaster = parentOf(postmaster);
                long[] cpuBefore = cpuTicksOf(postmaster);
                long[] ownBefore = ownCpuTicks();
                long started = System.nanoTime();
                Result result = run(workflow, all);
                double seconds = (System.nanoTime() - started) / 1e9;
                long[] serverCpu = minus(cpuTicksOf(postmaster), cpuBefore);
                long[] ownCpu = minus(ownCpuTicks(), ownBefore);

                long[] latencies = result.latenciesNanos();
                Arrays.sort(latencies);
                Set<Long> distinct = new HashSet<>(result.claimed());
                System.out.printf("claims: %d by %d crews in %.2f s = %.0f claims/s%n", result.claimed().size(), crews, seconds,
                        result.claimed().size() / seconds);
                System.out.printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n", ms(latencies, 0.50), ms(latencies, 0.90),
                        ms(latencies, 0.99), latencies[latencies.length - 1] / 1e6);
                System.out.printf("double claims: %d; jobs left unclaimed: %d%n", result.claimed().size() - distinct.size(),
                        count(database, "SELECT count(*) FROM restock_job WHERE status = 'reported'"));
                printCpu("PostgreSQL", serverCpu, seconds, result.claimed().size());
                printCpu("this JVM (crews, pool, driver)", ownCpu, seconds, result.claimed().size());
                if (statements) {
                    printStatementStatistics(database);
                }
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

    /** Resets pg_stat_statements when the server loads it ({@code -Dbench.pg=shared_preload_libraries=pg_stat_statements}). */
    static boolean resetStatementStatistics(HikariDataSource database) throws Exception {
        if (!scalar(database, "SHOW shared_preload_libraries").contains("pg_stat_statements")) {
            return false;
        }
        execute(database, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        execute(database, "SELECT pg_stat_statements_reset()");
        return true;
    }

    private static void printStatementStatistics(HikariDataSource database) throws Exception {
        printStatementStatistics(database, 5, 60);
    }

    /** The statements that took the most time since the reset, most first, each cut to {@code width} characters. */
    static void printStatementStatistics(HikariDataSource database, int limit, int width) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("""
                     SELECT calls, plans, mean_plan_time, mean_exec_time, left(regexp_replace(query, '\\s+', ' ', 'g'), %d) AS query
                     FROM pg_stat_statements ORDER BY total_exec_time + total_plan_time DESC LIMIT %d""".formatted(width, limit))) {
            while (row.next()) {
                System.out.printf("statement: %d calls, %d plans of %.3f ms, execute %.3f ms: %s%n", row.getLong(1), row.getLong(2), row.getDouble(3),
                        row.getDouble(4), row.getString(5));
            }
        }
    }

    /** Prints CPU use from /proc ticks {user, system} (1/100 s each); nothing where there is no /proc. */
    private static void printCpu(String who, long[] ticks, double seconds, int claims) {
        if (ticks.length == 0) {
            return;
        }
        System.out.printf("%s CPU: %.2f cores busy; per claim %.3f ms user + %.3f ms system%n", who, (ticks[0] + ticks[1]) / 100.0 / seconds,
                ticks[0] * 10.0 / claims, ticks[1] * 10.0 / claims);
    }

    static long[] minus(long[] after, long[] before) {
        return after.length == 0 || before.length == 0 ? new long[0] : new long[] {after[0] - before[0], after[1] - before[1]};
    }

    static long[] ownCpuTicks() throws IOException {
        Path stat = Path.of("/proc/self/stat");
        if (!Files.exists(stat)) {
            return new long[0];
        }
        String[] fields = statFields(stat);
        return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12])};
    }

    /** The parent of a process, from /proc; -1 where there is no /proc. */
    static long parentOf(long pid) throws IOException {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return -1;
        }
        String[] fields = statFields(stat);
        return Long.parseLong(fields[1]);
    }

    /** CPU ticks {user, system} used by the postmaster, its finished children and its live children (the server's backends). */
    static long[] cpuTicksOf(long postmaster) throws IOException {
        if (postmaster < 0) {
            return new long[0];
        }
        long[] ticks = new long[2];
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String[] fields = statFields(process.resolve("stat"));
                    long pid = Long.parseLong(process.getFileName().toString());
                    if (pid == postmaster) {
                        ticks[0] += Long.parseLong(fields[11]) + Long.parseLong(fields[13]);
                        ticks[1] += Long.parseLong(fields[12]) + Long.parseLong(fields[14]);
                    } else if (Long.parseLong(fields[1]) == postmaster) {
                        ticks[0] += Long.parseLong(fields[11]);
                        ticks[1] += Long.parseLong(fields[12]);
                    }
                } catch (IOException | RuntimeException gone) {
                    // a process that ended while listed
                }
            }
        }
        return ticks;
    }

    /** The fields of /proc/PID/stat after the command name: [0] state, [1] ppid, ... [11] utime, [12] stime, [13] cutime, [14] cstime. */
    static String[] statFields(Path stat) throws IOException {
        String line = Files.readString(stat, StandardCharsets.US_ASCII);
        return line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
    }

    static void execute(HikariDataSource database, String sql) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static long count(HikariDataSource database, String sql) throws Exception {
        return Long.parseLong(scalar(database, sql));
    }

    static String scalar(HikariDataSource database, String sql) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
