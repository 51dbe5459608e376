package org.restockradar.ingest.publish;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.restockradar.contracts.DeadLetter;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Topics;
import org.restockradar.contracts.monitoring.KafkaMeters;
import org.restockradar.contracts.monitoring.DeadLetterMeter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes mentions to {@link Topics#MENTIONS}, keyed by mention id, with an idempotent producer
 * ({@code acks=all}): a retried send is written once, and a post read twice lands on one partition where
 * the stream processor drops the second copy. Dead letters go to {@link Topics#DEAD_LETTERS}.
 *
 * <p>Back-pressure: the producer's buffer is bounded ({@code buffer.memory}); when Kafka is slow,
 * {@link #publish} blocks instead of queueing without bound. A send that fails for a reason that passes
 * (the broker away longer than {@code delivery.timeout.ms}, no metadata within {@code max.block.ms}) is kept and
 * sent again by {@link #flush}, which returns only once Kafka has every record: a broker that is down for minutes
 * delays a replay or a source, it never loses a post (the stream processor drops the copy should a resent record
 * have been written after all). Any other failure is raised by the next {@link #flush}, so a caller that flushes
 * before it advances its cursor never skips a post.
 */
public final class KafkaMentionSink implements MentionSink {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaMentionSink.class);
    /** How long {@link #flush} waits between rounds of resending while Kafka does not take the records. */
    private static final Duration RESEND_PAUSE = Duration.ofSeconds(5);

    private final Producer<String, byte[]> producer;
    private final Clock clock;
    private final DeadLetterMeter deadLetters;
    private final KafkaClientMetrics clientMetrics;
    private final AtomicReference<Exception> firstFailure = new AtomicReference<>();
    /** Records whose send failed for a reason that passes, sent again by {@link #flush}. */
    private final Queue<ProducerRecord<String, byte[]>> toResend = new ConcurrentLinkedQueue<>();
    private final Duration resendPause;

    /** A sink whose producer and dead letters are counted nowhere (tools and tests). */
    public KafkaMentionSink(Map<String, String> kafkaConfig, Clock clock) {
        this(kafkaConfig, clock, new CompositeMeterRegistry());
    }

    /** A sink showing its producer's meters and its dead letters ({@link DeadLetterMeter}) in the process's registry. */
    public KafkaMentionSink(Map<String, String> kafkaConfig, Clock clock, MeterRegistry meters) {
        this(new KafkaProducer<>(producerConfig(kafkaConfig), Topics.MENTIONS.keySerde().serializer(), new ByteArraySerializer()), clock, meters);
    }

    /** A sink on a producer with these settings (tests: short timeouts) that waits {@code resendPause} between rounds of resending. */
    KafkaMentionSink(Map<String, String> kafkaConfig, Clock clock, Duration resendPause) {
        this(new KafkaProducer<>(producerConfig(kafkaConfig), Topics.MENTIONS.keySerde().serializer(), new ByteArraySerializer()), clock,
                new CompositeMeterRegistry(), resendPause);
    }

    KafkaMentionSink(Producer<String, byte[]> producer, Clock clock) {
        this(producer, clock, new CompositeMeterRegistry());
    }

    private KafkaMentionSink(Producer<String, byte[]> producer, Clock clock, MeterRegistry meters) {
        this(producer, clock, meters, RESEND_PAUSE);
    }

    private KafkaMentionSink(Producer<String, byte[]> producer, Clock clock, MeterRegistry meters, Duration resendPause) {
        this.resendPause = resendPause;
        this.producer = producer;
        this.clock = clock;
        this.deadLetters = new DeadLetterMeter(meters);
        this.clientMetrics = KafkaMeters.bindProducer(producer, meters);
    }

    static Map<String, Object> producerConfig(Map<String, String> kafkaConfig) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.putIfAbsent(ProducerConfig.BUFFER_MEMORY_CONFIG, 16L * 1024 * 1024);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "ingest");
        return config;
    }

    @Override
    public void publish(Mention mention) {
        byte[] value = Topics.MENTIONS.valueSerde().serializer().serialize(Topics.MENTIONS.name(), mention);
        send(new ProducerRecord<>(Topics.MENTIONS.name(), mention.id(), value), mention.id());
    }

    @Override
    public void deadLetter(String origin, byte[] rawPayload, String reason) {
        DeadLetter letter = DeadLetter.of(origin, -1, -1, null, rawPayload, reason, clock.instant());
        byte[] value = Topics.DEAD_LETTERS.valueSerde().serializer().serialize(Topics.DEAD_LETTERS.name(), letter);
        LOG.warn("Dead-lettering a payload from {}: {}", origin, reason);
        deadLetters.count(origin);
        send(new ProducerRecord<>(Topics.DEAD_LETTERS.name(), origin, value), origin);
    }

    private void send(ProducerRecord<String, byte[]> record, String what) {
        try {
            producer.send(record, (metadata, exception) -> {
                if (exception instanceof RetriableException) {
                    LOG.warn("Kafka did not take {} for topic {} in time ({}); it is sent again at the next flush", what, record.topic(),
                            exception.getMessage());
                    toResend.add(record);
                } else if (exception != null) {
                    LOG.error("Kafka did not accept {} for topic {}", what, record.topic(), exception);
                    firstFailure.compareAndSet(null, exception);
                }
            });
        } catch (RetriableException e) {
            // No metadata or no room in the buffer within max.block.ms: the broker is away. Kept, not lost.
            LOG.warn("Kafka is not taking {} for topic {} ({}); it is sent again at the next flush", what, record.topic(), e.getMessage());
            toResend.add(record);
        }
    }

    @Override
    public void flush() {
        producer.flush();
        while (!toResend.isEmpty()) {
            LOG.warn("{} records waiting for Kafka; sending them again in {}", toResend.size(), resendPause);
            pause();
            ProducerRecord<String, byte[]> record;
            int round = toResend.size();
            for (int i = 0; i < round && (record = toResend.poll()) != null; i++) {
                send(record, record.key());
            }
            producer.flush();
        }
        Exception failure = firstFailure.getAndSet(null);
        if (failure != null) {
            throw new IllegalStateException("a send to Kafka failed: " + failure.getMessage(), failure);
        }
    }

    private void pause() {
        try {
            Thread.sleep(resendPause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted with " + toResend.size() + " records not yet taken by Kafka", e);
        }
    }

    @Override
    public void close() {
        try {
            flush();
        } finally {
            clientMetrics.close();
            producer.close();
        }
    }
}
