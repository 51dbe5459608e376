package org.restockradar.dbkit.consuming;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.restockradar.contracts.Topic;
import org.restockradar.contracts.monitoring.KafkaMeters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one loop on which a service reads its topics into PostgreSQL: polls on a thread of its own and hands each record
 * to a {@link RecordHandler}. It runs in one of two ways:
 * <ul>
 *   <li>{@link #inGroup}: in a consumer group of its own, subscribed to one topic or several (in dispatch: the stock-out
 *   reports, the needs-location reports, job events for rewards, job events and mentions for replies). A new group
 *   starts at the beginning of its topics unless {@code auto.offset.reset} says otherwise. Offsets are committed only
 *   after each record before them has been handled — written to the database, dead-lettered or passed over by the
 *   handler: at least once, which the idempotent handlers turn into exactly one effect per record.
 *   {@link #inGroupByBatch} does the same but hands each poll's records at once to a {@link BatchHandler}, which writes
 *   them in one transaction (dispatch's stock-out reports); their offsets are committed after it returns. Given a number
 *   of consumers, it starts that many loops in the group ({@link ConsumerLoops}): the broker gives each its share of the
 *   partitions, so that the partitions' polls are written at once, each partition's still in order.</li>
 *   <li>{@link #fromBeginning}: without a consumer group, for a compacted topic whose idempotent upserts make reading
 *   it again correct and cheap (the outlet registry): assigns every partition of the topic, reads it from its start at
 *   each start and commits nothing. It waits for the topic's metadata first, since the broker may start after the service.</li>
 * </ul>
 * Either way it reads only committed records and never commits automatically. When the handler throws (the database
 * or the dead-letter topic is away), the loop seeks each partition of the batch back to its first record not handled,
 * commits what was handled (in a group), counts a retry and offers the same records again after a pause that doubles
 * from 200 ms up to 30 s; close wakes it from the pause. It never skips a record, so a record that can never succeed
 * (it does not decode) is for the handler to dead-letter or log and pass, not to throw for.
 *
 * <p>Values are read as bytes and decoded by the handler with the catalogue's serde, so that an undecodable record is
 * the handler's to refuse instead of surfacing as an exception from {@code poll}.
 *
 * <p>Names, from the {@code service} that runs the loop: thread {@code <service>-consumer-<topics>}, Kafka client id
 * {@code <service>-<topics>} (each with {@code -<n>} after it for the n-th of several consumers), and the counter
 * {@code <service>.reports.retries} tagged {@code topic} (the topic of the record that could not be taken): batches
 * offered again. The counter's name is the one it had in dispatch when only the
 * reports were read; dashboards keep it.
 */
public final class ConsumerLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConsumerLoop.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration FIRST_RETRY_DELAY = Duration.ofMillis(200);
    private static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(30);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    /**
     * What the loop does with each record. It returns once the record is taken for good (written, dead-lettered or
     * passed over) and throws for a failure that may pass (the database is away): the record is offered again.
     */
    @FunctionalInterface
    public interface RecordHandler {
        void handle(ConsumerRecord<String, byte[]> record);
    }

    /**
     * What the loop does with the records of one poll, for a reader that writes them in one transaction. It returns
     * once every record is taken for good and throws for a failure that may pass: the whole batch is offered again.
     * The records come partition by partition, each partition's in offset order.
     */
    @FunctionalInterface
    public interface BatchHandler {
        void handle(List<ConsumerRecord<String, byte[]>> records);
    }

    /** The service that reads, as the logs, the thread, the client id and the counter name it. */
    private final String service;
    private final Consumer<String, byte[]> consumer;
    private final List<String> topics;
    /** The consumer group, or null when the loop reads without one. */
    private final String groupId;
    /** Exactly one of the two is set. */
    private final RecordHandler handler;
    private final BatchHandler batchHandler;
    private final Map<String, Counter> retries = new HashMap<>();
    private final Thread thread;
    private final KafkaClientMetrics clientMetrics;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Per partition, the offset after the last record handled and not yet committed. */
    private final Map<TopicPartition, OffsetAndMetadata> handled = new HashMap<>();
    private volatile boolean running;
    private Duration retryDelay = FIRST_RETRY_DELAY;

    private ConsumerLoop(String service, String member, Map<String, Object> config, List<Topic<String, ?>> topics, RecordHandler handler,
                         BatchHandler batchHandler, MeterRegistry meters) {
        this.service = service;
        if ((handler == null) == (batchHandler == null)) {
            throw new IllegalArgumentException("a consumer loop needs a record handler or a batch handler, not both or neither");
        }
        this.handler = handler;
        this.batchHandler = batchHandler;
        this.topics = topics.stream().map(Topic::name).toList();
        this.groupId = (String) config.get(ConsumerConfig.GROUP_ID_CONFIG);
        // Every topic of the catalogue is keyed by a string with the same serde.
        Deserializer<String> keys = topics.get(0).keySerde().deserializer();
        this.consumer = new KafkaConsumer<>(config, keys, new ByteArrayDeserializer());
        String group = groupId == null ? KafkaMeters.NO_GROUP : groupId;
        for (String topic : this.topics) {
            retries.put(topic, Counter.builder(service + ".reports.retries")
                    .description("Batches offered again because a record's handler failed (database or dead-letter topic away)")
                    .tag("topic", topic).tag("group", group).register(meters));
        }
        // The consumer's own meters (lag, fetch rate, ...), tagged with its group so that lag can be read per group.
        this.clientMetrics = KafkaMeters.bindConsumer(consumer, groupId, meters);
        this.thread = new Thread(this::run, service + "-consumer-" + String.join("+", this.topics) + member);
    }

    /**
     * Subscribes in a consumer group and starts polling.
     *
     * @param service the service that reads, naming the thread, the client and the counter ({@code dispatch})
     * @param kafka   client properties ({@code bootstrap.servers} and any others), without the {@code kafka.} prefix
     * @param groupId a group of its own per reader (e.g. dispatch's setting {@code dispatch.group-id}), so that readers' offsets never mix
     * @param topics  the topics read, one or more
     */
    public static ConsumerLoop inGroup(String service, Map<String, String> kafka, String groupId, List<Topic<String, ?>> topics,
                                       RecordHandler handler, MeterRegistry meters) {
        if (groupId == null || groupId.isBlank()) {
            throw new IllegalArgumentException("a consumer group id is needed to read " + topics + ": '" + groupId + "'");
        }
        return start(service, "", consumerConfig(service, "", kafka, groupId, names(topics)), topics,
                Objects.requireNonNull(handler, "handler"), null, meters);
    }

    /**
     * The client properties with {@code auto.offset.reset=earliest}, whatever they said: for a reader whose group, when
     * new, must start at the beginning of its topics, so that its first start sees every record the topics still hold
     * (rewards and replies on {@code job-events}: every job still open). Its handler must be safe to run twice.
     */
    public static Map<String, String> earliestOnNewGroup(Map<String, String> kafka) {
        Map<String, String> config = new LinkedHashMap<>(kafka);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return Map.copyOf(config);
    }

    /**
     * As {@link #inGroup}, but hands the records of each poll to the handler at once (so that it can write them in one
     * transaction) and commits their offsets after it returns.
     */
    public static ConsumerLoop inGroupByBatch(String service, Map<String, String> kafka, String groupId, List<Topic<String, ?>> topics,
                                              BatchHandler handler, MeterRegistry meters) {
        if (groupId == null || groupId.isBlank()) {
            throw new IllegalArgumentException("a consumer group id is needed to read " + topics + ": '" + groupId + "'");
        }
        return start(service, "", consumerConfig(service, "", kafka, groupId, names(topics)), topics, null,
                Objects.requireNonNull(handler, "handler"), meters);
    }

    /**
     * As {@link #inGroupByBatch(String, Map, String, List, BatchHandler, MeterRegistry)}, with {@code consumers} loops in
     * the group, each with a thread and a Kafka client of its own, all handing their polls to the one handler (which must
     * then be safe to call from several threads at once). The broker shares the topics' partitions among them, so a
     * partition is read by one loop at a time and its records keep their order; more loops than partitions wait idle, ready
     * to take a partition over. One consumer is the same as the method without the count.
     *
     * @param consumers how many loops, at least 1
     */
    public static ConsumerLoops inGroupByBatch(String service, Map<String, String> kafka, String groupId, List<Topic<String, ?>> topics,
                                               int consumers, BatchHandler handler, MeterRegistry meters) {
        if (consumers < 1) {
            throw new IllegalArgumentException("a consumer group needs at least one consumer to read " + names(topics) + ": " + consumers);
        }
        if (consumers == 1) {
            return new ConsumerLoops(List.of(inGroupByBatch(service, kafka, groupId, topics, handler, meters)));
        }
        if (groupId == null || groupId.isBlank()) {
            throw new IllegalArgumentException("a consumer group id is needed to read " + topics + ": '" + groupId + "'");
        }
        Objects.requireNonNull(handler, "handler");
        List<ConsumerLoop> loops = new ArrayList<>(consumers);
        try {
            for (int n = 1; n <= consumers; n++) {
                String member = "-" + n;
                loops.add(start(service, member, consumerConfig(service, member, kafka, groupId, names(topics)), topics, null, handler, meters));
            }
        } catch (RuntimeException e) {
            new ConsumerLoops(loops).close();
            throw e;
        }
        return new ConsumerLoops(loops);
    }

    /**
     * Assigns every partition of the topic without a consumer group and starts reading it from its beginning.
     *
     * @param service the service that reads, naming the thread, the client and the counter ({@code dispatch})
     * @param kafka client properties ({@code bootstrap.servers} and any others), without the {@code kafka.} prefix;
     *              a {@code group.id} among them is dropped
     */
    public static ConsumerLoop fromBeginning(String service, Map<String, String> kafka, Topic<String, ?> topic, RecordHandler handler,
                                             MeterRegistry meters) {
        return start(service, "", consumerConfig(service, "", kafka, null, List.of(topic.name())), List.of(topic),
                Objects.requireNonNull(handler, "handler"), null, meters);
    }

    /**
     * As {@link #fromBeginning}, but hands the records of each poll to the handler at once, so that a reader of a
     * large compacted topic can write each poll in one transaction.
     */
    public static ConsumerLoop fromBeginningByBatch(String service, Map<String, String> kafka, Topic<String, ?> topic, BatchHandler handler,
                                                    MeterRegistry meters) {
        return start(service, "", consumerConfig(service, "", kafka, null, List.of(topic.name())), List.of(topic), null,
                Objects.requireNonNull(handler, "handler"), meters);
    }

    /** @param member what follows the thread's and the client's name: empty, or {@code -<n>} for the n-th of several consumers */
    private static ConsumerLoop start(String service, String member, Map<String, Object> config, List<Topic<String, ?>> topics,
                                      RecordHandler handler, BatchHandler batchHandler, MeterRegistry meters) {
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException("a consumer loop needs the name of the service that runs it: '" + service + "'");
        }
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("a consumer loop needs at least one topic to read");
        }
        ConsumerLoop loop = new ConsumerLoop(service, member, config, List.copyOf(topics), handler, batchHandler, meters);
        loop.running = true;
        loop.thread.start();
        return loop;
    }

    private static List<String> names(List<Topic<String, ?>> topics) {
        return topics.stream().map(Topic::name).toList();
    }

    /** As {@link #consumerConfig(String, String, Map, String, List)} for the one consumer of its group in this process. */
    static Map<String, Object> consumerConfig(String service, Map<String, String> kafka, String groupId, List<String> topics) {
        return consumerConfig(service, "", kafka, groupId, topics);
    }

    /**
     * The passthrough properties, with what this loop's guarantees rest on laid over them.
     *
     * @param member  empty, or {@code -<n>} for the n-th of several consumers of a group in this process
     * @param groupId the consumer group, or null to read without one (from the beginning, nothing committed)
     */
    static Map<String, Object> consumerConfig(String service, String member, Map<String, String> kafka, String groupId, List<String> topics) {
        Map<String, Object> config = new LinkedHashMap<>(kafka);
        // One client id per reader, never a shared passthrough one: the broker's logs and quotas (and the client's own
        // meters, tagged by it) tell them apart.
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, service + "-" + String.join("+", topics) + member);
        if (groupId != null) {
            // A new group starts at the beginning: records written before the service first ran count too (reports are jobs).
            config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        } else {
            // Without a group there is nothing to resume from: the whole topic is read at every start.
            config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        }
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
            if (groupId != null) {
                consumer.subscribe(topics);
                LOG.info("{} reads {} in group {}", service, topics, groupId);
            } else if (assignFromBeginning()) {
                LOG.info("{} reads {} from the beginning, without a consumer group", service, topics);
            } else {
                return;
            }
            while (stopRequested.getCount() > 0) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL_TIMEOUT);
                if (!records.isEmpty()) {
                    handle(records);
                }
            }
        } catch (WakeupException e) {
            if (stopRequested.getCount() > 0) {
                LOG.error("consumer of {} woken up without being closed; it stops", topics, e);
            }
        } catch (RuntimeException e) {
            LOG.error("consumer of {} stopped on an error it cannot pass; nothing more is read from it until restarted", topics, e);
        } finally {
            try {
                commitOnStop();
                clientMetrics.close();
                consumer.close(CloseOptions.timeout(CLOSE_TIMEOUT));
            } catch (RuntimeException e) {
                LOG.warn("consumer of {} did not close cleanly", topics, e);
            } finally {
                running = false;
                LOG.info("{} stopped reading {}", service, topics);
            }
        }
    }

    /** Assigns every partition of the topics at their start, waiting for their metadata; false when stopped first. */
    private boolean assignFromBeginning() {
        Duration delay = FIRST_RETRY_DELAY;
        while (stopRequested.getCount() > 0) {
            List<TopicPartition> partitions = partitions();
            if (!partitions.isEmpty()) {
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                return true;
            }
            delay = pause(delay);
        }
        return false;
    }

    /** Every partition of the topics, or none while the metadata of one of them is not known yet. */
    private List<TopicPartition> partitions() {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos;
            try {
                infos = consumer.partitionsFor(topic, METADATA_TIMEOUT);
            } catch (TimeoutException e) {
                LOG.debug("topic {} not known yet; asking again", topic, e);
                return List.of();
            }
            if (infos == null || infos.isEmpty()) {
                LOG.debug("topic {} has no partitions yet; asking again", topic);
                return List.of();
            }
            infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        }
        return partitions;
    }

    private void handle(ConsumerRecords<String, byte[]> records) {
        // The record whose handling failed, for the log: with a batch handler, the batch's first.
        ConsumerRecord<String, byte[]> current = null;
        try {
            if (batchHandler != null) {
                List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(records.count());
                records.partitions().forEach(partition -> batch.addAll(records.records(partition)));
                current = batch.get(0);
                batchHandler.handle(batch);
                for (TopicPartition partition : records.partitions()) {
                    List<ConsumerRecord<String, byte[]>> ofPartition = records.records(partition);
                    handled.put(partition, new OffsetAndMetadata(ofPartition.get(ofPartition.size() - 1).offset() + 1));
                }
            } else {
                for (TopicPartition partition : records.partitions()) {
                    for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                        current = record;
                        handler.handle(record);
                        handled.put(partition, new OffsetAndMetadata(record.offset() + 1));
                    }
                }
            }
        } catch (RuntimeException e) {
            rewind(records);
            commit();
            retries.get(current.topic()).increment();
            LOG.error("cannot take record {}-{}@{} (key {}) now; it and the records after it are offered again in {} ms",
                    current.topic(), current.partition(), current.offset(), current.key(), retryDelay.toMillis(), e);
            retryDelay = pause(retryDelay);
            return;
        }
        retryDelay = FIRST_RETRY_DELAY;
        commit();
    }

    /** Seeks every partition of the batch back to its first record not handled, so that the next poll offers it again. */
    private void rewind(ConsumerRecords<String, byte[]> records) {
        for (TopicPartition partition : records.partitions()) {
            OffsetAndMetadata taken = handled.get(partition);
            long firstRecord = records.records(partition).get(0).offset();
            consumer.seek(partition, taken != null ? Math.max(taken.offset(), firstRecord) : firstRecord);
        }
    }

    private void commit() {
        if (handled.isEmpty()) {
            return;
        }
        if (groupId == null) {
            // Nothing to commit to: the next start reads the topic from its beginning again.
            handled.clear();
            return;
        }
        try {
            consumer.commitSync(handled);
        } catch (WakeupException | InterruptException e) {
            throw e;
        } catch (KafkaException e) {
            // Rebalanced, broker away, timed out: harmless here, the records are read again and change nothing.
            LOG.warn("offsets {} not committed; those records will be read again and change nothing", handled, e);
        }
        handled.clear();
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
                LOG.warn("offsets {} not committed on stop; those records will be read again and change nothing", handled, e);
                return;
            }
        }
    }

    /** Waits for the delay or until stopped; returns the next, doubled delay (at most 30 s). */
    private Duration pause(Duration delay) {
        try {
            stopRequested.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopRequested.countDown();
        }
        Duration doubled = delay.multipliedBy(2);
        return doubled.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : doubled;
    }

    /** Stops the loop (waking it from {@code poll} or a pause), commits what was handled and waits for the thread. */
    @Override
    public void close() {
        requestStop();
        awaitStop();
    }

    /**
     * Asks the loop to stop and returns at once: it finishes the batch it is handling (never a part of it), commits what
     * was handled and leaves its group. {@link ConsumerLoops} asks every loop before it waits for any, so that no loop
     * takes over a partition another has just left.
     */
    void requestStop() {
        if (stopRequested.getCount() == 0) {
            return;
        }
        stopRequested.countDown();
        consumer.wakeup();
    }

    /** Waits for the loop's thread to end, once: the first call waits, the others return. */
    void awaitStop() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            thread.join(CLOSE_TIMEOUT.multipliedBy(2).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("consumer of {} did not stop within {}", topics, CLOSE_TIMEOUT.multipliedBy(2));
        }
    }
}
