package org.restockradar.contracts;

/**
 * The Kafka client settings every service declares: the brokers, and any other client property under
 * {@code kafka.}, passed to the clients without the prefix ({@code kafka.acks=all} sets {@code acks}).
 */
public final class KafkaSettings {
    /** The prefix of the client properties. */
    public static final String PREFIX = "kafka.";
    public static final Setting<String> BOOTSTRAP_SERVERS = Setting.text("kafka.bootstrap.servers", "localhost:9092",
            "Kafka brokers, `host:port[,host:port]`");

    private KafkaSettings() {
    }

    /** Declares {@link #BOOTSTRAP_SERVERS} and passes every other {@code kafka.*} key to the clients. */
    public static SettingsDeclaration.Builder declareOn(SettingsDeclaration.Builder builder) {
        return builder.passThrough(PREFIX, "any other Kafka client property, passed to the clients without the prefix").define(BOOTSTRAP_SERVERS);
    }
}
