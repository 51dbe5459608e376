package org.restockradar.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.restockradar.rewards.RewardsFixture.T0;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.dbkit.scheduling.ClusteredScheduler;

/**
 * The gift run as rewards schedules it on a clustered Quartz scheduler (what the wiring hands it: dispatch's in one
 * process): two instances fire it every second, and each reporter gets one gift.
 */
@Tag("integration")
final class GiftScheduleIT {
    private static final FraudLimits LOOSE = new FraudLimits(Duration.ofHours(24), 1000, 1000, 1000, Duration.ofSeconds(1), 1000,
            Duration.ofSeconds(1), 1000, 1000, 100);

    @Test
    void shouldQueueEachReportersGiftOnceAcrossTheClusterAndRepeatedFirings() throws Exception {
        try (RewardsFixture db = new RewardsFixture()) {
            Ledger ledger = new Ledger(db.database, db.clock, new FraudRules(LOOSE), 10, 4);
            for (String account : new String[] {"asha", "ravi"}) {
                long job = db.report(account, "OUT-" + account, "Pune", null, T0);
                db.verify(job, Duration.ofHours(1));
                ledger.record(db.last(job));
            }
            Gifts gifts = new Gifts(db.database, db.clock, new GiftRules(Duration.ofDays(7), 1, 1, Duration.ofDays(7), 1_000_000, 1, "hamper"));
            db.createQuartzTables();
            try (ClusteredScheduler one = ClusteredScheduler.start(db.server, "rewards-it", Duration.ofSeconds(5), Duration.ofSeconds(1), new SimpleMeterRegistry());
                 ClusteredScheduler two = ClusteredScheduler.start(db.server, "rewards-it", Duration.ofSeconds(5), Duration.ofSeconds(1), new SimpleMeterRegistry())) {
                one.scheduleCron(Rewards.TASK_GROUP, Rewards.GIFT_RUN, "* * * * * ?", gifts::run);
                two.scheduleCron(Rewards.TASK_GROUP, Rewards.GIFT_RUN, "* * * * * ?", gifts::run);

                await().atMost(Duration.ofSeconds(30)).until(() -> db.queryLong("SELECT count(*) FROM gift") == 2);
                await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                        .until(() -> db.queryLong("SELECT count(*) FROM gift") == 2);
            }
            assertThat(db.queryLong("SELECT count(DISTINCT reporter_id) FROM gift")).isEqualTo(2);
        }
    }
}
