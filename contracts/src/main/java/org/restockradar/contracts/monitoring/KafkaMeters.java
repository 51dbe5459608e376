package org.restockradar.contracts.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;

/**
 * Binds a Kafka client's own meters ({@code kafka_consumer_*}, {@code kafka_producer_*}) to the process's registry,
 * every one tagged {@value #GROUP}: the consumer group, {@value #NO_GROUP} for a producer or a reader without a group.
 * One set of tag keys for every client, as Prometheus requires of meters sharing a name. Close the binder with the client.
 */
public final class KafkaMeters {
    public static final String GROUP = "group";
    public static final String NO_GROUP = "none";

    private KafkaMeters() {
    }

    public static KafkaClientMetrics bindProducer(Producer<?, ?> producer, MeterRegistry registry) {
        KafkaClientMetrics metrics = new KafkaClientMetrics(producer, Tags.of(GROUP, NO_GROUP));
        metrics.bindTo(registry);
        return metrics;
    }

    /** @param group the consumer group, or null for a consumer that reads without one */
    public static KafkaClientMetrics bindConsumer(Consumer<?, ?> consumer, String group, MeterRegistry registry) {
        KafkaClientMetrics metrics = new KafkaClientMetrics(consumer, Tags.of(GROUP, group == null ? NO_GROUP : group));
        metrics.bindTo(registry);
        return metrics;
    }
}
