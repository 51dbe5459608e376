package org.restockradar.rewards;

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
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.restockradar.contracts.GiftEvent;
import org.restockradar.contracts.Topics;

/** Publishes gift events on {@link Topics#GIFT_EVENTS}, keyed by gift id, with an idempotent producer that waits for every replica. */
final class KafkaGiftPublisher implements GiftAnnouncer.Publisher, AutoCloseable {
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final Producer<String, GiftEvent> producer;

    /** @param kafka client properties ({@code bootstrap.servers} and any others), without the {@code kafka.} prefix */
    KafkaGiftPublisher(Map<String, String> kafka) {
        Map<String, Object> config = new HashMap<>(kafka);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "rewards-gifts");
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        this.producer = new KafkaProducer<>(config, Topics.GIFT_EVENTS.keySerde().serializer(), Topics.GIFT_EVENTS.valueSerde().serializer());
    }

    @Override
    public void publish(List<GiftEvent> events) {
        List<Future<RecordMetadata>> sent = new ArrayList<>(events.size());
        for (GiftEvent event : events) {
            sent.add(producer.send(new ProducerRecord<>(Topics.GIFT_EVENTS.name(), Long.toString(event.giftId()), event)));
        }
        for (int i = 0; i < sent.size(); i++) {
            try {
                sent.get(i).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing the event of gift " + events.get(i).giftId(), e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("cannot publish the event of gift " + events.get(i).giftId() + " to "
                        + Topics.GIFT_EVENTS.name(), e);
            }
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
