package org.restockradar.rewards;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.Topics;
import org.restockradar.dbkit.consuming.ConsumerLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@link Topics#JOB_EVENTS} in the consumer group {@code rewards-service} (setting {@code rewards.group-id}) on a
 * thread of its own; a new group starts at the beginning of the topic whatever {@code kafka.auto.offset.reset} says, so
 * that its first start sees every job still open ({@link ConsumerLoop#earliestOnNewGroup}): each event's job facts and reports are kept in rewards' tables, a job changed to {@code verified}
 * credits its reporters in the {@link Ledger}, a job failed {@code shelf_full} runs the fraud rules on its reporters.
 * The loop is dbkit's committing consumer loop ({@link ConsumerLoop#inGroup}): offsets are committed only after the
 * ledger's transaction has committed, so an event is handled at least once, and the ledger's table of handled event ids
 * makes a repeat change nothing. When the database
 * is down it rewinds and tries the same events again with a growing pause; a record that cannot be decoded, or that has
 * no value (a tombstone), is logged with its position and skipped (it can never succeed).
 */
public final class RewardsConsumer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RewardsConsumer.class);

    private final ConsumerLoop loop;

    private RewardsConsumer(ConsumerLoop loop) {
        this.loop = loop;
    }

    /**
     * Subscribes and starts polling.
     *
     * @param kafka   client properties without the {@code kafka.} prefix
     * @param groupId the consumer group (setting {@code rewards.group-id})
     */
    public static RewardsConsumer start(Map<String, String> kafka, String groupId, Ledger ledger, MeterRegistry meters) {
        Objects.requireNonNull(ledger, "ledger");
        Deserializer<JobEvent> events = Topics.JOB_EVENTS.valueSerde().deserializer();
        return new RewardsConsumer(ConsumerLoop.inGroup("rewards", ConsumerLoop.earliestOnNewGroup(kafka), groupId, List.of(Topics.JOB_EVENTS),
                record -> handle(record, events, ledger), meters));
    }

    /** True from start until the loop has stopped. */
    public boolean isRunning() {
        return loop.isRunning();
    }

    /** What the loop does with one record; throws only when the ledger cannot be written. Visible for the tests. */
    static void handle(ConsumerRecord<String, byte[]> record, Deserializer<JobEvent> events, Ledger ledger) {
        if (record.value() == null) {
            // No one writes tombstones to job-events; one that appears says nothing about a job, and it can never succeed.
            LOG.warn("job event {}-{}@{} (key {}) has no value; skipped", record.topic(), record.partition(), record.offset(), record.key());
            return;
        }
        JobEvent event;
        try {
            event = events.deserialize(record.topic(), record.value());
        } catch (RuntimeException e) {
            LOG.error("job event {}-{}@{} cannot be decoded; skipped", record.topic(), record.partition(), record.offset(), e);
            return;
        }
        apply(event, ledger);
    }

    /** What one event asks of the ledger; returns the credit entries written. Visible for the tests. */
    static int apply(JobEvent event, Ledger ledger) {
        return ledger.record(event);
    }

    /** Stops the loop and waits for the thread; what was handled is committed already. */
    @Override
    public void close() {
        loop.close();
    }
}
