package org.restockradar.rewards;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.restockradar.access.TokenStore;
import org.restockradar.contracts.Topics;
import org.restockradar.dbkit.jobcopy.JobCopy;
import org.restockradar.dbkit.scheduling.ClusteredScheduler;
import org.restockradar.dbkit.scheduling.ScheduledTasks;
import org.restockradar.dbkit.store.Database;
import org.restockradar.dbkit.store.Migrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rewards service, wired: its own tables in a schema of its own ({@code rewards.db.schema}, migrations in
 * {@code db/jobcopy} and {@code db/rewards} with a history of their own), the {@link RewardsConsumer} reading {@link Topics#JOB_EVENTS} into
 * the {@link Ledger}, the gift run and the {@link GiftAnnouncer} (writing {@link Topics#GIFT_EVENTS}) on the scheduled tasks it
 * is given (a clustered scheduler), and the services of
 * {@link RewardsApi}. It reads no other service's tables: everything it knows of jobs and reporters came on
 * {@code job-events}. Settings {@code rewards.*} ({@link RewardsSettings#SETTINGS}, docs/rewards.md).
 */
public final class Rewards implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Rewards.class);
    /**
     * The name of rewards' clustered scheduler: every instance that runs rewards, and only those, share it, so that a
     * gift run never fires on an instance without rewards (dispatch alone, or rewards switched off).
     */
    public static final String SCHEDULER_NAME = "rewards";
    /** The gift run's task on the scheduler: the group and the name. */
    static final String TASK_GROUP = "rewards";
    static final String GIFT_RUN = "gift-run";
    /** The task that announces queued gifts on gift-events, and how often it fires (a gift's message goes out within that). */
    static final String GIFT_ANNOUNCE = "gift-announce";
    private static final String ANNOUNCE_SCHEDULE = "0/10 * * * * ?";
    /** A gift run later than this is a misfire, run once at once (the cron trigger's instruction). */
    private static final Duration MISFIRE_THRESHOLD = Duration.ofMinutes(1);
    /** Connections of rewards' pool: the consumer, a gift run and a few API calls at once. */
    private static final int POOL_SIZE = 4;

    private final HikariDataSource dataSource;
    private final Ledger ledger;
    private final Gifts gifts;
    private final RewardsConsumer consumer;
    private final AutoCloseable scheduler;
    private final KafkaGiftPublisher publisher;

    private Rewards(HikariDataSource dataSource, Ledger ledger, Gifts gifts, RewardsConsumer consumer, AutoCloseable scheduler,
                    KafkaGiftPublisher publisher) {
        this.scheduler = scheduler;
        this.publisher = publisher;
        this.dataSource = dataSource;
        this.ledger = ledger;
        this.gifts = gifts;
        this.consumer = consumer;
    }

    /** The migrations of rewards' tables, in its schema: its copy of jobs and reports (dbkit's), then its own. */
    public static Migrations migrations(String schema) {
        return Migrations.inSchema("rewards", JobCopy.MIGRATIONS + ",classpath:db/rewards", schema);
    }

    /**
     * Migrates rewards' schema, starts the consumer and schedules the gift run on a clustered scheduler of rewards' own
     * ({@link #SCHEDULER_NAME}, Quartz's tables in the database's default schema). When a step fails, what was started is
     * closed again and the exception is thrown.
     *
     * @param database the PostgreSQL that holds rewards' schema
     * @param kafka    client properties without the {@code kafka.} prefix
     * @param checkIn  how often the scheduler instance tells its cluster it is alive
     * @param meters   the process's registry (the consumer's and the pool's meters)
     */
    public static Rewards start(RewardsSettings settings, Database database, Clock clock, Map<String, String> kafka, Duration checkIn,
                                MeterRegistry meters) {
        Objects.requireNonNull(settings, "settings");
        ClusteredScheduler scheduler = ClusteredScheduler.start(database, SCHEDULER_NAME, checkIn, MISFIRE_THRESHOLD, meters);
        try {
            return start(settings, database, clock, kafka, scheduler, scheduler, meters);
        } catch (RuntimeException e) {
            scheduler.close();
            throw e;
        }
    }

    private static Rewards start(RewardsSettings settings, Database database, Clock clock, Map<String, String> kafka, ScheduledTasks tasks,
                                 AutoCloseable scheduler, MeterRegistry meters) {
        HikariDataSource dataSource = database.pool("rewards-db", POOL_SIZE, settings.schema(), meters);
        KafkaGiftPublisher publisher = null;
        try {
            migrations(settings.schema()).migrate(dataSource);
            Ledger ledger = new Ledger(dataSource, clock, new FraudRules(settings.fraud()), settings.firstReporterCredit(),
                    settings.laterReporterCredit());
            Gifts gifts = new Gifts(dataSource, clock, settings.gifts());
            tasks.scheduleCron(TASK_GROUP, GIFT_RUN, settings.giftSchedule(), gifts::run);
            publisher = new KafkaGiftPublisher(kafka);
            GiftAnnouncer announcer = new GiftAnnouncer(dataSource, clock, settings.claimUrl(), publisher);
            tasks.scheduleCron(TASK_GROUP, GIFT_ANNOUNCE, ANNOUNCE_SCHEDULE, announcer::announce);
            RewardsConsumer consumer = RewardsConsumer.start(kafka, settings.groupId(), ledger, meters);
            LOG.info("rewards: credits {} to a job's first reporter and {} to each later one; gift runs on '{}'; tables in schema {}",
                    settings.firstReporterCredit(), settings.laterReporterCredit(), settings.giftSchedule(), settings.schema());
            return new Rewards(dataSource, ledger, gifts, consumer, scheduler, publisher);
        } catch (RuntimeException e) {
            if (publisher != null) {
                publisher.close();
            }
            dataSource.close();
            throw e;
        }
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

    /** Stops this scheduler instance (a gift run under way finishes), the consumer (what it handled is committed), the producer, then the pool. */
    @Override
    public void close() {
        try {
            scheduler.close();
        } catch (Exception e) {
            LOG.error("rewards' scheduler instance did not stop cleanly", e);
        }
        try {
            consumer.close();
            publisher.close();
        } finally {
            dataSource.close();
        }
    }
}
