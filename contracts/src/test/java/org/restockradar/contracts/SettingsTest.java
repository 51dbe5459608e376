package org.restockradar.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SettingsTest {

    @Test
    void shouldLayerDefaultsThenFileThenEnvironment(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rr.properties");
        Files.writeString(file, "kafka.bootstrap.servers=file:9092\nhttp.port=9000\n", StandardCharsets.UTF_8);

        Settings settings = Settings.load(
                Map.of("kafka.bootstrap.servers", "default:9092", "http.port", "8080", "sla", "48h"),
                file,
                Map.of("RR_HTTP_PORT", "7000", "PATH", "/usr/bin"));

        assertThat(settings.get("kafka.bootstrap.servers")).isEqualTo("file:9092");
        assertThat(settings.getInt("http.port")).isEqualTo(7000);
        assertThat(settings.getDuration("sla")).isEqualTo(Duration.ofHours(48));
        assertThat(settings.find("path")).isEmpty();
    }

    @Test
    void shouldMapEnvironmentNamesToKeys() {
        assertThat(Settings.keyOfEnv("RR_KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka.bootstrap.servers");
        assertThat(Settings.keyOfEnv("RR_DEMO_MENTIONS__FILE")).isEqualTo("demo.mentions-file");
        assertThat(Settings.envNameOf("demo.mentions-file")).isEqualTo("RR_DEMO_MENTIONS__FILE");
    }

    @Test
    void shouldGiveKafkaClientPropertiesFromPrefix() {
        Settings settings = Settings.of(Map.of("kafka.bootstrap.servers", "b:9092", "kafka.acks", "all", "http.port", "1"));

        assertThat(settings.subset("kafka.")).containsExactlyInAnyOrderEntriesOf(Map.of("bootstrap.servers", "b:9092", "acks", "all"));
    }

    @Test
    void shouldNameTheMissingKeyAndItsVariable() {
        assertThatThrownBy(() -> Settings.of(Map.of()).get("db.url"))
                .hasMessageContaining("db.url").hasMessageContaining("RR_DB_URL");
    }

    @Test
    void shouldRejectMalformedNumbersAndDurationsWithTheValue() {
        Settings settings = Settings.of(Map.of("port", "80x", "sla", "48 hours"));

        assertThatThrownBy(() -> settings.getInt("port")).hasMessageContaining("'80x'");
        assertThatThrownBy(() -> settings.getDuration("sla")).hasMessageContaining("'48 hours'");
    }

    @Test
    void shouldMaskSecretsWhenPrinted() {
        Settings settings = Settings.of(Map.of("db.password", "hunter2", "x.api-key", "abc", "db.user", "rr"));

        assertThat(settings.toString()).doesNotContain("hunter2").doesNotContain("abc").contains("db.user=rr");
    }
}
