package org.restockradar.alerts;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.restockradar.access.TokenStore;
import org.restockradar.contracts.Topics;
import org.restockradar.dbkit.jobcopy.JobCopy;
import org.restockradar.dbkit.store.Database;
import org.restockradar.dbkit.store.Migrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alerts to ops, wired: tables in a schema of their own ({@code alerts.db.schema}; migrations {@code db/jobcopy} and
 * {@code db/alerts} with a history of their own), the {@link AlertsConsumer} reading {@link Topics#JOB_EVENTS} into
 * the {@link AlertPlanner}, and a send loop ({@link AlertSender}) through the channels configured: an incoming webhook
 * ({@link WebhookChannel}) and email ({@link EmailChannel}); what ops were told of a job on {@link AlertsApi}. Writes no topic
 * and reads no other service's tables.
 * Settings {@code alerts.*} ({@link AlertsSettings}); off until a channel is configured.
 */
public final class Alerts implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Alerts.class);
    /** Connections of the alerts' pool: the consumer and a send round. */
    private static final int POOL_SIZE = 2;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final HikariDataSource dataSource;
    private final AlertsConsumer consumer;
    private final AlertSender sender;
    private final ScheduledExecutorService loop;

    private Alerts(HikariDataSource dataSource, AlertsConsumer consumer, AlertSender sender, ScheduledExecutorService loop) {
        this.dataSource = dataSource;
        this.consumer = consumer;
        this.sender = sender;
        this.loop = loop;
    }

    /** The migrations of the alerts' tables, in their schema: the copy of jobs and reports (dbkit's), then their own. */
    public static Migrations migrations(String schema) {
        return Migrations.inSchema("alerts", JobCopy.MIGRATIONS + ",classpath:db/alerts", schema);
    }

    /**
     * Migrates the alerts' schema, then starts the consumer and the send loop. When a step fails, what was started is
     * closed again and the exception is thrown.
     *
     * @param kafka  Kafka client properties without the {@code kafka.} prefix
     * @param meters where alerts are counted ({@value AlertSender#METER}, per channel and outcome)
     */
    public static Alerts start(AlertsSettings settings, Database database, Clock clock, Map<String, String> kafka, MeterRegistry meters) {
        Objects.requireNonNull(settings, "settings");
        if (!settings.enabled()) {
            throw new IllegalArgumentException("alerts need a channel: set alerts.webhook.secret-url or alerts.email.smtp-host");
        }
        HikariDataSource dataSource = database.pool("alerts-db", POOL_SIZE, settings.schema(), meters);
        try {
            migrations(settings.schema()).migrate(dataSource);
            return start(settings, dataSource, clock, kafka, channels(settings, clock), meters);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    static List<AlertChannel> channels(AlertsSettings settings, Clock clock) {
        List<AlertChannel> channels = new ArrayList<>();
        settings.webhook().ifPresent(url -> channels.add(new WebhookChannel(url)));
        settings.email().ifPresent(config -> channels.add(new EmailChannel(config, clock)));
        return channels;
    }

    private static Alerts start(AlertsSettings settings, HikariDataSource dataSource, Clock clock, Map<String, String> kafka,
                                List<AlertChannel> channels, MeterRegistry meters) {
        AlertSender sender = new AlertSender(dataSource, clock, channels, settings.limits(), meters);
        AlertPlanner planner = new AlertPlanner(dataSource, clock, settings.kinds(), settings.channels(), settings.maxEventAge(),
                new AlertText(settings.opsPage()));
        AlertsConsumer consumer = AlertsConsumer.start(kafka, settings.groupId(), planner, meters);
        ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "alerts-send"));
        Duration interval = settings.sendInterval();
        loop.scheduleWithFixedDelay(() -> {
            try {
                AlertSender.Round round = sender.sendDue();
                if (round.claimed() > 0) {
                    LOG.debug("alert round: {}", round);
                }
            } catch (RuntimeException e) {
                LOG.error("alert send round failed; the next one runs in {}", interval, e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("alerts on: {} of job-events to {}; email {}; tables in schema {}", settings.kinds(), settings.channels(),
                settings.email().map(Object::toString).orElse("off"), settings.schema());
        return new Alerts(dataSource, consumer, sender, loop);
    }

    /**
     * The ops route's needs, for {@link AlertsApi#register}.
     *
     * @param requestsPerMinute the rate limit of every authenticated route (setting {@code http.rate-limit-per-minute})
     */
    public AlertsApi.Services api(TokenStore tokens, int requestsPerMinute) {
        return new AlertsApi.Services(tokens, new AlertLog(dataSource), requestsPerMinute);
    }

    /** The alerts' pool, for the tests. */
    DataSource dataSource() {
        return dataSource;
    }

    public boolean isRunning() {
        return consumer.isRunning();
    }

    /** Stops the send loop (a round under way finishes), the consumer, the channels, then the pool. */
    @Override
    public void close() {
        loop.shutdown();
        try {
            if (!loop.awaitTermination(CLOSE_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                LOG.warn("an alert round did not finish within {}; stopping it", CLOSE_WAIT);
                loop.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            loop.shutdownNow();
        }
        try {
            consumer.close();
        } finally {
            sender.closeChannels();
            dataSource.close();
        }
    }
}
