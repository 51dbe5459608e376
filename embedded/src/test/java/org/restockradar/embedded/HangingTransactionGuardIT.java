package org.restockradar.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.restockradar.embedded.KafkaTestClients.createTopic;
import static org.restockradar.embedded.KafkaTestClients.readAll;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transaction that its coordinator has forgotten hangs for ever: here the coordinator's log is deleted while the
 * broker is down, as the broker lost the transaction of F2 (docs/reliability.md). The broker's owner must abort it.
 */
@Tag("integration")
final class HangingTransactionGuardIT {
    private static final TopicPartition STOCKOUTS = new TopicPartition("stockouts", 0);

    @Test
    void shouldAbortATransactionItsCoordinatorForgotSoThatLaterCommitsBecomeVisible(@TempDir Path dataDir)
            throws Exception {
        // Transactions of at most 20 s: the guard may call one hanging after 20 s and looks every 5 s.
        EmbeddedKafka.Options options = EmbeddedKafka.Options.defaults()
                .withBrokerConfig(Map.of("transaction.max.timeout.ms", "20000"));
        EmbeddedKafka kafka = EmbeddedKafka.start(dataDir, options);
        String bootstrap = kafka.bootstrapServers();
        try {
            createTopic(bootstrap, STOCKOUTS.topic());
            KafkaProducer<String, String> forgotten = transactionalProducer(bootstrap, "tx-forgotten");
            forgotten.initTransactions();
            forgotten.beginTransaction();
            forgotten.send(new ProducerRecord<>(STOCKOUTS.topic(), "outlet-7", "never-ended"));
            forgotten.flush();
            ProcessHandle broker = ProcessHandle.of(kafka.pid()).orElseThrow();
            broker.destroyForcibly();
            broker.onExit().join();
            kafka.close();
            forgotten.close(Duration.ZERO);
            deleteTransactionLog(dataDir.resolve(EmbeddedKafka.LOG_DIR));

            kafka = EmbeddedKafka.start(dataDir, options.withPort(port(bootstrap)));
            try (KafkaProducer<String, String> later = transactionalProducer(bootstrap, "tx-later")) {
                later.initTransactions();
                later.beginTransaction();
                later.send(new ProducerRecord<>(STOCKOUTS.topic(), "outlet-8", "committed-after"));
                later.commitTransaction();
            }
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                // The forgotten transaction holds the last stable offset at its start: the later commit is invisible.
                assertThat(endOffset(admin, IsolationLevel.READ_COMMITTED)).isZero();
                assertThat(endOffset(admin, IsolationLevel.READ_UNCOMMITTED)).isEqualTo(3);

                EmbeddedKafka running = kafka;
                await("the guard aborts the hanging transaction").atMost(Duration.ofMinutes(2))
                        .pollInterval(Duration.ofSeconds(1))
                        .until(() -> running.hangingTransactionsAborted() == 1);
                await("the last stable offset advances").atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                        endOffset(admin, IsolationLevel.READ_COMMITTED))
                        .isEqualTo(endOffset(admin, IsolationLevel.READ_UNCOMMITTED)));
            }
            assertThat(readAll(bootstrap, STOCKOUTS.topic(), "read_committed")).containsExactly("committed-after");
        } finally {
            kafka.close();
        }
    }

    private static void deleteTransactionLog(Path logDir) throws IOException {
        try (Stream<Path> partitions = Files.list(logDir)) {
            for (Path partition : partitions.filter(dir -> dir.getFileName().toString().startsWith("__transaction_state-"))
                    .toList()) {
                try (Stream<Path> files = Files.walk(partition)) {
                    files.sorted(Comparator.reverseOrder()).forEach(file -> {
                        try {
                            Files.delete(file);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
            }
        }
    }

    /** A transactional producer asking for 10 s, within the 20 s this broker allows. */
    private static KafkaProducer<String, String> transactionalProducer(String bootstrap, String transactionalId) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId,
                ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 10_000),
                new StringSerializer(), new StringSerializer());
    }

    private static int port(String bootstrap) {
        return Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
    }

    private static long endOffset(Admin admin, IsolationLevel isolation) throws Exception {
        return admin.listOffsets(Map.of(STOCKOUTS, OffsetSpec.latest()), new ListOffsetsOptions(isolation))
                .partitionResult(STOCKOUTS).get(30, TimeUnit.SECONDS).offset();
    }
}
