package org.restockradar.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class EmbeddedKafkaOptionsTest {
    /** Under load (2 cores, other JVMs starting) a broker took 58 s to be ready and the former 60 s bound failed NoOrphanBrokerIT. */
    @Test
    void shouldGiveAStartingBrokerMinutesToBecomeReadyByDefault() {
        assertThat(EmbeddedKafka.Options.defaults().readyTimeout()).isGreaterThanOrEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void shouldRefuseBrokerSettingsThatEmbeddedKafkaOwns() {
        EmbeddedKafka.Options defaults = EmbeddedKafka.Options.defaults();

        assertThatThrownBy(() -> defaults.withBrokerConfig(Map.of("listeners", "PLAINTEXT://0.0.0.0:9092")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("listeners");
    }

    @Test
    void shouldRefuseAHeapSizeTheJvmWouldNotTake() {
        EmbeddedKafka.Options defaults = EmbeddedKafka.Options.defaults();

        assertThatThrownBy(() -> defaults.withMaxHeap("half a gig"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("half a gig");
    }

    @Test
    void shouldRefuseJvmOptionsThatAreNoOptions() {
        EmbeddedKafka.Options defaults = EmbeddedKafka.Options.defaults();

        assertThatThrownBy(() -> defaults.withJvmOptions(List.of("-Xss1m", "kafka.Kafka")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kafka.Kafka");
    }

    @Test
    void shouldBuildTheBrokerClassPathFromExistingJarsAndThisModulesClasses() {
        List<String> entries = Arrays.asList(EmbeddedKafka.brokerClassPath().split(File.pathSeparator));

        assertThat(entries).anyMatch(entry -> entry.contains("kafka_2.13-"));
        assertThat(entries).anyMatch(entry -> entry.contains("log4j-slf4j2-impl-"));
        assertThat(entries).noneMatch(entry -> entry.contains("postgresql-"));
        assertThat(entries).allMatch(entry -> Files.exists(Path.of(entry)));
    }
}
