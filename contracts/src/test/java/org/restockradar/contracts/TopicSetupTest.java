package org.restockradar.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class TopicSetupTest {
    @Test
    void shouldCreateANamedTopicWithThePartitionsAskedForAndTheOthersAsCatalogued() {
        List<Topic<?, ?>> topics = TopicSetup.withPartitions(Map.of("mentions", 12));

        assertThat(topics).extracting(Topic::name).containsExactlyElementsOf(Topics.ALL.stream().map(Topic::name).toList());
        assertThat(topics).filteredOn(topic -> topic.name().equals("mentions")).singleElement()
                .satisfies(topic -> {
                    assertThat(topic.partitions()).isEqualTo(12);
                    assertThat(topic.configs()).isEqualTo(Topics.MENTIONS.configs());
                });
        assertThat(topics).filteredOn(topic -> topic.name().equals(Topics.STOCKOUT_REPORTS.name())).singleElement()
                .extracting(Topic::partitions).isEqualTo(Topics.STOCKOUT_REPORTS.partitions());
    }

    @Test
    void shouldRefuseAPartitionCountForATopicNotInTheCatalogue() {
        assertThatThrownBy(() -> TopicSetup.withPartitions(Map.of("mention", 6)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("topics.mention.partitions").hasMessageContaining("mentions");
    }

    @Test
    void shouldReadThePartitionsPerTopicFromTheSettingsAndRefuseLessThanOne() {
        SettingsDeclaration declaration = KafkaSettings.declareOn(SettingsDeclaration.builder("test", "test.")).build();

        assertThat(KafkaSettings.topicPartitions(declaration.read(Settings.of(Map.of("topics.mentions.partitions", "6")))))
                .isEqualTo(Map.of("mentions", 6));
        assertThatThrownBy(() -> declaration.read(Settings.of(Map.of("topics.mentions.partitions", "0"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("topics.mentions.partitions");
    }
}
