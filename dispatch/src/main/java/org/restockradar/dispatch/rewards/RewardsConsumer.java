package org.restockradar.dispatch.rewards;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@link Topics#JOB_EVENTS} in the consumer group {@code rewards} (setting {@code rewards.group-id}) on a thread
 * of its own: a job changed to {@code verified} credits its reporters in the {@link Ledger}; a job failed
 * {@code shelf_full} runs the fraud rules on its reporters. Offsets are committed only after the ledger's transaction
 * has committed, so an event is handled at least once, and the ledger's unique (job, reporter) credit makes a repeat
 * write nothing. When the database is down it rewinds and tries the same events again with a growing pause; a record
 * that cannot be decoded is logged with its position and skipped (it can never succeed).
 */
public final class RewardsConsumer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RewardsConsumer.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
    private static final Duration FIRST_RETRY_DELAY = Duration.ofMillis(200);
    private static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(30);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final Consumer<String, byte[]> consumer;
    private final Deserializer<JobEvent> events = Topics.JOB_EVENTS.valueSerde().deserializer();
    private final Ledger ledger;
    private final Thread thread;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean running;
    private Duration retryDelay = FIRST_RETRY_DELAY;

    private RewardsConsumer(Map<String, Object> config, Ledger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.consumer = new KafkaConsumer<>(config, Topics.JOB_EVENTS.keySerde().deserializer(), new ByteArrayDeserializer());
        this.thread = new Thread(this::run, "rewards-job-events");
    }

    /**
     * Subscribes and starts polling.
     *
     * @param kafka   client properties without the {@code kafka.} prefix
     * @param groupId the consumer group (setting {@code rewards.group-id})
     */
    public static RewardsConsumer start(Map<String, String> kafka, String groupId, Ledger ledger) {
        Map<String, Object> config = new HashMap<>(kafka);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "rewards-" + groupId);
        // A new group starts at the beginning: jobs verified before rewards first ran earn their credits too.
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        RewardsConsumer rewards = new RewardsConsumer(config, ledger);
        rewards.running = true;
        rewards.thread.start();
        return rewards;
    }

    /** True from start until the loop has stopped. */
    public boolean isRunning() {
        return running;
    }

    /** What one event asks of the ledger; returns the credit entries written. Visible for the tests. */
    static int apply(JobEvent event, Ledger ledger) {
        if (event.kind() != JobEvent.Kind.STATUS_CHANGED) {
            return 0;
        }
        if ("verified".equals(event.toStatus())) {
            return ledger.credit(event.jobId(), event.eventId(), event.occurredAt());
        }
        if ("failed".equals(event.toStatus()) && FraudRules.SHELF_FULL.equals(event.reason())) {
            ledger.check(event.jobId());
        }
        return 0;
    }

    private void run() {
        try {
            consumer.subscribe(List.of(Topics.JOB_EVENTS.name()));
            LOG.info("rewards read {}", Topics.JOB_EVENTS);
            while (stopRequested.getCount() > 0) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL_TIMEOUT);
                if (!records.isEmpty()) {
                    handle(records);
                }
            }
        } catch (WakeupException e) {
            if (stopRequested.getCount() > 0) {
                LOG.error("rewards consumer woken up without being closed; it stops", e);
            }
        } catch (RuntimeException e) {
            LOG.error("rewards consumer stopped on an error it cannot pass; no credits until restarted", e);
        } finally {
            try {
                consumer.close(CloseOptions.timeout(CLOSE_TIMEOUT));
            } catch (RuntimeException e) {
                LOG.warn("rewards consumer did not close cleanly", e);
            } finally {
                running = false;
                LOG.info("rewards stopped reading {}", Topics.JOB_EVENTS);
            }
        }
    }

    private void handle(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                JobEvent event;
                try {
                    event = events.deserialize(record.topic(), record.value());
                } catch (RuntimeException e) {
                    LOG.error("job event {}-{}@{} cannot be decoded; skipped", record.topic(), record.partition(), record.offset(), e);
                    done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                    continue;
                }
                try {
                    apply(event, ledger);
                } catch (RuntimeException e) {
                    LOG.error("cannot take job event {} ({}-{}@{}) now; it and the events after it are offered again in {} ms",
                            event.eventId(), record.topic(), record.partition(), record.offset(), retryDelay.toMillis(), e);
                    rewind(records, done);
                    commit(done);
                    backOff();
                    return;
                }
                done.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        retryDelay = FIRST_RETRY_DELAY;
        commit(done);
    }

    private void rewind(ConsumerRecords<String, byte[]> records, Map<TopicPartition, OffsetAndMetadata> done) {
        for (TopicPartition partition : records.partitions()) {
            OffsetAndMetadata taken = done.get(partition);
            consumer.seek(partition, taken != null ? taken.offset() : records.records(partition).get(0).offset());
        }
    }

    private void commit(Map<TopicPartition, OffsetAndMetadata> done) {
        if (done.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(done);
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException e) {
            // The ledger has the credits; events read again write nothing.
            LOG.warn("offsets {} not committed; those job events will be read again and credit nothing new", done, e);
        }
    }

    private void backOff() {
        try {
            stopRequested.await(retryDelay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopRequested.countDown();
        }
        Duration doubled = retryDelay.multipliedBy(2);
        retryDelay = doubled.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : doubled;
    }

    /** Stops the loop and waits for the thread; what was handled is committed already. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stopRequested.countDown();
        consumer.wakeup();
        try {
            thread.join(CLOSE_TIMEOUT.multipliedBy(2).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("rewards consumer thread did not stop within {}", CLOSE_TIMEOUT.multipliedBy(2));
        }
    }
}
