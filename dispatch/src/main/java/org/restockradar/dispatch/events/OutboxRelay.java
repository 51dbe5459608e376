package org.restockradar.dispatch.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.restockradar.dbkit.store.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relays the outbox to Kafka: deletes a batch of the unsent rows, the first in id order, returning them, publishes
 * them in id order, then commits, all in one transaction holding a transaction-scoped advisory lock, so that with
 * several dispatchers (or two relays) exactly one relays at a time and each job's events reach the topic in the order
 * they were written. Rows are deleted once sent rather than marked (an {@code UPDATE} wrote a second version of every
 * row, and the table grew without end; the history is {@code job_event}). A failure or a crash before the commit rolls
 * the delete back and sends those rows again on the next round: delivery is at least once, and consumers drop repeats
 * by event id. Every row in the table is unsent: those marked sent by a relay before session 13 were deleted with
 * their column (migration V59).
 */
public final class OutboxRelay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    /** The advisory lock that makes one relay at a time; any constant unique to this use. */
    static final long LOCK_KEY = 0x5252_4f55_5442_4f58L;
    private static final String TRY_LOCK = "SELECT pg_try_advisory_xact_lock(?)";
    /**
     * The batch taken out of the outbox in one statement; it stays in the table until the transaction commits. Both of its
     * reads go by the primary key whatever the planner knows of the table: the first rows in key order under a limit,
     * then the rows whose key is in that array. (A join of the table with its first rows, as before, is planned on a new
     * table as a sequential scan and a sort of the whole queue, deleted rows included, and a server-side prepared
     * statement can keep that generic plan until an analyze: OutboxPlanIT.)
     */
    static final String TAKE_UNSENT = """
            DELETE FROM outbox
            WHERE id = ANY (ARRAY(SELECT id FROM outbox ORDER BY id LIMIT ?))
            RETURNING id, event_id, topic, record_key, payload
            """;

    private final DataSource dataSource;
    private final OutboxPublisher publisher;
    private final int batchSize;
    private ScheduledExecutorService loop;

    public OutboxRelay(DataSource dataSource, OutboxPublisher publisher, int batchSize) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        if (batchSize < 1) {
            throw new IllegalArgumentException("outbox batch size must be positive: " + batchSize);
        }
        this.batchSize = batchSize;
    }

    /** Relays every {@code interval} on a thread of its own until closed; a failed round is logged and tried again. */
    public synchronized OutboxRelay start(Duration interval) {
        if (loop != null) {
            throw new IllegalStateException("the outbox relay is running already");
        }
        loop = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dispatch-outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        loop.scheduleWithFixedDelay(this::drainQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void drainQuietly() {
        try {
            while (relayOnce() == batchSize) {
                // a full batch: there may be more waiting
            }
        } catch (RuntimeException e) {
            LOG.error("outbox relay round failed; the unsent rows are offered again next round", e);
        }
    }

    /**
     * One round: publishes up to a batch of unsent rows and deletes them.
     *
     * @return how many rows were relayed; 0 when there were none or another relay holds the lock
     */
    public int relayOnce() {
        try {
            return Transactions.inTransaction(dataSource, this::relay);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot relay the outbox: " + e.getMessage(), e);
        }
    }

    private int relay(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(TRY_LOCK)) {
            lock.setLong(1, LOCK_KEY);
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                if (!row.getBoolean(1)) {
                    return 0;
                }
            }
        }
        List<OutboxRecord> records = new ArrayList<>();
        try (PreparedStatement take = connection.prepareStatement(TAKE_UNSENT)) {
            take.setInt(1, batchSize);
            try (ResultSet rows = take.executeQuery()) {
                while (rows.next()) {
                    records.add(new OutboxRecord(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getBytes(5)));
                }
            }
        }
        if (records.isEmpty()) {
            return 0;
        }
        // RETURNING gives no order: the topic gets the rows in the order they were written.
        records.sort(Comparator.comparingLong(OutboxRecord::id));
        publisher.publish(records);
        LOG.debug("relayed {} outbox rows, up to id {}", records.size(), records.get(records.size() - 1).id());
        return records.size();
    }

    @Override
    public synchronized void close() {
        if (loop != null) {
            // Interrupting a round is safe: its transaction rolls back and its rows are sent by the next relay to run.
            loop.shutdownNow();
            try {
                if (!loop.awaitTermination(10, TimeUnit.SECONDS)) {
                    LOG.warn("outbox relay did not stop within 10 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            loop = null;
        }
    }
}
