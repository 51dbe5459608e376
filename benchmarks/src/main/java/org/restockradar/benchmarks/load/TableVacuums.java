package org.restockradar.benchmarks.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One table the intake writes as autovacuum sees it after a phase ({@code pg_stat_user_tables}): its live and dead rows,
 * the vacuums and analyzes autovacuum has made of it since PostgreSQL started, and when the last vacuum ended. The
 * harness logs these for the intake's tables, beside {@link PostgresActivity}'s totals, so that a run says whether its
 * vacuums were small and often or one large pass (docs/benchmarks.md, "Session 20").
 */
record TableVacuums(String table, long liveRows, long deadRows, long autovacuums, long autoanalyzes, Instant lastAutovacuum) {
    /** The tables every report writes (dispatch's V60 sets their autovacuum thresholds). */
    static final List<String> INTAKE_TABLES = List.of("stockout_report", "restock_job", "job_event", "outbox", "needs_location_report");

    static final String QUERY = "SELECT relname, n_live_tup, n_dead_tup, autovacuum_count, autoanalyze_count, last_autovacuum"
            + " FROM pg_stat_user_tables WHERE relname IN ('" + String.join("', '", INTAKE_TABLES) + "') ORDER BY relname";

    static List<TableVacuums> read(Connection db) throws SQLException {
        List<TableVacuums> tables = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(QUERY)) {
            while (rows.next()) {
                Timestamp last = rows.getTimestamp(6);
                tables.add(new TableVacuums(rows.getString(1), rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5),
                        last == null ? null : last.toInstant()));
            }
        }
        return tables;
    }

    /** For the harness's log: "outbox 120 live, 3400 dead, 5 autovacuums (last 2026-12-08T00:11:19Z), 3 autoanalyzes". */
    String describe() {
        return table + " " + liveRows + " live, " + deadRows + " dead, " + autovacuums + " autovacuum" + (autovacuums == 1 ? "" : "s")
                + (lastAutovacuum == null ? "" : " (last " + lastAutovacuum + ")") + ", " + autoanalyzes + " autoanalyze"
                + (autoanalyzes == 1 ? "" : "s");
    }
}
