package org.restockradar.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Settings;
import org.restockradar.dbkit.scheduling.ClusteredScheduler;

/**
 * Rewards schedules its gift run on a Quartz cluster of its own name, beside dispatch's on the same tables: an instance
 * of dispatch's cluster (dispatch alone, or rewards switched off) never holds it, so never fires it to skip it; and
 * dispatch's scheduler drops the gift run an older version left in its cluster.
 */
@Tag("integration")
final class RewardsSchedulerIT {
    private static final Duration CHECK_IN = Duration.ofSeconds(5);

    @Test
    void shouldKeepTheGiftRunInAClusterOfItsOwnNameAndDispatchsDropItsStaleCopy() throws Exception {
        try (RewardsFixture db = new RewardsFixture()) {
            db.createQuartzTables();
            try (ClusteredScheduler dispatch = ClusteredScheduler.start(db.server, "dispatch", CHECK_IN, Duration.ofSeconds(1), new SimpleMeterRegistry())) {
                // As an older version left it: the gift run in dispatch's cluster, beside the sweep.
                dispatch.scheduleCron(Rewards.TASK_GROUP, Rewards.GIFT_RUN, "0 0 9 ? * MON", () -> { });
                dispatch.scheduleCron("dispatch", "sla-sweep", "0 * * * * ?", () -> { });
                try (Rewards rewards = Rewards.start(RewardsSettings.from(Settings.of(Map.of())), db.server, db.clock,
                        Map.of("bootstrap.servers", "localhost:1"), CHECK_IN, new SimpleMeterRegistry())) {
                    assertThat(jobs(db)).contains("rewards|rewards.gift-run", "rewards|rewards.gift-announce", "dispatch|rewards.gift-run",
                            "dispatch|dispatch.sla-sweep");

                    dispatch.retainOnly("dispatch", "sla-sweep");

                    assertThat(jobs(db)).containsExactlyInAnyOrder("rewards|rewards.gift-run", "rewards|rewards.gift-announce", "dispatch|dispatch.sla-sweep");
                }
            }
        }
    }

    /** Each job of the Quartz tables as {@code scheduler|group.name}. */
    private static List<String> jobs(RewardsFixture db) throws SQLException {
        List<String> jobs = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl, "postgres", "postgres");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT sched_name, job_group, job_name FROM qrtz_job_details")) {
            while (rows.next()) {
                jobs.add(rows.getString(1) + "|" + rows.getString(2) + "." + rows.getString(3));
            }
        }
        return jobs;
    }
}
