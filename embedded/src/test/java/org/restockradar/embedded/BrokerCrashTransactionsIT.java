package org.restockradar.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * F2 in small (docs/reliability.md, "F2 again, after the resend fix"): transactional producers write steadily, as the
 * stream processors' EOS v2 producers do, while the broker is killed with SIGKILL and started again on the same log
 * directory. Afterwards every committed record must be visible to read_committed readers, and no transaction may hang.
 */
@Tag("integration")
final class BrokerCrashTransactionsIT {
    private static final Logger LOG = LoggerFactory.getLogger(BrokerCrashTransactionsIT.class);
    private static final String TOPIC = "reports";
    private static final int PARTITIONS = 3;
    private static final int WRITERS = 2;
    private static final int KILLS = 2;
    /** As Kafka Streams sets it for exactly-once: a transaction open longer is aborted by the coordinator. */
    private static final Duration TRANSACTION_TIMEOUT = Duration.ofSeconds(10);

    @Test
    void shouldShowEveryCommittedRecordAndLeaveNoHangingTransactionAfterTheBrokerIsKilled(@TempDir Path dataDir)
            throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.start(dataDir);
        String bootstrap = kafka.bootstrapServers();
        EmbeddedKafka.Options samePort = EmbeddedKafka.Options.defaults()
                .withPort(Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1)));
        try (Admin admin = admin(bootstrap)) {
            admin.createTopics(List.of(new NewTopic(TOPIC, PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        ConcurrentLinkedQueue<String> committed = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> writers = IntStream.range(0, WRITERS)
                .mapToObj(writer -> new Thread(() -> write(bootstrap, "writer-" + writer, committed, stop),
                        "writer-" + writer))
                .toList();
        writers.forEach(Thread::start);
        try {
            for (int kill = 0; kill < KILLS; kill++) {
                int before = committed.size();
                await("records committed before kill " + kill).atMost(Duration.ofMinutes(3))
                        .until(() -> committed.size() >= before + 300);
                ProcessHandle broker = ProcessHandle.of(kafka.pid()).orElseThrow();
                LOG.info("kill -9 of the broker (pid {}) after {} committed records", broker.pid(), committed.size());
                broker.destroyForcibly();
                broker.onExit().join();
                kafka.close();
                kafka = EmbeddedKafka.start(dataDir, samePort);
                LOG.info("The broker runs again after kill {}", kill);
            }
            // F2 goes on with a graceful restart soon after the crash.
            int afterCrashes = committed.size();
            await("records committed before the graceful restart").atMost(Duration.ofMinutes(3))
                    .until(() -> committed.size() >= afterCrashes + 100);
            kafka.close();
            kafka = EmbeddedKafka.start(dataDir, samePort);
            int afterKills = committed.size();
            await("records committed after the last restart").atMost(Duration.ofMinutes(3))
                    .until(() -> committed.size() >= afterKills + 300);
            stop.set(true);
            for (Thread writer : writers) {
                writer.join(60_000);
            }

            try (Admin admin = admin(bootstrap)) {
                // Once the transaction timeout has passed, the coordinator has aborted whatever was left open.
                await("no hanging transaction").atMost(TRANSACTION_TIMEOUT.multipliedBy(6))
                        .pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                            assertThat(openTransactions(admin)).isEmpty();
                            assertThat(lastStableOffsets(admin)).isEqualTo(logEndOffsets(admin));
                        });
            }
            assertThat(readCommitted(bootstrap)).containsAll(Set.copyOf(committed));
        } finally {
            stop.set(true);
            kafka.close();
        }
    }

    /** Transactions of 10 records until told to stop; a failed one is aborted, or the producer made anew. */
    private static void write(String bootstrap, String transactionalId, ConcurrentLinkedQueue<String> committed,
            AtomicBoolean stop) {
        AtomicInteger sequence = new AtomicInteger();
        KafkaProducer<String, String> producer = null;
        while (!stop.get()) {
            try {
                if (producer == null) {
                    producer = producer(bootstrap, transactionalId);
                    producer.initTransactions();
                }
                producer.beginTransaction();
                List<String> values = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    String value = transactionalId + "-" + sequence.incrementAndGet();
                    producer.send(new ProducerRecord<>(TOPIC, value, value));
                    values.add(value);
                }
                producer.commitTransaction();
                committed.addAll(values);
            } catch (KafkaException | IllegalStateException e) {
                // A commit that timed out may or may not have committed: its records are not counted.
                LOG.info("Transaction of {} failed: {}", transactionalId, e.toString());
                producer = abortOrDiscard(producer);
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(10));
        }
    }

    private static KafkaProducer<String, String> abortOrDiscard(KafkaProducer<String, String> producer) {
        if (producer == null) {
            return null;
        }
        try {
            producer.abortTransaction();
            return producer;
        } catch (KafkaException | IllegalStateException e) {
            // As Kafka Streams does when a transaction cannot be ended: a new producer fences the old one.
            LOG.info("Abort failed ({}); making a new producer", e.toString());
            producer.close(Duration.ZERO);
            return null;
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrap, String transactionalId) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId,
                ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) TRANSACTION_TIMEOUT.toMillis(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new StringSerializer());
    }

    private static Admin admin(String bootstrap) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    private static List<TopicPartition> partitions() {
        return IntStream.range(0, PARTITIONS).mapToObj(p -> new TopicPartition(TOPIC, p)).toList();
    }

    private static List<String> openTransactions(Admin admin) throws Exception {
        List<String> open = new ArrayList<>();
        for (TransactionListing listing : admin.listTransactions().all().get(30, TimeUnit.SECONDS)) {
            open.add(listing.transactionalId() + " " + listing.state());
        }
        Map<TopicPartition, List<ProducerState>> producers = new HashMap<>();
        admin.describeProducers(partitions()).all().get(30, TimeUnit.SECONDS)
                .forEach((partition, description) -> producers.put(partition, description.activeProducers()));
        producers.forEach((partition, states) -> states.stream()
                .filter(state -> state.currentTransactionStartOffset().isPresent())
                .forEach(state -> open.add(partition + ": producer " + state.producerId() + " epoch "
                        + state.producerEpoch() + " open since offset " + state.currentTransactionStartOffset().getAsLong())));
        return open.stream().filter(line -> !line.endsWith("CompleteCommit") && !line.endsWith("CompleteAbort")
                && !line.endsWith("Empty")).collect(Collectors.toList());
    }

    private static Map<TopicPartition, Long> lastStableOffsets(Admin admin) throws Exception {
        return endOffsets(admin, IsolationLevel.READ_COMMITTED);
    }

    private static Map<TopicPartition, Long> logEndOffsets(Admin admin) throws Exception {
        return endOffsets(admin, IsolationLevel.READ_UNCOMMITTED);
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin, IsolationLevel isolation) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = partitions().stream()
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
        return admin.listOffsets(latest, new ListOffsetsOptions(isolation)).all().get(30, TimeUnit.SECONDS)
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    private static Set<String> readCommitted(String bootstrap) {
        Set<String> values = new HashSet<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(partitions());
            consumer.seekToBeginning(partitions());
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions());
            await("reading " + TOPIC).atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
                return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
            });
        }
        return values;
    }
}
