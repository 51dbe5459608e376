package org.restockradar.dispatch.replies;

import java.time.Clock;
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
import org.apache.kafka.common.serialization.StringDeserializer;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@link Topics#JOB_EVENTS} and {@link Topics#MENTIONS} on a thread of its own: an {@code OPENED} event plans
 * the job's job-opened replies, a {@code STATUS_CHANGED} to a restocked status ({@code replies.restocked-on}) its
 * restocked ones; a mention that is only a STOP phrase ({@link OptOutWords}) opts its author out. Planning is
 * idempotent, so redelivered events need no dedupe by {@code event_id}; events older than the maximum age are passed
 * over (a new consumer group starts at the beginning of the topic and must not write to reporters of long ago).
 * Offsets are committed after a batch is handled; when the database fails, the batch is read again after a pause.
 * Undecodable records are logged with topic, partition and offset and passed over.
 */
public final class ReplyEventsConsumer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReplyEventsConsumer.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
    private static final Duration FIRST_RETRY_DELAY = Duration.ofMillis(200);
    private static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(30);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final Consumer<String, byte[]> consumer;
    private final ReplyPlanner planner;
    private final OptOuts optOuts;
    private final Clock clock;
    private final Duration maxEventAge;
    private final Thread thread;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean running;

    private ReplyEventsConsumer(Map<String, Object> config, ReplyPlanner planner, OptOuts optOuts, Clock clock, Duration maxEventAge) {
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        this.planner = Objects.requireNonNull(planner, "planner");
        this.optOuts = Objects.requireNonNull(optOuts, "optOuts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxEventAge = Objects.requireNonNull(maxEventAge, "maxEventAge");
        this.thread = new Thread(this::run, "dispatch-reply-events");
    }

    /**
     * @param kafka   client properties without the {@code kafka.} prefix
     * @param groupId the consumer group ({@code replies.group-id}), apart from dispatch's report consumer
     */
    public static ReplyEventsConsumer start(Map<String, String> kafka, String groupId, ReplyPlanner planner, OptOuts optOuts, Clock clock,
                                            Duration maxEventAge) {
        Map<String, Object> config = new HashMap<>(kafka);
        config.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "dispatch-replies");
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        ReplyEventsConsumer started = new ReplyEventsConsumer(config, planner, optOuts, clock, maxEventAge);
        started.running = true;
        started.thread.start();
        return started;
    }

    public boolean isRunning() {
        return running;
    }

    private void run() {
        Duration retryDelay = FIRST_RETRY_DELAY;
        try {
            consumer.subscribe(List.of(Topics.JOB_EVENTS.name(), Topics.MENTIONS.name()));
            while (stopRequested.getCount() > 0) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL_TIMEOUT);
                if (records.isEmpty()) {
                    continue;
                }
                try {
                    for (ConsumerRecord<String, byte[]> record : records) {
                        handle(record);
                    }
                } catch (RuntimeException e) {
                    LOG.error("cannot plan replies from a batch of {} records now; reading it again in {} ms", records.count(), retryDelay.toMillis(), e);
                    for (TopicPartition partition : records.partitions()) {
                        consumer.seek(partition, records.records(partition).get(0).offset());
                    }
                    stopRequested.await(retryDelay.toMillis(), TimeUnit.MILLISECONDS);
                    retryDelay = retryDelay.multipliedBy(2).compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : retryDelay.multipliedBy(2);
                    continue;
                }
                retryDelay = FIRST_RETRY_DELAY;
                commit(records);
            }
        } catch (WakeupException e) {
            if (stopRequested.getCount() > 0) {
                LOG.error("reply events consumer woken up without being closed; it stops", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("reply events consumer stopped on an error it cannot pass; replies are planned by the periodic scan only", e);
        } finally {
            try {
                consumer.close(CloseOptions.timeout(CLOSE_TIMEOUT));
            } catch (RuntimeException e) {
                LOG.warn("reply events consumer did not close cleanly", e);
            }
            running = false;
        }
    }

    void handle(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        if (record.topic().equals(Topics.JOB_EVENTS.name())) {
            JobEvent event;
            try {
                event = Topics.JOB_EVENTS.valueSerde().deserializer().deserialize(record.topic(), record.value());
            } catch (RuntimeException e) {
                LOG.warn("unreadable job event {}-{}@{} passed over", record.topic(), record.partition(), record.offset(), e);
                return;
            }
            if (event.occurredAt().isBefore(clock.instant().minus(maxEventAge))) {
                return;
            }
            if (event.kind() == JobEvent.Kind.OPENED) {
                planner.planJobOpened(event.jobId());
            } else if (event.kind() == JobEvent.Kind.STATUS_CHANGED && planner.isRestocked(event.toStatus())) {
                planner.planRestocked(event.jobId());
            }
            return;
        }
        Mention mention;
        try {
            mention = Topics.MENTIONS.valueSerde().deserializer().deserialize(record.topic(), record.value());
        } catch (RuntimeException e) {
            LOG.warn("unreadable mention {}-{}@{} passed over", record.topic(), record.partition(), record.offset(), e);
            return;
        }
        if (OptOutWords.isOptOut(mention.text()) && optOuts.optOut(mention.source(), mention.author().id(), "message " + mention.id())) {
            LOG.info("{} reporter {} opted out of replies by message {}", mention.source().code(), mention.author().id(), mention.id());
        }
    }

    private void commit(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> taken = records.records(partition);
            offsets.put(partition, new OffsetAndMetadata(taken.get(taken.size() - 1).offset() + 1));
        }
        try {
            consumer.commitSync(offsets);
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException e) {
            LOG.warn("offsets {} not committed; those records will be read again and plan nothing new", offsets, e);
        }
    }

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
    }
}
