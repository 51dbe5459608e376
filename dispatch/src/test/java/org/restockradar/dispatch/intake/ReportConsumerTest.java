package org.restockradar.dispatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

final class ReportConsumerTest {

    @Test
    void shouldReadOnlyCommittedRecordsAndNeverCommitAutomaticallyWhateverThePassthroughSays() {
        Map<String, Object> config = ReportConsumer.consumerConfig(Map.of(
                "bootstrap.servers", "broker:9092",
                "enable.auto.commit", "true",
                "isolation.level", "read_uncommitted",
                "group.id", "someone-else",
                "max.poll.records", "100"), "dispatch");

        assertThat(config)
                .containsEntry(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092")
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "dispatch")
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)
                .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .containsEntry(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "100");
    }

    @Test
    void shouldStartANewGroupAtTheBeginningUnlessToldOtherwise() {
        assertThat(ReportConsumer.consumerConfig(Map.of("bootstrap.servers", "b:9092"), "dispatch"))
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        assertThat(ReportConsumer.consumerConfig(Map.of("bootstrap.servers", "b:9092", "auto.offset.reset", "latest"), "dispatch"))
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
    }

    @Test
    void shouldWaitForEveryInSyncReplicaBeforeADeadLetterCountsAsWritten() {
        Map<String, Object> config = KafkaDeadLetterSink.producerConfig(Map.of("bootstrap.servers", "b:9092", "acks", "0"));

        assertThat(config)
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000)
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "b:9092");
    }
}
