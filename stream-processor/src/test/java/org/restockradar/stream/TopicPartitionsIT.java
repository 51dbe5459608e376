package org.restockradar.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.KafkaSettings;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.TopicSetup;
import org.restockradar.contracts.Topics;
import org.restockradar.embedded.EmbeddedKafka;

/** {@code topics.mentions.partitions} on a real broker: the topic is created with them; a second start asking fewer changes nothing. */
@Tag("integration")
final class TopicPartitionsIT {
    private static EmbeddedKafka kafka;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.throwaway();
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    @Test
    void shouldCreateMentionsWithThePartitionsTheSettingsAskAndLeaveAnExistingTopicAlone() throws Exception {
        Map<String, Object> admin = Map.of("bootstrap.servers", kafka.bootstrapServers());
        Settings sixPartitions = Settings.of(Map.of("topics.mentions.partitions", "6"));

        TopicSetup.ensureTopics(admin, KafkaSettings.topicPartitions(StreamProcessorSettings.SETTINGS.read(sixPartitions)));
        TopicSetup.ensureTopics(admin, Map.of(Topics.MENTIONS.name(), 2));

        assertThat(partitions(admin, Topics.MENTIONS.name())).isEqualTo(6);
        assertThat(partitions(admin, Topics.STOCKOUT_REPORTS.name())).isEqualTo(Topics.STOCKOUT_REPORTS.partitions());
    }

    private static int partitions(Map<String, Object> config, String topic) throws Exception {
        try (Admin admin = Admin.create(config)) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions().size();
        }
    }
}
