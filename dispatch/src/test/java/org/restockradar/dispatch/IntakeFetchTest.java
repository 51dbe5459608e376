package org.restockradar.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Settings;

/** The client properties of the report topics' readers: the Kafka settings with the intake's fetch wait and size. */
final class IntakeFetchTest {
    private static final Map<String, String> KAFKA = Map.of("bootstrap.servers", "broker:9092", "fetch.max.wait.ms", "250");

    @Test
    void shouldKeepKafkasFetchDefaultsUnlessTold() {
        Map<String, String> config = DispatchService.intakeFetch(DispatchSettings.SETTINGS.read(Settings.of(Map.of())),
                Map.of("bootstrap.servers", "broker:9092"));

        assertThat(config).containsEntry("bootstrap.servers", "broker:9092")
                .containsEntry("fetch.max.wait.ms", "500")
                .containsEntry("fetch.min.bytes", "1");
    }

    @Test
    void shouldTakeTheWaitAndSizeFromDispatchsSettings() {
        Map<String, String> config = DispatchService.intakeFetch(DispatchSettings.SETTINGS.read(Settings.of(Map.of(
                "dispatch.intake-fetch-wait", "20ms", "dispatch.intake-fetch-min-bytes", "1"))), KAFKA);

        assertThat(config).containsEntry("fetch.max.wait.ms", "20").containsEntry("fetch.min.bytes", "1");
    }

    @Test
    void shouldRefuseAFetchSizeBelowOneByte() {
        assertThatThrownBy(() -> DispatchSettings.SETTINGS.read(Settings.of(Map.of("dispatch.intake-fetch-min-bytes", "0"))))
                .hasMessageContaining("dispatch.intake-fetch-min-bytes");
    }
}
