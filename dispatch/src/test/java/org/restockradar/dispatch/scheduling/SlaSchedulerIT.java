package org.restockradar.dispatch.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.restockradar.dispatch.Reports.T0;
import static org.restockradar.dispatch.Reports.report;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.embedded.testing.MutableClock;
import org.restockradar.embedded.testing.TestPostgres;
import org.restockradar.dbkit.store.Database;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.dispatch.store.JobStore;

/** The sweep scheduled by Quartz's clustered JDBC JobStore: two dispatcher instances, and one restarted, escalate a job once. */
@Tag("integration")
final class SlaSchedulerIT {
    private static final Duration EVERY = Duration.ofMillis(200);
    private static final Duration CHECK_IN = Duration.ofSeconds(1);

    private static String url;
    private static HikariDataSource database;

    @BeforeAll
    static void startDatabase() {
        url = TestPostgres.freshDatabase();
        database = TestPostgres.pool(url, 8);
        DispatchSchema.migrate(database);
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @Test
    void shouldEscalateOnceWithTwoClusteredInstancesAndAfterARestart() throws SQLException {
        MutableClock clock = new MutableClock(T0);
        JobStore store = new JobStore(database, clock, Duration.ofHours(48));
        long overdue = store.record(report("x-1").reportedAt(T0).build()).jobId();
        clock.set(T0.plus(Duration.ofHours(49)));
        Database db = new Database(url, "postgres", "postgres");

        try (SlaScheduler first = SlaScheduler.start(db, new SlaSweeper(database, clock, Duration.ofHours(12), Duration.ZERO), EVERY, CHECK_IN, new SimpleMeterRegistry());
             SlaScheduler second = SlaScheduler.start(db, new SlaSweeper(database, clock, Duration.ofHours(12), Duration.ZERO), EVERY, CHECK_IN, new SimpleMeterRegistry())) {
            await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM job_event WHERE kind = 'ESCALATED'") == 1);
            assertThat(count("SELECT count(*) FROM qrtz_scheduler_state WHERE sched_name = 'dispatch'")).as("two instances in the cluster").isEqualTo(2);
            // A later job falls due while both run: it too is escalated once.
            long later = store.record(report("x-2").sku("SKU-2").reportedAt(T0.plus(Duration.ofHours(2))).build()).jobId();
            clock.set(T0.plus(Duration.ofHours(51)));
            await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM job_event WHERE kind = 'ESCALATED' AND job_id = " + later) == 1);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> count("SELECT count(*) FROM job_event WHERE kind = 'ESCALATED'") == 2);
        }

        // Restarted: it sweeps again (a third job falls due) and fires nothing already fired.
        long third = store.record(report("x-3").sku("SKU-3").reportedAt(T0.plus(Duration.ofHours(4))).build()).jobId();
        clock.set(T0.plus(Duration.ofHours(53)));
        try (SlaScheduler restarted = SlaScheduler.start(db, new SlaSweeper(database, clock, Duration.ofHours(12), Duration.ZERO), EVERY, CHECK_IN, new SimpleMeterRegistry())) {
            await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM job_event WHERE kind = 'ESCALATED' AND job_id = " + third) == 1);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                    .until(() -> count("SELECT count(*) FROM job_event WHERE kind IN ('SLA_WARNING', 'SLA_BREACH', 'ESCALATED')") == 9);
        }
        assertThat(count("SELECT count(*) FROM job_event WHERE job_id = " + overdue + " AND kind = 'ESCALATED'")).isEqualTo(1);
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
