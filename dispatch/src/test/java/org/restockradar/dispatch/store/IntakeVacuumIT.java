package org.restockradar.dispatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.embedded.testing.TestPostgres;

/**
 * When autovacuum takes up the tables every report writes (issue #16, docs/benchmarks.md "Session 20"): after a number
 * of rows written that does not grow with the table, so that each pass over a large table is the size of the writes
 * since the last one, and the costly analyzes come after a fixed number of rows rather than on every look at a young
 * table. The thresholds are read as autovacuum reads them: the table's storage parameters, else the server's settings.
 */
@Tag("integration")
final class IntakeVacuumIT {
    /** A table of the size a year of reports gives at the rate of outlets. */
    private static final double MILLION_ROWS = 1_000_000;

    private static HikariDataSource database;

    @BeforeAll
    static void startDatabase() {
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 2);
        DispatchSchema.migrate(database);
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @Test
    void shouldVacuumTheOutboxAfterTwoThousandDeadRowsWithoutThrottlingThePass() throws SQLException {
        assertThat(rowsBeforeVacuum("outbox", MILLION_ROWS)).isEqualTo(2_000);
        assertThat(option("outbox", "autovacuum_vacuum_cost_delay")).isEqualTo(0);
    }

    @Test
    void shouldLeaveTheOutboxsEmptiedPagesForTheNextRowsInsteadOfLockingTheQueueToCutThemOff() throws SQLException {
        assertThat(firstValue("SELECT option_value FROM pg_class c, pg_options_to_table(c.reloptions)"
                + " WHERE c.oid = 'outbox'::regclass AND option_name = 'vacuum_truncate'")).isEqualTo("false");
    }

    @Test
    void shouldVacuumTheJobsOfAMillionAfterAHundredthOfThemChangedNotAFifth() throws SQLException {
        assertThat(rowsBeforeVacuum("restock_job", MILLION_ROWS)).isLessThanOrEqualTo(11_000);
    }

    @Test
    void shouldVacuumEachTableOfAMillionRowsTheIntakeAppendsToAfterTheRowsOfSecondsNotAFifthOfTheTable() throws SQLException {
        for (String table : new String[] {"stockout_report", "job_event", "needs_location_report", "restock_job"}) {
            assertThat(newRowsBeforeVacuum(table, MILLION_ROWS)).as(table).isLessThanOrEqualTo(70_000);
        }
    }

    @Test
    void shouldAnalyzeTheReportsTheHistoryAndTheJobsAfterAHundredThousandRowsChangedEvenWhenYoung() throws SQLException {
        for (String table : new String[] {"stockout_report", "job_event", "needs_location_report", "restock_job"}) {
            // a young table of 20,000 rows: the default analyzed it after 2,050 rows changed, on every look at full speed
            assertThat(rowsBeforeAnalyze(table, 20_000)).as(table).isGreaterThanOrEqualTo(100_000);
        }
    }

    /** Dead rows before autovacuum vacuums {@code table} of {@code rows} rows: threshold + scale factor × rows. */
    private static double rowsBeforeVacuum(String table, double rows) throws SQLException {
        return option(table, "autovacuum_vacuum_threshold")
                + option(table, "autovacuum_vacuum_scale_factor") * rows;
    }

    /** Rows inserted since the last vacuum before autovacuum vacuums {@code table} of {@code rows} rows. */
    private static double newRowsBeforeVacuum(String table, double rows) throws SQLException {
        return option(table, "autovacuum_vacuum_insert_threshold")
                + option(table, "autovacuum_vacuum_insert_scale_factor") * rows;
    }

    /** Rows changed since the last analyze before autovacuum analyzes {@code table} of {@code rows} rows. */
    private static double rowsBeforeAnalyze(String table, double rows) throws SQLException {
        return option(table, "autovacuum_analyze_threshold")
                + option(table, "autovacuum_analyze_scale_factor") * rows;
    }

    private static String firstValue(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql);
                ResultSet rows = query.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /** The table's storage parameter {@code name}, else the server's setting of that name (in its base unit). */
    private static double option(String table, String name) throws SQLException {
        Map<String, String> options = new HashMap<>();
        try (Connection connection = database.getConnection();
                PreparedStatement reloptions = connection.prepareStatement(
                        "SELECT option_name, option_value FROM pg_class c, pg_options_to_table(c.reloptions)"
                                + " WHERE c.oid = ?::regclass")) {
            reloptions.setString(1, table);
            try (ResultSet rows = reloptions.executeQuery()) {
                while (rows.next()) {
                    options.put(rows.getString(1), rows.getString(2));
                }
            }
            if (options.containsKey(name)) {
                return Double.parseDouble(options.get(name));
            }
            try (PreparedStatement show = connection.prepareStatement("SELECT setting FROM pg_settings WHERE name = ?")) {
                show.setString(1, name);
                try (ResultSet rows = show.executeQuery()) {
                    rows.next();
                    return Double.parseDouble(rows.getString(1));
                }
            }
        }
    }
}
