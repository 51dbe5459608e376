package org.restockradar.dispatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.dispatch.DispatchTables;
import org.restockradar.embedded.testing.TestPostgres;

/**
 * The plan of the intake's look-up of the open jobs where it is made for good: a server-side prepared statement keeps
 * the generic plan of its first executions, which in a new database come before autovacuum's first analyze, on a
 * table the planner takes for ten pages.
 */
@Tag("integration")
final class IntakePlanIT {
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
        String plan = DispatchTables.genericPlan(database, ReportBatch.LOCK_OPEN_JOBS);

        assertThat(plan).doesNotContain("Seq Scan on restock_job").contains("Index Scan using restock_job_one_open_per_product");
    }
}
