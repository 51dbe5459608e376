package org.restockradar.dispatch.outlets;

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
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.restockradar.contracts.Outlet;
import org.restockradar.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps table {@code outlet} in step with the compacted {@link Topics#OUTLETS}: reads every partition from its start at
 * each start (no consumer group, no committed offsets: the topic is compacted and the upserts idempotent, so reading it
 * again is correct and cheap), upserts each outlet by id and marks an outlet removed on a tombstone. A record that does
 * not decode is logged with its topic, partition and offset and passed; when the database is away the same record is
 * tried again after a growing pause.
 */
public final class OutletConsumer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutletConsumer.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
    private static final Duration FIRST_RETRY_DELAY = Duration.ofMillis(200);
    private static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(30);

    private final Consumer<String, byte[]> consumer;
    private final OutletStore store;
    private final Thread thread;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean running;
    private Duration retryDelay = FIRST_RETRY_DELAY;

    private OutletConsumer(Map<String, Object> config, OutletStore store) {
        this.store = Objects.requireNonNull(store, "store");
        this.consumer = new KafkaConsumer<>(config, Topics.OUTLETS.keySerde().deserializer(), new ByteArrayDeserializer());
        this.thread = new Thread(this::run, "dispatch-outlet-consumer");
        this.thread.setDaemon(true);
    }

    /** @param kafka client properties ({@code bootstrap.servers} and any others), without the {@code kafka.} prefix */
    public static OutletConsumer start(Map<String, String> kafka, OutletStore store) {
        Map<String, Object> config = new HashMap<>(kafka);
        config.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "dispatch-outlets");
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        OutletConsumer outlets = new OutletConsumer(config, store);
        outlets.running = true;
        outlets.thread.start();
        return outlets;
    }

    public boolean isRunning() {
        return running;
    }

    private void run() {
        try {
            List<TopicPartition> partitions = partitions();
            if (partitions.isEmpty()) {
                return;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            LOG.info("dispatch keeps table outlet in step with {}", Topics.OUTLETS);
            while (stopRequested.getCount() > 0) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL_TIMEOUT);
                for (TopicPartition partition : records.partitions()) {
                    for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                        if (!apply(record)) {
                            consumer.seek(partition, record.offset());
                            break;
                        }
                    }
                }
            }
        } catch (WakeupException e) {
            if (stopRequested.getCount() > 0) {
                LOG.error("outlet consumer woken up without being closed; it stops", e);
            }
        } catch (RuntimeException e) {
            LOG.error("outlet consumer stopped on an error it cannot pass; table outlet is not updated until restarted", e);
        } finally {
            running = false;
            try {
                consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
            } catch (RuntimeException e) {
                LOG.warn("outlet consumer did not close cleanly", e);
            }
        }
    }

    /** Waits for the topic's metadata (the broker may start after dispatch) until stopped. */
    private List<TopicPartition> partitions() {
        Duration delay = FIRST_RETRY_DELAY;
        while (stopRequested.getCount() > 0) {
            try {
                List<PartitionInfo> infos = consumer.partitionsFor(Topics.OUTLETS.name(), Duration.ofSeconds(5));
                if (infos != null && !infos.isEmpty()) {
                    return infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
                }
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                LOG.debug("topic {} not known yet; asking again in {} ms", Topics.OUTLETS.name(), delay.toMillis(), e);
            }
            delay = pause(delay);
        }
        return List.of();
    }

    /** Applies one record; false when the database failed and the record must be tried again (after a pause). */
    private boolean apply(ConsumerRecord<String, byte[]> record) {
        Outlet outlet;
        if (record.value() == null) {
            outlet = null;
        } else {
            try {
                outlet = Topics.OUTLETS.valueSerde().deserializer().deserialize(record.topic(), record.value());
            } catch (RuntimeException e) {
                LOG.error("outlet record {}-{}@{} (key {}) does not decode; passed", record.topic(), record.partition(), record.offset(),
                        record.key(), e);
                return true;
            }
        }
        try {
            if (outlet == null) {
                if (record.key() != null) {
                    store.remove(record.key());
                }
            } else {
                store.upsert(outlet);
            }
            retryDelay = FIRST_RETRY_DELAY;
            return true;
        } catch (RuntimeException e) {
            LOG.error("cannot apply outlet record {}-{}@{} (key {}); trying again in {} ms", record.topic(), record.partition(),
                    record.offset(), record.key(), retryDelay.toMillis(), e);
            retryDelay = pause(retryDelay);
            return false;
        }
    }

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

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stopRequested.countDown();
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(15).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("outlet consumer thread did not stop within 15 s");
        }
    }
}
