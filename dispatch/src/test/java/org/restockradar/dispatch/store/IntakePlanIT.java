package org.restockradar.dispatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.embedded.testing.TestPostgres;

/**
 * The plan of the intake's look-up of the open jobs where it is made for good: a server-side prepared statement keeps
 * the generic plan of its first executions, which in a new database come before autovacuum's first analyze, on a
 * table the planner takes for ten pages.
 */
@Tag("integration")
public final class IntakePlanIT {
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
    void shouldLockTheOpenJobsByTheirKeysNotByScanningTheTableWhenTheGenericPlanIsMadeOnANewTable() throws SQLException {
        String plan = genericPlan(database, ReportBatch.LOCK_OPEN_JOBS);

        assertThat(plan).doesNotContain("Seq Scan on restock_job").contains("Index Scan using restock_job_one_open_per_product");
    }

    /**
     * The generic plan of a statement written with JDBC's {@code ?}: the plan a server-side prepared statement keeps once
     * it stops planning for each execution's values.
     */
    public static String genericPlan(HikariDataSource database, String sql) throws SQLException {
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
            try (ResultSet rows = statement.executeQuery("EXPLAIN EXECUTE probe(" + String.join(", ", Collections.nCopies(parameters, "NULL")) + ")")) {
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
