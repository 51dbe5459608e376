package org.restockradar.dispatch.crews;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.dispatch.DispatchTables;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.embedded.testing.TestPostgres;

/**
 * The plan of the auto-assigner's read of a poll's new jobs where it is made for good: a server-side prepared statement
 * keeps the generic plan of its first executions, which in a new database come before autovacuum's first analyze.
 */
@Tag("integration")
final class AssignerPlanIT {
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
    void shouldReadTheNewJobsByTheirIdsNotByScanningTheTableWhenTheGenericPlanIsMadeOnANewTable() throws SQLException {
        String plan = DispatchTables.genericPlan(database, AutoAssigner.JOBS_AND_COVERING);

        assertThat(plan).doesNotContain("Seq Scan on restock_job").contains("Index Scan using restock_job_pkey");
    }
}
