package org.restockradar.benchmarks.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What PostgreSQL did on its own beside the run's statements, as counters read before and after a phase: checkpoints
 * started by time or by WAL volume ({@code pg_stat_checkpointer}, PostgreSQL 17), and autovacuum's vacuums and
 * analyzes of the application's tables ({@code pg_stat_user_tables}). A phase with one of them in it pays for it in
 * PostgreSQL's CPU per mention (docs/benchmarks.md, "Session 18").
 */
record PostgresActivity(long checkpoints, long autovacuums, long autoanalyzes) {
    static final String QUERY = "SELECT (SELECT num_timed + num_requested FROM pg_stat_checkpointer),"
            + " (SELECT coalesce(sum(autovacuum_count), 0) FROM pg_stat_user_tables),"
            + " (SELECT coalesce(sum(autoanalyze_count), 0) FROM pg_stat_user_tables)";

    /** The counters now (the statistics a backend has flushed; autovacuum's are flushed when each table is done). */
    static PostgresActivity read(Connection db) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(QUERY)) {
            rows.next();
            return new PostgresActivity(rows.getLong(1), rows.getLong(2), rows.getLong(3));
        }
    }

    /** What happened between {@code before} and this reading. */
    PostgresActivity since(PostgresActivity before) {
        return new PostgresActivity(checkpoints - before.checkpoints, autovacuums - before.autovacuums,
                autoanalyzes - before.autoanalyzes);
    }

    /** For the harness's log: "1 checkpoint, 0 autovacuums, 2 autoanalyzes". */
    String describe() {
        return count(checkpoints, "checkpoint") + ", " + count(autovacuums, "autovacuum") + ", " + count(autoanalyzes, "autoanalyze");
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
