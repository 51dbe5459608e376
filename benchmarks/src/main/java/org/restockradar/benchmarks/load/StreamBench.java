package org.restockradar.benchmarks.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.restockradar.benchmarks.SyntheticWorld;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Outlet;
import org.restockradar.contracts.TopicSetup;
import org.restockradar.contracts.Topics;
import org.restockradar.embedded.EmbeddedKafka;
import org.restockradar.faults.ServiceProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stream processor alone, at its steady state (issue 16, item 3): a broker, a registry on {@code outlets}, a
 * {@code mentions} topic filled before the stream processor starts (so that it never waits for input), then one
 * {@code StreamProcessorMain} in a child JVM, as deployed, that drains it. No ingest, no dispatch, no PostgreSQL.
 * Every half second it reads the processor's committed offsets, the CPU of its process and of each kind of its threads
 * (stream thread, JIT compilers, collector, Kafka's network threads: {@link ThreadMeter}) and the broker's CPU; the
 * drain is cut into {@code --windows} equal windows of mentions, so the JIT's warm-up (the first windows) is seen apart
 * from the steady state (the second half, whose figures are the result). With {@code --jfr}, Java Flight Recorder
 * records the second half only ({@code jcmd JFR.start} when half the mentions are committed), for {@link JfrProfile}.
 * <pre>tools/stream-bench.sh [--outlets 100000] [--mentions 300000] [--processor-settings kafka.linger.ms=5,...]</pre>
 */
public final class StreamBench {
    private static final Logger LOG = LoggerFactory.getLogger(StreamBench.class);
    static final String USAGE = """
            StreamBench [--outlets 100000] [--mentions 300000] [--windows 10] [--mentions-partitions 3]
                        [--processor-heap 2g] [--processor-jvm "-XX:+UseParallelGC ..."] [--jfr]
                        [--processor-settings key=value,...] [--bootstrap-servers host:port] [--dir DIR]""";
    private static final Duration SAMPLE_EVERY = Duration.ofMillis(500);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(60);
    private static final Pattern STREAM_RUNNING = Pattern.compile("Stream processor \\w+ -> RUNNING");
    /** The processor's client id: its threads' names start with it, short enough to show in a 15-character native name. */
    private static final String CLIENT_ID = "sp";
    private static final long REGISTRY_SEED = 42;
    private static final long STREAM_SEED = 7;

    /** One reading, {@code nanos} after the stream processor was RUNNING. */
    record Sample(long nanos, long committed, long processCpu, Map<String, Long> threadCpu, long brokerCpu) {
    }

    /** The figures of a stretch of the drain, between two samples. */
    record Window(Sample from, Sample to) {
        long mentions() {
            return to.committed - from.committed;
        }

        double seconds() {
            return (to.nanos - from.nanos) / 1e9;
        }

        double perSecond() {
            return mentions() / seconds();
        }

        double microsPerMention(long fromNanos, long toNanos) {
            return (toNanos - fromNanos) / 1e3 / Math.max(1, mentions());
        }

        double processMicros() {
            return microsPerMention(from.processCpu, to.processCpu);
        }

        double brokerMicros() {
            return microsPerMention(from.brokerCpu, to.brokerCpu);
        }

        /** CPU µs per mention of each kind of thread; a thread that started within the window counts from zero. */
        Map<String, Double> threadMicros() {
            Map<String, Double> micros = new TreeMap<>();
            to.threadCpu.forEach((kind, nanos) -> micros.put(kind, microsPerMention(from.threadCpu.getOrDefault(kind, 0L), nanos)));
            return micros;
        }
    }

    private StreamBench() {
    }

    public static void main(String[] args) throws IOException {
        BenchArgs parsed = BenchArgs.parse(args, List.of("outlets", "mentions", "windows", "mentions-partitions", "processor-heap", "processor-jvm",
                "processor-settings", "bootstrap-servers", "dir"), USAGE);
        Map<String, String> values = parsed.values();
        boolean jfr = parsed.jfr();
        int outlets = Integer.parseInt(values.getOrDefault("outlets", "100000"));
        int mentions = Integer.parseInt(values.getOrDefault("mentions", "300000"));
        int windows = Integer.parseInt(values.getOrDefault("windows", "10"));
        int partitions = Integer.parseInt(values.getOrDefault("mentions-partitions", Integer.toString(Topics.MENTIONS.partitions())));
        List<String> jvm = new ArrayList<>(LoadCluster.SERVICE_JVM);
        if (values.containsKey("processor-jvm")) {
            jvm = List.of(values.get("processor-jvm").trim().split("\\s+"));
        }
        Map<String, String> settings = LoadOptions.settings(values.getOrDefault("processor-settings", ""));
        Path dir = values.containsKey("dir") ? Files.createDirectories(Path.of(values.get("dir"))) : Files.createTempDirectory("stream-bench");
        String command = "tools/stream-bench.sh " + String.join(" ", java.util.Arrays.stream(args)
                .map(a -> a.contains(" ") ? "\"" + a + "\"" : a).toList());
        String loadBefore = Machine.loadAverage();
        Instant started = Instant.now();
        List<Sample> samples;
        long reports;
        long needsLocation;
        EmbeddedKafka kafka = null;
        try {
            String bootstrap;
            if (values.containsKey("bootstrap-servers")) {
                bootstrap = values.get("bootstrap-servers");
            } else {
                kafka = EmbeddedKafka.start(dir.resolve("kafka"), EmbeddedKafka.Options.defaults().withReadyTimeout(Duration.ofMinutes(3)))
                        .closedByCaller();
                bootstrap = kafka.bootstrapServers();
            }
            Map<String, Object> admin = Map.of("bootstrap.servers", bootstrap);
            TopicSetup.ensureTopics(admin, Map.of(Topics.MENTIONS.name(), partitions));
            List<Outlet> registry = SyntheticWorld.outlets(outlets, Math.max(4, Math.min(400, outlets / 2500)), REGISTRY_SEED);
            LoadHarness.publishOutlets(admin, registry);
            fillMentions(admin, new LoadStream(registry, STREAM_SEED), mentions);
            Path catalog = Files.writeString(dir.resolve("catalog.json"), SyntheticWorld.CATALOG_JSON, StandardCharsets.UTF_8);
            Map<String, String> config = new LinkedHashMap<>();
            config.put("kafka.bootstrap.servers", bootstrap);
            config.put("kafka.client.id", CLIENT_ID);
            config.put("catalog.file", catalog.toString());
            config.put("streams.state-dir", dir.resolve("streams").toString());
            config.put("management.port", "0");
            config.putAll(settings);
            String group = config.getOrDefault("streams.application-id", "restock-radar-stream-processor");
            ServiceProcess processor = ServiceProcess.start(new ServiceProcess.Spec("stream-processor",
                    "org.restockradar.stream.StreamProcessorMain",
                    List.of("--config", ServiceProcess.writeProperties(dir.resolve("stream-processor.properties"), config).toString()),
                    Map.of(), values.getOrDefault("processor-heap", "2g"), jvm), dir);
            try (Admin client = Admin.create(admin)) {
                Duration start = processor.awaitLine(STREAM_RUNNING, 0, START_TIMEOUT);
                LOG.info("Stream processor RUNNING after {} s; draining {} mentions", start.toSeconds(), mentions);
                samples = drain(client, group, processor, kafka, mentions, jfr ? Optional.of(dir.resolve("stream-processor-steady.jfr")) : Optional.empty());
            } finally {
                processor.stop();
            }
            reports = count(bootstrap, Topics.STOCKOUT_REPORTS.name());
            needsLocation = count(bootstrap, Topics.NEEDS_LOCATION.name());
        } finally {
            if (kafka != null) {
                kafka.close();
            }
        }
        System.out.println(render(command, started, loadBefore, Machine.loadAverage(), outlets, mentions, windows(samples, mentions, windows),
                reports, needsLocation, jvm, settings));
        System.exit(0);
    }

    /** {@code count} mentions onto {@code mentions}, as ingest writes them (idempotent, acks=all), stamped now. */
    private static void fillMentions(Map<String, Object> admin, LoadStream stream, int count) {
        Map<String, Object> config = new LinkedHashMap<>(admin);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        try (KafkaProducer<String, Mention> producer = new KafkaProducer<>(config, Topics.MENTIONS.keySerde().serializer(),
                Topics.MENTIONS.valueSerde().serializer())) {
            Instant now = Instant.now();
            for (int i = 0; i < count; i++) {
                Mention mention = stream.next("x-bench-" + i, now);
                producer.send(new ProducerRecord<>(Topics.MENTIONS.name(), mention.id(), mention));
            }
            producer.flush();
        }
        LOG.info("{} mentions on {}", count, Topics.MENTIONS.name());
    }

    private static List<Sample> drain(Admin admin, String group, ServiceProcess processor, EmbeddedKafka kafka, long mentions,
                                      Optional<Path> jfr) {
        ProcessMeter process = ProcessMeter.of(processor.pid());
        ThreadMeter threads = new ThreadMeter(processor.pid());
        Optional<ProcessMeter> broker = Optional.ofNullable(kafka).map(k -> ProcessMeter.of(k.pid()));
        long start = System.nanoTime();
        List<Sample> samples = new ArrayList<>();
        boolean recording = false;
        while (true) {
            long committed = committed(admin, group);
            samples.add(new Sample(System.nanoTime() - start, committed, process.read().map(ProcessMeter.Reading::cpuNanos).orElse(0L),
                    threads.read(), broker.flatMap(ProcessMeter::read).map(ProcessMeter.Reading::cpuNanos).orElse(0L)));
            if (jfr.isPresent() && !recording && committed >= mentions / 2) {
                jcmd(processor.pid(), "JFR.start", "name=steady", "settings=profile");
                recording = true;
            }
            if (committed >= mentions) {
                if (recording) {
                    jcmd(processor.pid(), "JFR.dump", "name=steady", "filename=" + jfr.get());
                    LOG.info("Steady-state recording in {}", jfr.get());
                }
                return samples;
            }
            if (!processor.isAlive()) {
                throw new IllegalStateException("the stream processor exited; see " + processor.log());
            }
            if (System.nanoTime() - start > DRAIN_TIMEOUT.toNanos()) {
                throw new IllegalStateException("not drained within " + DRAIN_TIMEOUT + ": " + committed + " of " + mentions);
            }
            LockSupport.parkNanos(SAMPLE_EVERY.toNanos());
        }
    }

    /** The windows of the drain: from the first sample at or past each {@code k * mentions / count} committed. */
    static List<Window> windows(List<Sample> samples, long mentions, int count) {
        List<Window> windows = new ArrayList<>();
        Sample from = samples.get(0);
        for (int k = 1; k <= count; k++) {
            long bound = mentions * k / count;
            Sample to = samples.stream().filter(s -> s.committed() >= bound).findFirst().orElse(samples.get(samples.size() - 1));
            if (to.nanos() > from.nanos()) {
                windows.add(new Window(from, to));
                from = to;
            }
        }
        return windows;
    }

    static String render(String command, Instant started, String loadBefore, String loadAfter, int outlets, int mentions,
                         List<Window> windows, long reports, long needsLocation, List<String> jvm, Map<String, String> settings) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "#### Stream bench of %s: %,d outlets, %,d mentions%n%n", started, outlets, mentions));
        out.append("Machine: ").append(Machine.current().describe()).append("; load average ").append(loadBefore)
                .append(" before, ").append(loadAfter).append(" after. Command: `").append(command).append("`.\n");
        out.append("Processor JVM: `").append(String.join(" ", jvm)).append("`; settings: ")
                .append(settings.isEmpty() ? "defaults" : "`" + settings + "`").append(String.format(Locale.ROOT,
                        "; reports written: %,d to crews, %,d to needs-location.%n%n", reports, needsLocation));
        List<String> kinds = windows.get(windows.size() - 1).threadMicros().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(5).map(Map.Entry::getKey).toList();
        List<String> header = new ArrayList<>(List.of("window", "mentions", "seconds", "mentions/s", "process µs/mention", "broker µs/mention"));
        kinds.forEach(kind -> header.add("`" + kind + "` µs"));
        MarkdownTable table = new MarkdownTable(header.toArray(String[]::new));
        for (int i = 0; i < windows.size(); i++) {
            table.row(row(Integer.toString(i + 1), windows.get(i), kinds));
        }
        Window steady = new Window(windows.get(windows.size() / 2).from(), windows.get(windows.size() - 1).to());
        table.row(row("**steady (second half)**", steady, kinds));
        out.append(table.render());
        return out.toString();
    }

    private static Object[] row(String name, Window window, List<String> kinds) {
        List<Object> cells = new ArrayList<>(List.of(name, MarkdownTable.count(window.mentions()), MarkdownTable.number(window.seconds(), 1),
                MarkdownTable.count(Math.round(window.perSecond())), MarkdownTable.number(window.processMicros(), 0),
                MarkdownTable.number(window.brokerMicros(), 0)));
        Map<String, Double> micros = window.threadMicros();
        kinds.forEach(kind -> cells.add(MarkdownTable.number(micros.getOrDefault(kind, 0.0), 0)));
        return cells.toArray();
    }

    private static long committed(Admin admin, String group) {
        try {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet().stream()
                    .filter(e -> e.getKey().topic().equals(Topics.MENTIONS.name()) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset()).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the offsets of " + group, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot read the offsets of " + group, e.getCause());
        }
    }

    /** Records of {@code topic} that a read-committed consumer sees (commit markers and aborted records left out). */
    private static long count(String bootstrap, String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long count = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
                count += records.count();
            }
            return count;
        }
    }

    private static void jcmd(long pid, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid)));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
                LOG.warn("{} failed: {}", command, output);
            }
        } catch (IOException e) {
            LOG.warn("Cannot run {}", command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
