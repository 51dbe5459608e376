package org.restockradar.dispatch.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import javax.sql.DataSource;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.dispatch.store.EventIds;

/**
 * What the event rows of a poll cost PostgreSQL with and without the indexes on the event id (session 19, migrations V59
 * and V60), run by hand (not a test): one backend inserts a poll's history and outbox rows as the intake does (array
 * parameters, one statement per table, one transaction per poll) alternately into the tables as they are now and into
 * copies with the indexes dropped before (history: the unique event id; outbox: the unique event id and {@code (id)
 * WHERE sent_at IS NULL}), and reads the backend's own CPU time from {@code /proc} around each poll. Alternating poll by
 * poll puts both variants in the same minutes of a busy machine.
 *
 * <pre>
 * java -cp ... org.restockradar.dispatch.bench.EventRowsBenchmark [polls=2000] [history rows a poll=80] [outbox rows a poll=90]
 * </pre>
 */
public final class EventRowsBenchmark {
    private static final String[] VARIANTS = {"now", "before"};

    private EventRowsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int polls = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int historyRows = args.length > 1 ? Integer.parseInt(args[1]) : 80;
        int outboxRows = args.length > 2 ? Integer.parseInt(args[2]) : 90;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start()) {
            DataSource database = postgres.getPostgresDatabase();
            DispatchSchema.migrate(database);
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("""
                        INSERT INTO restock_job (outlet_id, outlet_name, brand, product_key, created_at, first_reported_at, due_at,
                                                 report_count, updated_at)
                        SELECT 'OUT-' || g, 'Shop ' || g, 'Hippo', 'HIPPO-CHIPS-50G', now(), now(), now() + interval '48 hours', 1, now()
                        FROM generate_series(1, 10000) g""");
                statement.execute("CREATE TABLE job_event_before (LIKE job_event INCLUDING ALL)");
                statement.execute("ALTER TABLE job_event_before ADD CONSTRAINT job_event_before_job FOREIGN KEY (job_id) REFERENCES restock_job (id),"
                        + " ADD CONSTRAINT job_event_before_id_unique UNIQUE (event_id)");
                statement.execute("CREATE TABLE outbox_before (LIKE outbox INCLUDING ALL)");
                statement.execute("ALTER TABLE outbox_before ADD COLUMN sent_at timestamptz, ADD CONSTRAINT outbox_before_event_unique UNIQUE (event_id)");
                statement.execute("CREATE INDEX outbox_before_unsent ON outbox_before (id) WHERE sent_at IS NULL");
                statement.execute("VACUUM ANALYZE restock_job");
                connection.setAutoCommit(false);
                long backend;
                try (ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
                    row.next();
                    backend = row.getLong(1);
                }
                connection.commit();
                long[] ticks = new long[VARIANTS.length];
                int[] done = new int[VARIANTS.length];
                for (int poll = 0; poll < 2 * polls; poll++) {
                    int variant = poll % 2;
                    String suffix = variant == 0 ? "" : "_before";
                    long before = cpuTicks(backend);
                    insertPoll(connection, suffix, poll, historyRows, outboxRows);
                    connection.commit();
                    // The relay's delete of the rows, as the service does after each poll, in the next transaction.
                    statement.execute("DELETE FROM outbox" + suffix);
                    connection.commit();
                    if (poll >= 200) {
                        ticks[variant] += cpuTicks(backend) - before;
                        done[variant]++;
                    }
                }
                for (int v = 0; v < VARIANTS.length; v++) {
                    System.out.printf("%-7s: %d polls of %d history and %d outbox rows: backend CPU %.0f µs a poll, %.1f µs an event row%n",
                            VARIANTS[v], done[v], historyRows, outboxRows, ticks[v] * 10_000.0 / done[v],
                            ticks[v] * 10_000.0 / done[v] / (historyRows + outboxRows));
                }
                // What a commit of one small row costs the backend, for scale: the poll's own transaction pays one.
                statement.execute("CREATE TABLE commit_probe (n int)");
                connection.commit();
                long probeBefore = cpuTicks(backend);
                for (int i = 0; i < polls; i++) {
                    statement.execute("INSERT INTO commit_probe VALUES (" + i + ")");
                    connection.commit();
                }
                System.out.printf("a transaction of one small row and its commit: backend CPU %.0f µs%n",
                        (cpuTicks(backend) - probeBefore) * 10_000.0 / polls);
                try (ResultSet row = statement.executeQuery("SELECT pg_size_pretty(pg_indexes_size('job_event')) || ' / '"
                        + " || pg_size_pretty(pg_indexes_size('job_event_before'))")) {
                    row.next();
                    System.out.println("history's indexes, now / before: " + row.getString(1));
                }
            }
        }
    }

    private static void insertPoll(Connection connection, String suffix, int poll, int historyRows, int outboxRows) throws SQLException {
        String[] ids = new String[historyRows];
        long[] jobs = new long[historyRows];
        String[] kinds = new String[historyRows];
        String[] details = new String[historyRows];
        String[] times = new String[historyRows];
        for (int i = 0; i < historyRows; i++) {
            ids[i] = EventIds.at(Instant.now()).toString();
            jobs[i] = 1 + (poll * 40L + i / 2) % 10_000;
            kinds[i] = i % 2 == 0 ? "OPENED" : "UNCOVERED";
            details[i] = "{\"mention_id\": \"m-" + poll + "-" + i + "\"}";
            times[i] = "2026-12-07T10:00:00.123456Z";
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO job_event%s (event_id, job_id, kind, to_status, actor, actor_role, detail, occurred_at)
                SELECT e.event_id, e.job_id, e.kind, 'reported', 'dispatch', 'system', e.detail, e.occurred_at
                FROM unnest(?::uuid[], ?::bigint[], ?::text[], ?::jsonb[], ?::timestamptz[])
                     WITH ORDINALITY AS e(event_id, job_id, kind, detail, occurred_at, position)
                ORDER BY e.position""".formatted(suffix))) {
            insert.setObject(1, ids);
            insert.setObject(2, jobs);
            insert.setObject(3, kinds);
            insert.setObject(4, details);
            insert.setObject(5, times);
            insert.executeUpdate();
        }
        String[] eventIds = new String[outboxRows];
        String[] keys = new String[outboxRows];
        byte[][] payloads = new byte[outboxRows][];
        for (int i = 0; i < outboxRows; i++) {
            eventIds[i] = EventIds.at(Instant.now()).toString();
            keys[i] = Long.toString(1 + (poll * 40L + i / 2) % 10_000);
            payloads[i] = new byte[900];
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO outbox%s (event_id, topic, record_key, payload, created_at)
                SELECT e.event_id, 'job-events', e.record_key, e.payload, now()
                FROM unnest(?::uuid[], ?::text[], ?::bytea[]) WITH ORDINALITY AS e(event_id, record_key, payload, position)
                ORDER BY e.position""".formatted(suffix))) {
            insert.setObject(1, eventIds);
            insert.setObject(2, keys);
            insert.setObject(3, payloads);
            insert.executeUpdate();
        }
    }

    /** User and system CPU ticks (1/100 s) of one process. */
    private static long cpuTicks(long pid) throws Exception {
        String[] fields = ClaimBenchmark.statFields(Path.of("/proc", Long.toString(pid), "stat"));
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
