package org.restockradar.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.restockradar.embedded.KafkaTestClients.createTopic;
import static org.restockradar.embedded.KafkaTestClients.readAll;
import static org.restockradar.embedded.KafkaTestClients.transactionalProducer;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("integration")
final class NoOrphanBrokerIT {
    @Test
    void shouldStopTheBrokerWhenItsParentIsKilledAndRestartWithItsData(@TempDir Path dataDir) {
        ProcessHandle broker;
        try (ChildJvm parent = ChildJvm.start(EmbeddedChild.class, "kafka", dataDir.toString())) {
            String bootstrap = parent.awaitValue("bootstrap", Duration.ofSeconds(90));
            broker = ProcessHandle.of(Long.parseLong(parent.awaitValue("broker-pid", Duration.ofSeconds(5))))
                    .orElseThrow();
            createTopic(bootstrap, "orders");
            try (KafkaProducer<String, String> producer = transactionalProducer(bootstrap, "tx-orders")) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("orders", "outlet-1", "before-the-crash"));
                producer.commitTransaction();
            }
            assertThat(broker.isAlive()).isTrue();

            parent.kill();

            await("broker " + broker.pid() + " gone").atMost(Duration.ofSeconds(30)).until(() -> !broker.isAlive());
        }

        try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir)) {
            assertThat(kafka.pid()).isNotEqualTo(broker.pid());
            assertThat(readAll(kafka.bootstrapServers(), "orders", "read_committed")).containsExactly("before-the-crash");
        }
    }
}
