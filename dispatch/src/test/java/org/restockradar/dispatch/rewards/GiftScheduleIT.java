package org.restockradar.dispatch.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.restockradar.dispatch.rewards.RewardsFixture.T0;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.dispatch.scheduling.SlaScheduler;
import org.restockradar.dispatch.scheduling.SlaSweeper;

/** The gift run on dispatch's clustered Quartz scheduler: two dispatchers fire it every second, and each reporter gets one gift. */
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
                ledger.credit(job, "event-" + job, db.clock.instant());
            }
            Gifts gifts = new Gifts(db.database, db.clock, new GiftRules(Duration.ofDays(7), 1, 1, Duration.ofDays(7), 1_000_000, 1, "hamper"));
            SlaScheduler.Database database = new SlaScheduler.Database(db.jdbcUrl, "postgres", "postgres");
            SlaSweeper sweeper = new SlaSweeper(db.database, db.clock, Duration.ofHours(12), Duration.ZERO);
            try (SlaScheduler one = SlaScheduler.start(database, sweeper, Duration.ofHours(1), Duration.ofSeconds(5));
                 SlaScheduler two = SlaScheduler.start(database, sweeper, Duration.ofHours(1), Duration.ofSeconds(5))) {
                one.scheduleCron(Rewards.GIFT_RUN, GiftRunJob.class, "* * * * * ?", GiftRunJob.GIFTS, gifts);
                two.scheduleCron(Rewards.GIFT_RUN, GiftRunJob.class, "* * * * * ?", GiftRunJob.GIFTS, gifts);

                await().atMost(Duration.ofSeconds(30)).until(() -> db.queryLong("SELECT count(*) FROM gift") == 2);
                await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                        .until(() -> db.queryLong("SELECT count(*) FROM gift") == 2);
            }
            assertThat(db.queryLong("SELECT count(DISTINCT reporter_id) FROM gift")).isEqualTo(2);
        }
    }
}
