package org.restockradar.ingest.cursor;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.restockradar.contracts.Topic;
import org.restockradar.contracts.Topics;
import org.restockradar.contracts.monitoring.KafkaMeters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps checkpoints on the compacted {@link Topics#INGEST_CURSORS} topic, keyed by stream name.
 * On opening it creates the topic when missing and reads it from the beginning to its end, so it starts
 * with the latest checkpoint of every stream; {@link #save} waits for the broker's acknowledgement
 * ({@code acks=all}, idempotent producer).
 *
 * <p>Reads and writes {@code ingest-cursors}.
 */
public final class KafkaCursorStore implements CursorStore {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaCursorStore.class);
    private static final Topic<String, String> TOPIC = Topics.INGEST_CURSORS;

    private final Producer<String, String> producer;
    private final AutoCloseable clientMetrics;
    private final Map<String, Checkpoint> latest;
    private final Duration timeout;

    private KafkaCursorStore(Producer<String, String> producer, AutoCloseable clientMetrics, Map<String, Checkpoint> latest, Duration timeout) {
        this.producer = producer;
        this.clientMetrics = clientMetrics;
        this.latest = new ConcurrentHashMap<>(latest);
        this.timeout = timeout;
    }

    /**
     * Opens the store.
     *
     * @param clientConfig Kafka client settings, at least {@code bootstrap.servers}
     * @param timeout      how long each broker call may take
     */
    public static KafkaCursorStore open(Map<String, Object> clientConfig, Duration timeout, Clock clock) {
        return open(clientConfig, timeout, clock, new CompositeMeterRegistry());
    }

    /** As above, showing the writer's producer meters in the process's registry. */
    public static KafkaCursorStore open(Map<String, Object> clientConfig, Duration timeout, Clock clock, MeterRegistry meters) {
        ensureTopic(clientConfig, timeout);
        Map<String, Checkpoint> checkpoints = readAll(clientConfig, timeout, clock);
        Map<String, Object> producerConfig = new HashMap<>(clientConfig);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, "ingest-cursors-writer");
        Producer<String, String> producer = new KafkaProducer<>(producerConfig,
                TOPIC.keySerde().serializer(), TOPIC.valueSerde().serializer());
        LOG.info("Cursor store on {} opened with checkpoints for {}", TOPIC.name(), checkpoints.keySet());
        KafkaClientMetrics clientMetrics = KafkaMeters.bindProducer(producer, meters);
        return new KafkaCursorStore(producer, clientMetrics, checkpoints, timeout);
    }

    private static void ensureTopic(Map<String, Object> clientConfig, Duration timeout) {
        try (Admin admin = Admin.create(clientConfig)) {
            if (admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS).contains(TOPIC.name())) {
                return;
            }
            NewTopic topic = new NewTopic(TOPIC.name(), Optional.of(TOPIC.partitions()), Optional.empty()).configs(TOPIC.configs());
            admin.createTopics(List.of(topic)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("Created topic {} with {}", TOPIC.name(), TOPIC.configs());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + TOPIC.name() + ": " + e.getCause().getMessage(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("broker did not answer within " + timeout + " while checking topic " + TOPIC.name(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking topic " + TOPIC.name(), e);
        }
    }

    private static Map<String, Checkpoint> readAll(Map<String, Object> clientConfig, Duration timeout, Clock clock) {
        Map<String, Object> consumerConfig = new HashMap<>(clientConfig);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
        Map<String, Checkpoint> checkpoints = new HashMap<>();
        try (Consumer<String, String> consumer = new KafkaConsumer<>(consumerConfig,
                TOPIC.keySerde().deserializer(), TOPIC.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC.name(), timeout).stream()
                    .map((PartitionInfo info) -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            Instant deadline = clock.instant().plus(timeout);
            while (!reachedEnd(consumer, end, timeout)) {
                if (clock.instant().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + TOPIC.name() + " to its end " + end + " within " + timeout);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    apply(checkpoints, record);
                }
            }
        }
        return checkpoints;
    }

    private static boolean reachedEnd(Consumer<String, String> consumer, Map<TopicPartition, Long> end, Duration timeout) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey(), timeout) >= e.getValue());
    }

    private static void apply(Map<String, Checkpoint> checkpoints, ConsumerRecord<String, String> record) {
        if (record.key() == null) {
            LOG.warn("Skipping checkpoint without a key at {}-{}@{}", record.topic(), record.partition(), record.offset());
            return;
        }
        if (record.value() == null) {
            checkpoints.remove(record.key());
            return;
        }
        try {
            checkpoints.put(record.key(), Checkpoint.fromJson(record.value()));
        } catch (IllegalArgumentException e) {
            LOG.warn("Skipping unreadable checkpoint of {} at {}-{}@{}", record.key(), record.topic(), record.partition(), record.offset(), e);
        }
    }

    @Override
    public Optional<Checkpoint> load(String stream) {
        return Optional.ofNullable(latest.get(stream));
    }

    @Override
    public void save(String stream, Checkpoint checkpoint) {
        try {
            producer.send(new ProducerRecord<>(TOPIC.name(), stream, checkpoint.toJson())).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            latest.put(stream, checkpoint);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot save checkpoint of " + stream + " at " + checkpoint.cursor() + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("broker did not acknowledge checkpoint of " + stream + " within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while saving checkpoint of " + stream, e);
        }
    }

    @Override
    public void close() {
        try {
            clientMetrics.close();
        } catch (Exception e) {
            LOG.warn("Cannot unbind the meters of the cursor writer", e);
        }
        producer.close(timeout);
    }
}
