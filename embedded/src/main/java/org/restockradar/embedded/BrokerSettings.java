package org.restockradar.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code server.properties} of the embedded broker: one node that is both broker and KRaft
 * controller, listening on the loopback interface only, with every internal topic at replication
 * factor 1 so that consumer groups and transactions work on a single node.
 *
 * <p>The controller quorum is static ({@code controller.quorum.voters}), not the dynamic one that
 * {@code kafka-storage format --standalone} writes into the metadata log: a static voter's address is
 * read from this file at every start, so a restart on the same data directory works even when it has
 * to move to other ports.
 */
final class BrokerSettings {
    static final int NODE_ID = 1;
    static final String BROKER_LISTENER = "PLAINTEXT";
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    static final String TRANSACTION_MAX_TIMEOUT = "transaction.max.timeout.ms";
    /**
     * The longest transaction a client may ask for: 2 minutes rather than Kafka's 15, so that a transaction left
     * hanging is found and aborted within minutes ({@link HangingTransactionGuard} waits this long before it may call
     * one hanging). Kafka Streams asks for 10 s under exactly-once, a plain transactional producer for 60 s.
     */
    static final Duration MAX_TRANSACTION_TIMEOUT = Duration.ofMinutes(2);
    private static final String HOST = "127.0.0.1";

    private BrokerSettings() {
    }

    /**
     * The broker's settings for the given log directory and ports; {@code overrides} (any broker
     * setting) win over the defaults.
     */
    static Map<String, String> serverProperties(Path logDir, int brokerPort, int controllerPort,
            Map<String, String> overrides) {
        Map<String, String> settings = new TreeMap<>();
        // One node in KRaft combined mode: it is the whole cluster and the whole controller quorum.
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", Integer.toString(NODE_ID));
        settings.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        settings.put("listeners", BROKER_LISTENER + "://" + HOST + ":" + brokerPort + ","
                + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
        settings.put("advertised.listeners", BROKER_LISTENER + "://" + HOST + ":" + brokerPort);
        settings.put("controller.listener.names", CONTROLLER_LISTENER);
        settings.put("inter.broker.listener.name", BROKER_LISTENER);
        settings.put("listener.security.protocol.map",
                BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        settings.put("log.dirs", logDir.toString());
        // Single node: every replicated topic has one replica, and one in-sync replica is enough.
        settings.put("num.partitions", "1");
        settings.put("default.replication.factor", "1");
        settings.put("min.insync.replicas", "1");
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put(TRANSACTION_MAX_TIMEOUT, Long.toString(MAX_TRANSACTION_TIMEOUT.toMillis()));
        settings.put("share.coordinator.state.topic.replication.factor", "1");
        settings.put("share.coordinator.state.topic.min.isr", "1");
        // Fewer internal partitions than a production cluster: a laptop broker with few clients
        // creates them faster and keeps fewer files open.
        settings.put("offsets.topic.num.partitions", "10");
        settings.put("transaction.state.log.num.partitions", "10");
        settings.put("share.coordinator.state.topic.num.partitions", "10");
        // No three-second wait before the first rebalance of a new group: nobody else is coming.
        settings.put("group.initial.rebalance.delay.ms", "0");
        // Every topic comes from the topic catalogue; a typo must fail, not create a topic.
        settings.put("auto.create.topics.enable", "false");
        // Fewer threads than the defaults, sized for a laptop.
        settings.put("num.network.threads", "2");
        settings.put("num.io.threads", "4");
        settings.putAll(overrides);
        return settings;
    }

    /** The longest transaction the broker with these settings allows. */
    static Duration maxTransactionTimeout(Map<String, String> settings) {
        String millis = settings.get(TRANSACTION_MAX_TIMEOUT);
        return millis == null ? MAX_TRANSACTION_TIMEOUT : Duration.ofMillis(Long.parseLong(millis.trim()));
    }
}
