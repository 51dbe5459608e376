package org.restockradar.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void shouldTakeTheBrokersJarsFromTheFolderBesideThisModulesJar(@TempDir Path lib) throws IOException {
        Path jar = Files.createFile(lib.resolve("embedded-0.1.0.jar"));
        Files.createDirectories(lib.resolve("broker"));
        Files.createFile(lib.resolve("broker").resolve("kafka_2.13-4.3.1.jar"));

        assertThat(EmbeddedKafka.brokerFolderBeside(jar)).contains(lib.resolve("broker"));
    }

    @Test
    void shouldFallBackToTheBuildsListWithoutAFolderOfJarsBesideAJar(@TempDir Path lib) throws IOException {
        Path jar = Files.createFile(lib.resolve("embedded-0.1.0.jar"));
        Path classes = Files.createDirectories(lib.resolve("classes"));

        assertThat(EmbeddedKafka.brokerFolderBeside(jar)).as("no folder").isEmpty();
        Files.createDirectories(lib.resolve("broker"));
        assertThat(EmbeddedKafka.brokerFolderBeside(jar)).as("an empty folder").isEmpty();
        Files.createFile(lib.resolve("broker").resolve("kafka_2.13-4.3.1.jar"));
        assertThat(EmbeddedKafka.brokerFolderBeside(classes)).as("classes in a folder, not a jar").isEmpty();
    }

    @Test
    void shouldAllowTheBrokersNativeAndUnsafeAccessOnlyOnTheJdksThatKnowTheOptions() {
        assertThat(EmbeddedKafka.quietOnNewerJdks(17)).isEmpty();
        assertThat(EmbeddedKafka.quietOnNewerJdks(21)).isEmpty();
        assertThat(EmbeddedKafka.quietOnNewerJdks(22)).containsExactly("--enable-native-access=ALL-UNNAMED");
        assertThat(EmbeddedKafka.quietOnNewerJdks(25))
                .containsExactly("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");
    }
}
