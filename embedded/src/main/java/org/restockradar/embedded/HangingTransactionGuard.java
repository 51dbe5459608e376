package org.restockradar.embedded;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks for {@linkplain HangingTransactions hanging transactions} on the embedded broker now and then, beside it in
 * the process that owns it, and aborts them. After a {@code kill -9} of the broker a transaction was once left open
 * that no coordinator knew, and everything written after it on its partition stayed invisible to read_committed
 * readers (docs/reliability.md, F2): nothing else would ever end it.
 */
final class HangingTransactionGuard implements AutoCloseable {
    /** The longest pause between two looks; shorter when the broker allows only short transactions. */
    static final Duration MAX_INTERVAL = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(HangingTransactionGuard.class);

    private final Admin admin;
    private final HangingTransactions detector;
    private final ScheduledExecutorService scheduler;
    private final String bootstrapServers;
    private final AtomicLong aborted = new AtomicLong();

    private HangingTransactionGuard(String bootstrapServers, Duration maxTransactionTimeout, Clock clock) {
        this.bootstrapServers = bootstrapServers;
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "embedded-kafka-hanging-transactions",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000));
        this.detector = new HangingTransactions(admin, maxTransactionTimeout, clock);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "embedded-kafka-hanging-transactions");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts looking every {@link #interval(Duration)} for the broker at {@code bootstrapServers}. */
    static HangingTransactionGuard start(String bootstrapServers, Duration maxTransactionTimeout, Clock clock) {
        HangingTransactionGuard guard = new HangingTransactionGuard(bootstrapServers, maxTransactionTimeout, clock);
        long every = interval(maxTransactionTimeout).toMillis();
        guard.scheduler.scheduleWithFixedDelay(guard::look, every, every, TimeUnit.MILLISECONDS);
        return guard;
    }

    /** A quarter of the longest transaction the broker allows, at most {@link #MAX_INTERVAL}, at least a second. */
    static Duration interval(Duration maxTransactionTimeout) {
        Duration quarter = maxTransactionTimeout.dividedBy(4);
        if (quarter.compareTo(MAX_INTERVAL) > 0) {
            return MAX_INTERVAL;
        }
        return quarter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : quarter;
    }

    /** How many hanging transactions this guard has aborted. */
    long aborted() {
        return aborted.get();
    }

    private void look() {
        try {
            List<HangingTransactions.OpenTransaction> hanging = detector.abortHanging();
            aborted.addAndGet(hanging.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // The broker may be starting or stopping; the next look tries again.
            LOG.debug("Cannot look for hanging transactions on {} now", bootstrapServers, e);
        } catch (RuntimeException e) {
            LOG.warn("Looking for hanging transactions on {} failed; trying again later", bootstrapServers, e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("The look for hanging transactions on {} did not stop within 10 s", bootstrapServers);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        admin.close(Duration.ofSeconds(5));
    }
}
