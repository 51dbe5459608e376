package org.restockradar.dispatch.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.restockradar.contracts.DeadLetter;
import org.restockradar.contracts.Topics;
import org.restockradar.contracts.monitoring.DeadLetterMeter;
import org.restockradar.contracts.monitoring.KafkaMeters;

/** Writes dead letters to {@link Topics#DEAD_LETTERS}, keyed by the original record's key, waiting for the broker's acknowledgement. */
public final class KafkaDeadLetterSink implements DeadLetterSink, AutoCloseable {
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final Producer<String, DeadLetter> producer;
    private final KafkaClientMetrics clientMetrics;
    private final DeadLetterMeter deadLetters;

    /** A sink counted nowhere (tests). */
    public KafkaDeadLetterSink(Map<String, String> kafka) {
        this(kafka, new CompositeMeterRegistry());
    }

    /**
     * @param kafka  client properties ({@code bootstrap.servers} and any others), without the {@code kafka.} prefix
     * @param meters the process's registry: the producer's meters and the dead letters per origin ({@link DeadLetterMeter})
     */
    public KafkaDeadLetterSink(Map<String, String> kafka, MeterRegistry meters) {
        this.producer = new KafkaProducer<>(producerConfig(kafka),
                Topics.DEAD_LETTERS.keySerde().serializer(), Topics.DEAD_LETTERS.valueSerde().serializer());
        this.clientMetrics = KafkaMeters.bindProducer(producer, meters);
        this.deadLetters = new DeadLetterMeter(meters);
    }

    static Map<String, Object> producerConfig(Map<String, String> kafka) {
        Map<String, Object> config = new HashMap<>(kafka);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "dispatch-dead-letters");
        // Fail a send to an absent broker within seconds, so that the consumer backs off and can be closed meanwhile.
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        // A dead letter replaces a record whose offset is then committed: it must be on every in-sync replica.
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return config;
    }

    @Override
    public void send(DeadLetter letter) {
        ProducerRecord<String, DeadLetter> record = new ProducerRecord<>(Topics.DEAD_LETTERS.name(), letter.key(), letter);
        try {
            producer.send(record).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            deadLetters.count(letter.origin());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the dead letter of " + describe(letter), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot write the dead letter of " + describe(letter) + " to " + Topics.DEAD_LETTERS, e);
        }
    }

    private static String describe(DeadLetter letter) {
        return letter.origin() + "-" + letter.partition() + "@" + letter.offset();
    }

    @Override
    public void close() {
        clientMetrics.close();
        producer.close(Duration.ofSeconds(5));
    }
}
