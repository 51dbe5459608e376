package org.restockradar.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.TypedSettings;

final class StreamProcessorSettingsTest {

    @Test
    void shouldConfigureKafkaStreamsFromTheDeclaredSettingsAndTheClientProperties() {
        TypedSettings settings = StreamProcessorSettings.SETTINGS.read(Settings.of(Map.of(
                "kafka.bootstrap.servers", "b:9092", "streams.threads", "3", "dispatch.sla", "24h")));

        Properties config = StreamProcessor.streamsConfig(settings);

        assertThat(config).containsEntry("bootstrap.servers", "b:9092")
                .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "restock-radar-stream-processor")
                .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 3)
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(settings.get(StreamProcessorSettings.REVIEW_BELOW)).isEqualTo(0.6);
    }

    @Test
    void shouldCommitEvery200MsBatch64KiBAndNotIdleUnlessAKafkaSettingSaysOtherwise() {
        Properties defaults = StreamProcessor.streamsConfig(StreamProcessorSettings.SETTINGS.read(Settings.of(Map.of())));
        Properties overridden = StreamProcessor.streamsConfig(StreamProcessorSettings.SETTINGS.read(Settings.of(Map.of(
                "kafka.commit.interval.ms", "100", "kafka.batch.size", "16384", "kafka.max.task.idle.ms", "0"))));

        assertThat(defaults).containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200)
                .containsEntry(ProducerConfig.BATCH_SIZE_CONFIG, 65536)
                .containsEntry(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, StreamsConfig.MAX_TASK_IDLE_MS_DISABLED);
        assertThat(new StreamsConfig(defaults).getProducerConfigs("p")).containsEntry(ProducerConfig.BATCH_SIZE_CONFIG, 65536);
        assertThat(overridden).containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100")
                .containsEntry(ProducerConfig.BATCH_SIZE_CONFIG, "16384")
                .containsEntry(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, "0");
    }

    @Test
    void shouldCompressWhatItProducesWithLz4UnlessAKafkaSettingSaysOtherwise() {
        Properties defaults = StreamProcessor.streamsConfig(StreamProcessorSettings.SETTINGS.read(Settings.of(Map.of())));
        Properties overridden = StreamProcessor.streamsConfig(StreamProcessorSettings.SETTINGS.read(Settings.of(Map.of(
                "kafka.compression.type", "zstd"))));

        assertThat(new StreamsConfig(defaults).getProducerConfigs("p")).containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        assertThat(new StreamsConfig(overridden).getProducerConfigs("p")).containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    }

    @Test
    void shouldRefuseAMistypedKeyAndAValueOutsideItsCheckNamingThem() {
        assertThatThrownBy(() -> StreamProcessorSettings.SETTINGS.read(Settings.of(Map.of("streams.thread", "2"))))
                .hasMessageContaining("unknown configuration 'streams.thread' = '2'");
        assertThatThrownBy(() -> StreamProcessorSettings.SETTINGS.read(Settings.of(Map.of("understanding.review-below", "60"))))
                .hasMessageContaining("'understanding.review-below' must be between 0 and 1: '60'");
    }

    @Test
    void shouldTakeAGazetteerFolderThatExistsAndRefuseOneThatDoesNot(@TempDir Path folder) {
        TypedSettings settings = StreamProcessorSettings.SETTINGS.read(Settings.of(Map.of("gazetteer.dir", folder.toString())));

        assertThat(settings.find(StreamProcessorSettings.GAZETTEER_DIR)).contains(folder);
        assertThatThrownBy(() -> StreamProcessorSettings.SETTINGS.read(Settings.of(Map.of("gazetteer.dir", folder.resolve("missing").toString()))))
                .hasMessageContaining("'gazetteer.dir' must be an existing folder");
        assertThatThrownBy(() -> StreamProcessorSettings.SETTINGS.read(Settings.of(Map.of("gazetteer.folder", "x"))))
                .hasMessageContaining("unknown configuration 'gazetteer.folder'");
    }
}
