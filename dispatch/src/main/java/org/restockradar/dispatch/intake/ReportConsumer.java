package org.restockradar.dispatch.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.restockradar.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a topic of stock-out reports ({@link Topics#STOCKOUT_REPORTS} by default) on a thread of its own and hands each record to a handler ({@link ReportIntake}).
 * Reads only committed records, never commits automatically, and commits a batch's offsets only after each of
 * its reports is in the database (or dead-lettered): at least once, which the idempotent store turns into
 * exactly one count per report. When the database is down it rewinds and tries the same records again with
 * a growing pause, polling in between so that it keeps its place in the group; it never skips a record.
 *
 * <p>Values are read as bytes and decoded by the intake with the catalogue's serde, so that an undecodable
 * record is dead-lettered like any other refused one instead of surfacing as an exception from {@code poll}.
 */
public final class ReportConsumer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReportConsumer.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
    private static final Duration FIRST_RETRY_DELAY = Duration.ofMillis(200);
    private static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(30);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    /** What the consumer does with each record; it throws for a failure that may pass (the record is offered again). */
    @FunctionalInterface
    public interface RecordHandler {
        void handle(ConsumerRecord<String, byte[]> record);
    }

    private final Consumer<String, byte[]> consumer;
    private final String topic;
    private final RecordHandler intake;
    private final Counter retries;
    private final Thread thread;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Map<TopicPartition, OffsetAndMetadata> uncommitted = new HashMap<>();
    private volatile boolean running;
    private Duration retryDelay = FIRST_RETRY_DELAY;

    private ReportConsumer(Map<String, Object> config, String topic, RecordHandler intake, MeterRegistry meters) {
        this.intake = Objects.requireNonNull(intake, "intake");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.consumer = new KafkaConsumer<>(config, Topics.STOCKOUT_REPORTS.keySerde().deserializer(), new ByteArrayDeserializer());
        this.retries = Counter.builder("dispatch.reports.retries")
                .description("Batches of reports offered again because the database or the dead-letter topic failed").tag("topic", topic).register(meters);
        this.thread = new Thread(this::run, "dispatch-consumer-" + topic);
    }

    /**
     * Subscribes and starts polling.
     *
     * @param kafka   client properties ({@code bootstrap.servers} and any others), without the {@code kafka.} prefix
     * @param groupId the consumer group (setting {@code dispatch.group-id})
     */
    public static ReportConsumer start(Map<String, String> kafka, String groupId, ReportIntake intake, MeterRegistry meters) {
        return start(kafka, groupId, Topics.STOCKOUT_REPORTS.name(), intake::handle, meters);
    }

    /**
     * Subscribes to another topic with a handler of its own (the needs-location reports; job events for rewards).
     *
     * @param groupId a group of its own per topic, so that the two consumers' offsets never mix
     */
    public static ReportConsumer start(Map<String, String> kafka, String groupId, String topic, RecordHandler handler, MeterRegistry meters) {
        Map<String, Object> config = consumerConfig(kafka, groupId);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "dispatch-" + topic);
        ReportConsumer reportConsumer = new ReportConsumer(config, topic, handler, meters);
        reportConsumer.running = true;
        reportConsumer.thread.start();
        return reportConsumer;
    }

    /** The passthrough properties, with what this consumer's guarantees rest on laid over them. */
    static Map<String, Object> consumerConfig(Map<String, String> kafka, String groupId) {
        Map<String, Object> config = new HashMap<>(kafka);
        config.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "dispatch-reports");
        // A new group starts at the beginning: reports written before dispatch first ran are jobs too.
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return config;
    }

    /** True from start until the loop has stopped, whether by {@link #close()} or by an error it could not pass. */
    public boolean isRunning() {
        return running;
    }

    private void run() {
        try {
            consumer.subscribe(List.of(topic));
            LOG.info("dispatch reads {}", topic);
            while (stopRequested.getCount() > 0) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL_TIMEOUT);
                if (!records.isEmpty()) {
                    handle(records);
                }
            }
        } catch (WakeupException e) {
            if (stopRequested.getCount() > 0) {
                LOG.error("consumer of {} woken up without being closed; it stops", topic, e);
            }
        } catch (RuntimeException e) {
            LOG.error("consumer of {} stopped on an error it cannot pass; nothing more is read from it until restarted", topic, e);
        } finally {
            try {
                commitOnStop();
                consumer.close(CloseOptions.timeout(CLOSE_TIMEOUT));
            } catch (RuntimeException e) {
                LOG.warn("consumer of {} did not close cleanly", topic, e);
            } finally {
                running = false;
                LOG.info("dispatch stopped reading {}", topic);
            }
        }
    }

    private void handle(ConsumerRecords<String, byte[]> records) {
        ConsumerRecord<String, byte[]> current = null;
        try {
            for (TopicPartition partition : records.partitions()) {
                for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                    current = record;
                    intake.handle(record);
                    uncommitted.put(partition, new OffsetAndMetadata(record.offset() + 1));
                }
            }
        } catch (RuntimeException e) {
            rewind(records);
            commit();
            retries.increment();
            LOG.error("cannot take record {}-{}@{} now; it and the records after it are offered again in {} ms",
                    current.topic(), current.partition(), current.offset(), retryDelay.toMillis(), e);
            backOff();
            return;
        }
        retryDelay = FIRST_RETRY_DELAY;
        commit();
    }

    /** Seeks every partition of the batch back to its first record not taken, so that the next poll offers it again. */
    private void rewind(ConsumerRecords<String, byte[]> records) {
        for (TopicPartition partition : records.partitions()) {
            OffsetAndMetadata taken = uncommitted.get(partition);
            long firstRecord = records.records(partition).get(0).offset();
            consumer.seek(partition, taken != null ? Math.max(taken.offset(), firstRecord) : firstRecord);
        }
    }

    private void commit() {
        if (uncommitted.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(uncommitted);
        } catch (WakeupException | InterruptException e) {
            throw e;
        } catch (KafkaException e) {
            // Rebalanced, broker away, timed out: harmless here, the reports are read again and found duplicates.
            LOG.warn("offsets {} not committed; those records will be read again and change nothing", uncommitted, e);
        }
        uncommitted.clear();
    }

    private void commitOnStop() {
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                commit();
                return;
            } catch (WakeupException e) {
                // close() woke the consumer while it was not polling, and this call took the wake-up: it is spent now.
                LOG.debug("commit on stop woken up (attempt {}); trying once more", attempt, e);
            } catch (RuntimeException e) {
                LOG.warn("offsets {} not committed on stop; those records will be read again and change nothing", uncommitted, e);
                return;
            }
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

    /** Stops the loop (waking it from {@code poll} or a pause), commits what was taken and waits for the thread. */
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
            LOG.warn("consumer of {} did not stop within {}", topic, CLOSE_TIMEOUT.multipliedBy(2));
        }
    }
}
