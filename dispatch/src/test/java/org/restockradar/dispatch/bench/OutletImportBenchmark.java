package org.restockradar.dispatch.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Outlet;
import org.restockradar.dispatch.outlets.OutletStore;
import org.restockradar.dispatch.store.DispatchSchema;

/**
 * Dispatch's copy of the outlet registry, loaded by hand (not a test): {@code outlets} generated outlets written once
 * one by one ({@link OutletStore#upsert}, one transaction each, as before issue #16's fix) and once in polls of
 * {@code batch} ({@link OutletStore#applyAll}, as {@code OutletConsumer} now does), each on empty tables of a
 * throwaway PostgreSQL with {@code fsync} and {@code synchronous_commit} on. Prints outlets per second for each.
 *
 * <pre>
 * java -cp ... org.restockradar.dispatch.bench.OutletImportBenchmark [outlets=20000] [batch=500, Kafka's max.poll.records]
 * </pre>
 */
public final class OutletImportBenchmark {
    private OutletImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int outlets = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        List<Outlet> registry = new ArrayList<>(outlets);
        for (int i = 0; i < outlets; i++) {
            registry.add(new Outlet("OUT-B-" + i, "Store " + i, "Road " + i + ", Kothrud, Pune 411038", "Kothrud", "Pune", "Maharashtra",
                    "India", new GeoPoint(18.5 + i * 1e-6, 73.8)));
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start()) {
            System.out.printf("machine: %d cores, %s, load %.2f%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf("one by one: %,.0f outlets/s%n", rate(postgres, "one_by_one", store -> registry.forEach(store::upsert), outlets));
            System.out.printf("polls of %d: %,.0f outlets/s%n", batch, rate(postgres, "batch", store -> {
                for (int from = 0; from < outlets; from += batch) {
                    store.applyAll(registry.subList(from, Math.min(outlets, from + batch)).stream()
                            .map(outlet -> new OutletStore.Change(outlet.outletId(), outlet, false)).toList());
                }
            }, outlets));
        }
    }

    private static double rate(EmbeddedPostgres postgres, String database, java.util.function.Consumer<OutletStore> load, int outlets)
            throws Exception {
        try (var connection = postgres.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", database));
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(2);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            DispatchSchema.migrate(pool);
            OutletStore store = new OutletStore(pool, Clock.systemUTC());
            long start = System.nanoTime();
            load.accept(store);
            return outlets / ((System.nanoTime() - start) / 1e9);
        }
    }
}
