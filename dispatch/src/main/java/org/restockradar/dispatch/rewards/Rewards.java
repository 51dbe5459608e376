package org.restockradar.dispatch.rewards;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.quartz.JobKey;
import org.restockradar.contracts.Topics;
import org.restockradar.dispatch.access.TokenStore;
import org.restockradar.dispatch.scheduling.SlaScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewards for reporters, wired inside dispatch: the {@link RewardsConsumer} reading {@link Topics#JOB_EVENTS} into the
 * {@link Ledger}, the gift run on dispatch's clustered Quartz scheduler, and the services of {@link RewardsApi}.
 * Settings {@code rewards.*} ({@link RewardsSettings#SETTINGS}, docs/rewards.md).
 */
public final class Rewards implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Rewards.class);
    /** The gift run's job on the scheduler. */
    public static final JobKey GIFT_RUN = JobKey.jobKey("gift-run", "rewards");

    private final Ledger ledger;
    private final Gifts gifts;
    private final RewardsConsumer consumer;

    private Rewards(Ledger ledger, Gifts gifts, RewardsConsumer consumer) {
        this.ledger = ledger;
        this.gifts = gifts;
        this.consumer = consumer;
    }

    /**
     * Starts the consumer and schedules the gift run.
     *
     * @param kafka     client properties without the {@code kafka.} prefix
     * @param scheduler dispatch's clustered Quartz scheduler
     */
    public static Rewards start(RewardsSettings settings, DataSource dataSource, Clock clock, Map<String, String> kafka, SlaScheduler scheduler,
                                MeterRegistry meters) {
        Objects.requireNonNull(settings, "settings");
        Ledger ledger = new Ledger(dataSource, clock, new FraudRules(settings.fraud()), settings.firstReporterCredit(),
                settings.laterReporterCredit());
        Gifts gifts = new Gifts(dataSource, clock, settings.gifts());
        scheduler.scheduleCron(GIFT_RUN, GiftRunJob.class, settings.giftSchedule(), GiftRunJob.GIFTS, gifts);
        RewardsConsumer consumer = RewardsConsumer.start(kafka, settings.groupId(), ledger, meters);
        LOG.info("rewards: credits {} to a job's first reporter and {} to each later one; gift runs on '{}'",
                settings.firstReporterCredit(), settings.laterReporterCredit(), settings.giftSchedule());
        return new Rewards(ledger, gifts, consumer);
    }

    public Ledger ledger() {
        return ledger;
    }

    public Gifts gifts() {
        return gifts;
    }

    public boolean isRunning() {
        return consumer.isRunning();
    }

    /** The services of the API routes. */
    public RewardsApi.Services api(TokenStore tokens, int requestsPerMinute) {
        return new RewardsApi.Services(tokens, ledger, gifts, requestsPerMinute);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
