package org.restockradar.contracts;

import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;

/**
 * A Kafka topic with its key and value types, and how it is laid out on the brokers.
 *
 * @param partitions how many partitions the topic is created with
 * @param configs    topic-level configuration (cleanup policy, retention) applied at creation
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, int partitions, Map<String, String> configs) {
    public Topic {
        Require.text(name, "topic name");
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be positive for topic " + name + ": " + partitions);
        }
        configs = Map.copyOf(configs);
    }

    @Override
    public String toString() {
        return name;
    }
}
