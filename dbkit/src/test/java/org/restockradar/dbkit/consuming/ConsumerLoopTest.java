package org.restockradar.dbkit.consuming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Topic;

final class ConsumerLoopTest {

    @Test
    void shouldReadOnlyCommittedRecordsAndNeverCommitAutomaticallyWhateverThePassthroughSays() {
        Map<String, Object> config = ConsumerLoop.consumerConfig("dispatch", Map.of(
                "bootstrap.servers", "broker:9092",
                "enable.auto.commit", "true",
                "isolation.level", "read_uncommitted",
                "group.id", "someone-else",
                "max.poll.records", "100"), "dispatch", List.of("stockout-reports"));

        assertThat(config)
                .containsEntry(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092")
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "dispatch")
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)
                .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .containsEntry(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "100");
    }

    @Test
    void shouldStartANewGroupAtTheBeginningUnlessToldOtherwise() {
        assertThat(ConsumerLoop.consumerConfig("dispatch", Map.of("bootstrap.servers", "b:9092"), "dispatch", List.of("stockout-reports")))
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        assertThat(ConsumerLoop.consumerConfig("dispatch", Map.of("bootstrap.servers", "b:9092", "auto.offset.reset", "latest"), "dispatch",
                List.of("stockout-reports")))
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
    }

    @Test
    void shouldStartAReaderOfEveryOpenJobAtTheBeginningWhateverThePassthroughSays() {
        Map<String, String> kafka = ConsumerLoop.earliestOnNewGroup(Map.of("bootstrap.servers", "b:9092", "auto.offset.reset", "latest"));

        assertThat(ConsumerLoop.consumerConfig("rewards", kafka, "rewards-service", List.of("job-events")))
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .containsEntry("bootstrap.servers", "b:9092");
    }

    @Test
    void shouldReadWithoutAGroupFromTheBeginningWhateverThePassthroughSays() {
        Map<String, Object> config = ConsumerLoop.consumerConfig("dispatch", Map.of(
                "bootstrap.servers", "b:9092",
                "group.id", "someone-else",
                "auto.offset.reset", "latest",
                "enable.auto.commit", "true"), null, List.of("outlets"));

        assertThat(config)
                .doesNotContainKey(ConsumerConfig.GROUP_ID_CONFIG)
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)
                .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    }

    @Test
    void shouldNameEachReaderAfterItsTopicsRatherThanAPassthroughClientId() {
        assertThat(ConsumerLoop.consumerConfig("dispatch", Map.of("bootstrap.servers", "b:9092", "client.id", "shared"), "dispatch-replies",
                List.of("job-events", "mentions")))
                .containsEntry(ConsumerConfig.CLIENT_ID_CONFIG, "dispatch-job-events+mentions");
        assertThat(ConsumerLoop.consumerConfig("dispatch", Map.of("bootstrap.servers", "b:9092"), null, List.of("outlets")))
                .containsEntry(ConsumerConfig.CLIENT_ID_CONFIG, "dispatch-outlets");
    }

    @Test
    void shouldGiveEachConsumerOfAGroupInOneProcessAClientIdOfItsOwn() {
        assertThat(ConsumerLoop.consumerConfig("dispatch", "-2", Map.of("bootstrap.servers", "b:9092", "client.id", "shared"), "dispatch",
                List.of("stockout-reports")))
                .containsEntry(ConsumerConfig.CLIENT_ID_CONFIG, "dispatch-stockout-reports-2")
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "dispatch");
    }

    @Test
    void shouldRefuseAGroupOfNoConsumersNamingTheCount() {
        Topic<String, String> reports = new Topic<>("stockout-reports", Serdes.String(), Serdes.String(), 3, Map.of());

        assertThatThrownBy(() -> ConsumerLoop.inGroupByBatch("dispatch", Map.of("bootstrap.servers", "b:9092"), "dispatch", List.of(reports), 0,
                records -> { }, new SimpleMeterRegistry()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one consumer").hasMessageContaining(": 0");
    }
}
