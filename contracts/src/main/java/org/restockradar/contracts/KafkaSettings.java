package org.restockradar.contracts;

import java.util.Map;

/**
 * The Kafka client settings every service declares: the brokers, and any other client property under
 * {@code kafka.}, passed to the clients without the prefix ({@code kafka.acks=all} sets {@code acks}).
 */
public final class KafkaSettings {
    /** The prefix of the client properties. */
    public static final String PREFIX = "kafka.";
    public static final Setting<String> BOOTSTRAP_SERVERS = Setting.text("kafka.bootstrap.servers", "localhost:9092",
            "Kafka brokers, `host:port[,host:port]`");
    /** Partitions a topic of the catalogue is created with, by topic name; a topic that exists already is left as it is. */
    public static final Setting<Integer> TOPIC_PARTITIONS = Setting.integer("topics.<topic>.partitions", "",
                    "partitions `<topic>` (a topic of docs/architecture.md's catalogue) is created with when a service creates it, instead of the catalogue's;"
                            + " the parallelism of its readers (`mentions`: stream processor instances; `stockout-reports`: dispatchers)."
                            + " A topic that exists is not changed")
            .check(Setting.atLeast(1), "at least 1");

    private KafkaSettings() {
    }

    /** Declares {@link #BOOTSTRAP_SERVERS} and passes every other {@code kafka.*} key to the clients. */
    public static SettingsDeclaration.Builder declareOn(SettingsDeclaration.Builder builder) {
        return builder.passThrough(PREFIX, "any other Kafka client property, passed to the clients without the prefix").define(BOOTSTRAP_SERVERS)
                .define(TOPIC_PARTITIONS);
    }

    /** The partitions asked for by topic name ({@link #TOPIC_PARTITIONS}), for {@link TopicSetup#ensureTopics(Map, Map)}. */
    public static Map<String, Integer> topicPartitions(TypedSettings settings) {
        return settings.members(TOPIC_PARTITIONS);
    }
}
