package org.restockradar.dispatch;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import javax.sql.DataSource;
import org.restockradar.embedded.testing.TestPostgres;

/** What the dispatch integration tests empty between tests, and the generic plan of a statement, in one place. */
public final class DispatchTables {
    /** The tables a report, its job and the job's history fill. */
    public static final String JOB_TABLES = "sla_alert, outbox, job_event, stockout_report, job_photo, restock_job";

    /** The tables of crews and where they work. */
    public static final String CREW_TABLES = "crew_territory, crew_pincode, crew";

    private DispatchTables() {
    }

    /** Empties the report, job and history tables and restarts their ids. */
    public static void emptyJobs(DataSource database) throws SQLException {
        TestPostgres.execute(database, "TRUNCATE " + JOB_TABLES + " RESTART IDENTITY");
    }

    /** Empties the report, job and history tables, the crews and the outlets, and restarts their ids. */
    public static void emptyJobsCrewsAndOutlets(DataSource database) throws SQLException {
        TestPostgres.execute(database, "TRUNCATE " + JOB_TABLES + ", " + CREW_TABLES + ", outlet RESTART IDENTITY CASCADE");
    }

    /**
     * The generic plan of a statement written with JDBC's {@code ?}: the plan a server-side prepared statement keeps once
     * it stops planning for each execution's values.
     */
    public static String genericPlan(DataSource database, String sql) throws SQLException {
        StringBuilder numbered = new StringBuilder();
        int parameters = 0;
        for (char c : sql.toCharArray()) {
            if (c == '?') {
                numbered.append('$').append(++parameters);
            } else {
                numbered.append(c);
            }
        }
        StringBuilder plan = new StringBuilder();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET plan_cache_mode = force_generic_plan");
            statement.execute("PREPARE probe AS " + numbered);
            try (ResultSet rows = statement.executeQuery(
                    "EXPLAIN EXECUTE probe(" + String.join(", ", Collections.nCopies(parameters, "NULL")) + ")")) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            } finally {
                statement.execute("DEALLOCATE probe");
                statement.execute("RESET plan_cache_mode");
            }
        }
        return plan.toString();
    }
}
