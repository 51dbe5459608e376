package org.restockradar.dispatch.events;

import java.nio.charset.StandardCharsets;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.restockradar.contracts.monitoring.KafkaMeters;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes outbox records with an idempotent producer ({@code acks=all}), waiting for every acknowledgement.
 * The value bytes are sent as stored; the event id travels in the {@code event-id} header.
 */
public final class KafkaOutboxPublisher implements OutboxPublisher, AutoCloseable {
    /** The header carrying the event id, for consumers that drop repeats. */
    public static final String EVENT_ID_HEADER = "event-id";
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final Producer<String, byte[]> producer;
    private final KafkaClientMetrics clientMetrics;

    /** A publisher whose producer is counted nowhere (tests). */
    public KafkaOutboxPublisher(Map<String, String> kafka) {
        this(kafka, new CompositeMeterRegistry());
    }

    /**
     * @param kafka  client properties ({@code bootstrap.servers} and any others), without the {@code kafka.} prefix
     * @param meters the process's registry, for the producer's own meters
     */
    public KafkaOutboxPublisher(Map<String, String> kafka, MeterRegistry meters) {
        Map<String, Object> config = new HashMap<>(kafka);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "dispatch-outbox");
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        this.clientMetrics = KafkaMeters.bindProducer(producer, meters);
    }

    @Override
    public void publish(List<OutboxRecord> records) {
        List<Future<RecordMetadata>> sent = new ArrayList<>(records.size());
        for (OutboxRecord record : records) {
            ProducerRecord<String, byte[]> message = new ProducerRecord<>(record.topic(), record.key(), record.payload());
            message.headers().add(EVENT_ID_HEADER, record.eventId().getBytes(StandardCharsets.UTF_8));
            sent.add(producer.send(message));
        }
        for (int i = 0; i < sent.size(); i++) {
            try {
                sent.get(i).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing outbox row " + records.get(i).id(), e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("cannot publish outbox row " + records.get(i).id() + " (event " + records.get(i).eventId()
                        + ") to " + records.get(i).topic(), e);
            }
        }
    }

    @Override
    public void close() {
        clientMetrics.close();
        producer.close(Duration.ofSeconds(5));
    }
}
