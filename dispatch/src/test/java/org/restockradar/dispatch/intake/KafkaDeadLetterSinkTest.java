package org.restockradar.dispatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

final class KafkaDeadLetterSinkTest {

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
