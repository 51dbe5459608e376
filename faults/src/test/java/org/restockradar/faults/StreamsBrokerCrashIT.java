package org.restockradar.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.embedded.EmbeddedKafka;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * F2's hanging transaction, tried with a Kafka Streams exactly-once (v2) application rather than plain transactional
 * producers (docs/reliability.md, "F2 again"): two instances count keys into a state store (a changelog) and write
 * the counts out, each in its transactions with the input offsets, under a steady load, while the broker (its own
 * JVM) is killed with SIGKILL, left down for 60 s and started again on the same log directory, then restarted
 * gracefully, as F2 does. Once the load has
 * stopped and the transaction timeout has passed, no partition may hold an open transaction and each partition's
 * last stable offset must reach its end, and the last count of each key, summed, must be the number of records fed
 * (nothing lost, nothing counted twice). It found a hanging transaction in one run of five at this rate
 * (docs/reliability.md, "F2 again"): that of the stream thread whose EndTxn(commit) was in flight at the kill.
 */
@Tag("integration")
@Tag("manual") // 2 to 3 minutes, and it finds the hang only sometimes: out of the build (faults/pom.xml says how to run it)
final class StreamsBrokerCrashIT {
    private static final Logger LOG = LoggerFactory.getLogger(StreamsBrokerCrashIT.class);
    private static final String APPLICATION = "crash-counts";
    private static final String INPUT = "crash-in";
    private static final String OUTPUT = "crash-out";
    private static final String STORE = "counts";
    private static final int PARTITIONS = 6;
    private static final int INSTANCES = 2;
    private static final Duration DOWN = Duration.ofSeconds(60);
    /** What Kafka Streams sets for exactly-once: a transaction open longer is aborted by its coordinator. */
    private static final Duration TRANSACTION_TIMEOUT = Duration.ofSeconds(10);

    /** Under target/, not a temporary folder: the broker's log (kafka/broker.log) stays there to read after a hang. */
    private static final Path DIR = Path.of("target", "streams-broker-crash").toAbsolutePath();

    @Test
    void shouldLeaveNoHangingTransactionAfterTheBrokerIsKilledUnderAStreamsApplication() throws Exception {
        if (Files.exists(DIR)) {
            try (Stream<Path> files = Files.walk(DIR)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
        Path dir = DIR;
        Path dataDir = dir.resolve("kafka");
        EmbeddedKafka kafka = EmbeddedKafka.start(dataDir);
        String bootstrap = kafka.bootstrapServers();
        EmbeddedKafka.Options samePort = EmbeddedKafka.Options.defaults()
                .withPort(Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1)));
        List<KafkaStreams> instances = new ArrayList<>();
        AtomicBoolean stopLoad = new AtomicBoolean();
        AtomicLong sent = new AtomicLong();
        Thread load = new Thread(() -> feed(bootstrap, sent, stopLoad), "load");
        try {
            try (Admin admin = admin(bootstrap)) {
                admin.createTopics(List.of(new NewTopic(INPUT, PARTITIONS, (short) 1),
                        new NewTopic(OUTPUT, PARTITIONS, (short) 1))).all().get(60, TimeUnit.SECONDS);
            }
            for (int instance = 0; instance < INSTANCES; instance++) {
                KafkaStreams streams = new KafkaStreams(topology(), settings(bootstrap, dir.resolve("state-" + instance)));
                streams.setUncaughtExceptionHandler(e -> {
                    LOG.warn("A stream thread died; replacing it", e);
                    return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
                });
                streams.start();
                instances.add(streams);
            }
            await("every instance RUNNING").atMost(Duration.ofMinutes(3)).until(() -> instances.stream()
                    .allMatch(streams -> streams.state() == KafkaStreams.State.RUNNING));
            load.start();
            try (Admin admin = admin(bootstrap)) {
                await("load flowing through the application").atMost(Duration.ofMinutes(3))
                        .until(() -> endOffsets(admin, outputPartitions(), IsolationLevel.READ_COMMITTED).values()
                                .stream().mapToLong(Long::longValue).sum() >= 1_000);
            }

            ProcessHandle broker = ProcessHandle.of(kafka.pid()).orElseThrow();
            LOG.info("kill -9 of the broker (pid {}) after {} input records", broker.pid(), sent.get());
            broker.destroyForcibly();
            broker.onExit().join();
            kafka.close();
            Thread.sleep(DOWN.toMillis()); // the fault itself: the broker stays down for 60 s, as in F2
            kafka = EmbeddedKafka.start(dataDir, samePort);
            LOG.info("The broker runs again");

            // F2 goes on with a graceful restart soon after the crash.
            awaitCommits(bootstrap, 500);
            kafka.close();
            kafka = EmbeddedKafka.start(dataDir, samePort);
            LOG.info("The broker runs again after a graceful restart");

            awaitCommits(bootstrap, 1_000);
            try (Admin admin = admin(bootstrap)) {
                stopLoad.set(true);
                load.join(60_000);
                List<TopicPartition> written = writtenPartitions();
                // Once the load has stopped, the application commits what it has and opens no more transactions;
                // a transaction still open after the timeout is one its coordinator has forgotten.
                await("no hanging transaction").atMost(TRANSACTION_TIMEOUT.multipliedBy(9))
                        .pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                            assertThat(openTransactions(admin, written)).isEmpty();
                            assertThat(endOffsets(admin, written, IsolationLevel.READ_COMMITTED))
                                    .isEqualTo(endOffsets(admin, written, IsolationLevel.READ_UNCOMMITTED));
                        });
                // Exactly once, end to end: the last count of each key, summed, is the number of records fed, with
                // none lost (a hung transaction whose offsets were committed while its output was aborted) and none
                // counted twice (a transaction replayed after its commit).
                long fed = sum(endOffsets(admin, partitionsOf(INPUT), IsolationLevel.READ_UNCOMMITTED));
                LOG.info("{} records fed; waiting for the application's counts to add up to them", fed);
                await("the counts add up to the records fed").atMost(Duration.ofMinutes(3))
                        .pollInterval(Duration.ofSeconds(5))
                        .untilAsserted(() -> assertThat(lastCountsSummed(bootstrap)).isEqualTo(fed));
            }
            assertThat(kafka.hangingTransactionsAborted()).isZero();
        } finally {
            stopLoad.set(true);
            instances.forEach(streams -> streams.close(Duration.ofSeconds(30)));
            kafka.close();
        }
    }

    /** Waits until the application has committed this many more records to its output. */
    private static void awaitCommits(String bootstrap, long more) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            long before = sum(endOffsets(admin, outputPartitions(), IsolationLevel.READ_COMMITTED));
            await("the application commits " + more + " more").atMost(Duration.ofMinutes(5))
                    .until(() -> sum(endOffsets(admin, outputPartitions(), IsolationLevel.READ_COMMITTED))
                            >= before + more);
        }
    }

    /** Counts each key, in a store with a changelog, and writes each new count out. */
    private static org.apache.kafka.streams.Topology topology() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(INPUT, Consumed.with(Serdes.String(), Serdes.String()))
                .groupByKey()
                .count(Materialized.<String, Long, KeyValueStore<Bytes, byte[]>>as(STORE)
                        .withKeySerde(Serdes.String()).withValueSerde(Serdes.Long()))
                .toStream()
                .mapValues(String::valueOf)
                .to(OUTPUT, Produced.with(Serdes.String(), Serdes.String()));
        return builder.build();
    }

    private static Properties settings(String bootstrap, Path stateDir) {
        Properties settings = new Properties();
        settings.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION);
        settings.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        settings.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        settings.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        settings.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 2);
        settings.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        settings.put(StreamsConfig.consumerPrefix("session.timeout.ms"), 6_000);
        settings.put(StreamsConfig.consumerPrefix("heartbeat.interval.ms"), 1_500);
        return settings;
    }

    /** A steady load: up to 1,000 records a second over 50 keys, with an idempotent producer, until told to stop. */
    private static void feed(String bootstrap, AtomicLong sent, AtomicBoolean stop) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new StringSerializer())) {
            while (!stop.get()) {
                long n = sent.getAndIncrement();
                try {
                    producer.send(new ProducerRecord<>(INPUT, "key-" + (n % 50), "value-" + n));
                } catch (KafkaException e) {
                    LOG.info("Record {} not sent: {}", n, e.toString()); // the broker is down: the load goes on
                }
                TimeUnit.MILLISECONDS.sleep(1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The output read with read_committed from its beginning to its last stable offset: each key's last count, summed. */
    private static long lastCountsSummed(String bootstrap) {
        Map<String, Long> last = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = outputPartitions();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    last.put(record.key(), Long.parseLong(record.value()));
                }
            }
        }
        return last.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Admin admin(String bootstrap) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    private static List<TopicPartition> outputPartitions() {
        return partitionsOf(OUTPUT);
    }

    /** The partitions the application's transactions write: its output and its store's changelog. */
    private static List<TopicPartition> writtenPartitions() {
        List<TopicPartition> partitions = new ArrayList<>(partitionsOf(OUTPUT));
        partitions.addAll(partitionsOf(APPLICATION + "-" + STORE + "-changelog"));
        return partitions;
    }

    private static List<TopicPartition> partitionsOf(String topic) {
        return IntStream.range(0, PARTITIONS).mapToObj(p -> new TopicPartition(topic, p)).toList();
    }

    /** Open transactions as partitions see them, with whether their coordinator still lists their producer. */
    private static List<String> openTransactions(Admin admin, List<TopicPartition> partitions) throws Exception {
        Set<Long> listed = admin.listTransactions().all().get(30, TimeUnit.SECONDS).stream()
                .filter(listing -> !listing.state().toString().startsWith("Complete")
                        && !listing.state().toString().equals("Empty"))
                .map(TransactionListing::producerId).collect(Collectors.toSet());
        Map<TopicPartition, List<ProducerState>> producers = new HashMap<>();
        admin.describeProducers(partitions).all().get(30, TimeUnit.SECONDS)
                .forEach((partition, description) -> producers.put(partition, description.activeProducers()));
        List<String> open = new ArrayList<>();
        producers.forEach((partition, states) -> states.stream()
                .filter(state -> state.currentTransactionStartOffset().isPresent())
                .forEach(state -> open.add(partition + ": producer " + state.producerId() + " epoch "
                        + state.producerEpoch() + " open since offset "
                        + state.currentTransactionStartOffset().getAsLong()
                        + (listed.contains(state.producerId()) ? " (its coordinator lists it)" : " (unknown to its coordinator)"))));
        return open;
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin, List<TopicPartition> partitions,
            IsolationLevel isolation) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = partitions.stream()
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
        return admin.listOffsets(latest, new ListOffsetsOptions(isolation)).all().get(30, TimeUnit.SECONDS)
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    private static long sum(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }
}
