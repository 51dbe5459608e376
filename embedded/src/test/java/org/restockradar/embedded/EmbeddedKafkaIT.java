package org.restockradar.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.restockradar.embedded.KafkaTestClients.consumer;
import static org.restockradar.embedded.KafkaTestClients.createTopic;
import static org.restockradar.embedded.KafkaTestClients.readAll;
import static org.restockradar.embedded.KafkaTestClients.topics;
import static org.restockradar.embedded.KafkaTestClients.transactionalProducer;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("integration")
final class EmbeddedKafkaIT {
    @Test
    void shouldShowOnlyCommittedTransactionsToReadCommittedConsumers() throws Exception {
        // Like the modules that use this one, the tests run without the broker's classes: the broker
        // below comes up from broker-classpath.txt alone.
        assertThatThrownBy(() -> Class.forName("kafka.Kafka")).isInstanceOf(ClassNotFoundException.class);
        Path dataDir;
        try (EmbeddedKafka kafka = EmbeddedKafka.throwaway()) {
            dataDir = kafka.dataDirectory();
            String bootstrap = kafka.bootstrapServers();
            assertThat(bootstrap).startsWith("127.0.0.1:");
            createTopic(bootstrap, "mentions");

            try (KafkaProducer<String, String> producer = transactionalProducer(bootstrap, "tx-mentions")) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("mentions", "kothrud", "hippo-chips"));
                producer.send(new ProducerRecord<>("mentions", "kothrud", "parle-g"));
                producer.commitTransaction();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("mentions", "kothrud", "rolled-back"));
                producer.flush();
                producer.abortTransaction();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("mentions", "baner", "maggi"));
                producer.commitTransaction();
            }

            assertThat(readAll(bootstrap, "mentions", "read_committed"))
                    .containsExactly("hippo-chips", "parle-g", "maggi");
            // The aborted record did reach the log: read_committed filtered it.
            assertThat(readAll(bootstrap, "mentions", "read_uncommitted")).contains("rolled-back");
            assertThat(Files.readString(dataDir.resolve("broker.log"))).contains("Kafka Server started");
        }
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void shouldFailWithTheBrokersLastLogLinesWhenItCannotStart() {
        EmbeddedKafka.Options badConfig = EmbeddedKafka.Options.defaults()
                .withBrokerConfig(Map.of("num.io.threads", "plenty"));

        assertThatThrownBy(() -> EmbeddedKafka.throwaway(badConfig).close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exited with code")
                .hasMessageContaining("last lines of broker.log")
                .hasMessageContaining("num.io.threads");
    }

    @Test
    void shouldKeepTopicsRecordsOffsetsAndTransactionsAcrossARestartOnOtherPorts(@TempDir Path dataDir)
            throws Exception {
        TopicPartition partition = new TopicPartition("stockouts", 0);
        String firstBootstrap;
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir)) {
            firstBootstrap = kafka.bootstrapServers();
            createTopic(firstBootstrap, "stockouts");
            try (KafkaProducer<String, String> producer = transactionalProducer(firstBootstrap, "tx-stockouts")) {
                producer.initTransactions();
                producer.beginTransaction();
                for (String value : List.of("first", "second", "third")) {
                    producer.send(new ProducerRecord<>("stockouts", "outlet-7", value));
                }
                producer.commitTransaction();
            }
            try (KafkaConsumer<String, String> consumer = consumer(firstBootstrap, "dispatch", "read_committed")) {
                consumer.commitSync(Map.of(partition, new OffsetAndMetadata(2)));
            }
        }

        // Hold the old ports so that the restart has to move to new ones.
        PortFile ports = PortFile.load(dataDir.resolve(EmbeddedKafka.PORT_FILE));
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket oldBroker = new ServerSocket(ports.remembered(EmbeddedKafka.BROKER_PORT), 1, loopback);
                ServerSocket oldController = new ServerSocket(ports.remembered(EmbeddedKafka.CONTROLLER_PORT), 1, loopback);
                EmbeddedKafka kafka = EmbeddedKafka.start(dataDir)) {
            String bootstrap = kafka.bootstrapServers();
            assertThat(bootstrap).isNotEqualTo(firstBootstrap).doesNotEndWith(":" + oldBroker.getLocalPort());
            assertThat(Files.readString(dataDir.resolve("server.properties")))
                    .doesNotContain(":" + oldController.getLocalPort());

            assertThat(topics(bootstrap)).contains("stockouts");
            assertThat(readAll(bootstrap, "stockouts", "read_committed")).containsExactly("first", "second", "third");
            try (KafkaConsumer<String, String> consumer = consumer(bootstrap, "dispatch", "read_committed")) {
                assertThat(consumer.committed(Set.of(partition)).get(partition).offset()).isEqualTo(2);
            }
            // The transaction coordinator still knows the producer: it fences the old epoch and goes on.
            try (KafkaProducer<String, String> producer = transactionalProducer(bootstrap, "tx-stockouts")) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("stockouts", "outlet-7", "fourth"));
                producer.commitTransaction();
            }
            // The commit marker reaches the partition after commitTransaction returns: until then the last stable
            // offset (the end of what read_committed sees) stays before "fourth".
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(readAll(bootstrap, "stockouts", "read_committed"))
                    .containsExactly("first", "second", "third", "fourth"));
        }
    }
}
