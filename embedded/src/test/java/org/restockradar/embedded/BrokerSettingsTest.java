package org.restockradar.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class BrokerSettingsTest {
    private final Path logDir = Path.of("/data/kafka/kafka-logs");

    @Test
    void shouldRunOneCombinedNodeOnTheLoopbackInterfaceOnly() {
        Map<String, String> settings = BrokerSettings.serverProperties(logDir, 19092, 19093, Map.of());

        assertThat(settings)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:19093")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:19092")
                .containsEntry("log.dirs", logDir.toString());
    }

    @Test
    void shouldReplicateEveryInternalTopicOnceSoThatGroupsAndTransactionsWorkOnOneNode() {
        Map<String, String> settings = BrokerSettings.serverProperties(logDir, 19092, 19093, Map.of());

        assertThat(settings)
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("share.coordinator.state.topic.replication.factor", "1")
                .containsEntry("share.coordinator.state.topic.min.isr", "1")
                .containsEntry("group.initial.rebalance.delay.ms", "0")
                .containsEntry("auto.create.topics.enable", "false");
    }

    @Test
    void shouldLetOverridesWinOverTheDefaults() {
        Map<String, String> settings = BrokerSettings.serverProperties(logDir, 19092, 19093,
                Map.of("log.retention.hours", "-1", "num.io.threads", "8"));

        assertThat(settings)
                .containsEntry("log.retention.hours", "-1")
                .containsEntry("num.io.threads", "8");
    }

    @Test
    void shouldAllowTransactionsOfAtMostTwoMinutesUnlessOverridden() {
        Map<String, String> defaults = BrokerSettings.serverProperties(logDir, 19092, 19093, Map.of());
        Map<String, String> overridden = BrokerSettings.serverProperties(logDir, 19092, 19093,
                Map.of("transaction.max.timeout.ms", "900000"));

        assertThat(defaults).containsEntry("transaction.max.timeout.ms", "120000");
        assertThat(BrokerSettings.maxTransactionTimeout(defaults)).isEqualTo(java.time.Duration.ofMinutes(2));
        assertThat(BrokerSettings.maxTransactionTimeout(overridden)).isEqualTo(java.time.Duration.ofMinutes(15));
    }
}
