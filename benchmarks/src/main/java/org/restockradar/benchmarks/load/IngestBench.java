package org.restockradar.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.restockradar.benchmarks.SyntheticWorld;
import org.restockradar.contracts.Outlet;
import org.restockradar.contracts.TopicSetup;
import org.restockradar.contracts.Topics;
import org.restockradar.embedded.EmbeddedKafka;
import org.restockradar.faults.ServiceProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest's replay alone (issue 16): a broker and {@code IngestMain replay --rate 0 --restamp} of a JSONL file of the
 * harness's mentions ({@link LoadStream}), in a child JVM as the harness starts it. Every 200 ms it reads the end of
 * {@code mentions}, the CPU of the replay's process and of each kind of its threads ({@link ThreadMeter}: {@code main}
 * reads, decodes and encodes, {@code kafka-producer-network-thread} (15 characters: {@code kafka-producer-})
 * batches, compresses and sends, the JIT's compiler threads) and the broker's CPU. It prints the start-up (from the
 * JVM's start to the first mention on the topic) and the replay cut into {@code --windows} equal windows of mentions, so
 * that the JIT's warm-up (the first windows) is seen apart from the steady state (the second half).
 * {@code --ingest-settings k=v,...} adds ingest settings ({@code kafka.linger.ms=20}), {@code --ingest-jvm} replaces
 * the JVM options, {@code --jfr} records the whole replay with Java Flight Recorder ({@code ingest-replay.jfr} in
 * {@code --dir}) for {@link JfrProfile}.
 * <pre>tools/ingest-bench.sh [--mentions 500000] [--ingest-settings kafka.compression.type=none] [--jfr]</pre>
 */
public final class IngestBench {
    private static final Logger LOG = LoggerFactory.getLogger(IngestBench.class);
    static final String USAGE = """
            IngestBench [--mentions 500000] [--windows 10] [--outlets 100000] [--ingest-settings key=value,...]
                        [--ingest-jvm "-XX:+UseParallelGC ..."] [--jfr] [--bootstrap-servers host:port] [--dir DIR]""";
    private static final Duration SAMPLE_EVERY = Duration.ofMillis(200);
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(30);
    private static final long REGISTRY_SEED = 42;
    private static final long STREAM_SEED = 7;

    /** One reading, {@code nanos} after the replay's JVM was started. */
    record Sample(long nanos, long written, long processCpu, Map<String, Long> threadCpu, long brokerCpu) {
    }

    private IngestBench() {
    }

    public static void main(String[] args) throws IOException {
        BenchArgs parsed = BenchArgs.parse(args, List.of("outlets", "mentions", "windows", "ingest-settings", "ingest-jvm", "bootstrap-servers", "dir"), USAGE);
        Map<String, String> values = parsed.values();
        boolean jfr = parsed.jfr();
        int outlets = Integer.parseInt(values.getOrDefault("outlets", "100000"));
        int mentions = Integer.parseInt(values.getOrDefault("mentions", "500000"));
        int windows = Integer.parseInt(values.getOrDefault("windows", "10"));
        List<String> jvm = new ArrayList<>(LoadCluster.SERVICE_JVM);
        if (values.containsKey("ingest-jvm")) {
            jvm = new ArrayList<>(List.of(values.get("ingest-jvm").trim().split("\\s+")));
        }
        Map<String, String> settings = LoadOptions.settings(values.getOrDefault("ingest-settings", ""));
        Path dir = values.containsKey("dir") ? Files.createDirectories(Path.of(values.get("dir"))) : Files.createTempDirectory("ingest-bench");
        if (jfr) {
            jvm.add("-XX:StartFlightRecording=settings=profile,filename=" + dir.resolve("ingest-replay.jfr"));
        }
        String command = "tools/ingest-bench.sh " + java.util.Arrays.stream(args)
                .map(a -> a.contains(" ") ? "\"" + a + "\"" : a).collect(Collectors.joining(" "));
        List<Outlet> registry = SyntheticWorld.outlets(outlets, Math.max(4, Math.min(400, outlets / 2500)), REGISTRY_SEED);
        Path file = dir.resolve("mentions.jsonl");
        int recordBytes = LoadHarness.writeMentions(new LoadStream(registry, STREAM_SEED), file, "x-ingest-", mentions);
        String loadBefore = Machine.loadAverage();
        Instant started = Instant.now();
        List<Sample> samples;
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
            TopicSetup.ensureTopics(admin, Map.of());
            Map<String, String> config = new LinkedHashMap<>();
            config.put("kafka.bootstrap.servers", bootstrap);
            config.put("management.port", "0");
            config.putAll(settings);
            try (Admin client = Admin.create(admin)) {
                long base = written(client);
                ServiceProcess replay = ServiceProcess.start(new ServiceProcess.Spec("ingest-replay", "org.restockradar.ingest.IngestMain",
                        List.of("--config", ServiceProcess.writeProperties(dir.resolve("ingest.properties"), config).toString(), "replay",
                                "--file", file.toString(), "--rate", "0", "--restamp"), Map.of(), "512m", jvm), dir);
                try {
                    samples = sample(client, base, replay, kafka, mentions);
                } finally {
                    replay.awaitExitAtMost(Duration.ofMinutes(1));
                    replay.stop();
                }
            }
        } finally {
            if (kafka != null) {
                kafka.close();
            }
        }
        System.out.println(render(command, started, loadBefore, Machine.loadAverage(), mentions, recordBytes, samples, windows, jvm, settings));
        System.exit(0);
    }

    private static List<Sample> sample(Admin admin, long base, ServiceProcess replay, EmbeddedKafka kafka, long mentions) {
        ProcessMeter process = ProcessMeter.of(replay.pid());
        ThreadMeter threads = new ThreadMeter(replay.pid());
        ProcessMeter broker = kafka == null ? null : ProcessMeter.of(kafka.pid());
        long start = System.nanoTime();
        List<Sample> samples = new ArrayList<>();
        while (true) {
            long written = written(admin) - base;
            var cpu = process.read();
            if (cpu.isEmpty()) {
                throw new IllegalStateException("the replay exited after " + written + " of " + mentions + " mentions; see " + replay.log());
            }
            samples.add(new Sample(System.nanoTime() - start, written, cpu.get().cpuNanos(), threads.read(),
                    broker == null ? 0 : broker.read().map(ProcessMeter.Reading::cpuNanos).orElse(0L)));
            if (written >= mentions) {
                LOG.info("{} mentions written in {} s", written, (System.nanoTime() - start) / 1_000_000_000L);
                return samples;
            }
            if (System.nanoTime() - start > RUN_TIMEOUT.toNanos()) {
                throw new IllegalStateException("not written within " + RUN_TIMEOUT + ": " + written + " of " + mentions);
            }
            LockSupport.parkNanos(SAMPLE_EVERY.toNanos());
        }
    }

    private static long written(Admin admin) {
        try {
            var partitions = admin.describeTopics(List.of(Topics.MENTIONS.name())).allTopicNames().get().get(Topics.MENTIONS.name())
                    .partitions().stream().map(p -> new TopicPartition(Topics.MENTIONS.name(), p.partition()))
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            return admin.listOffsets(partitions).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the end of " + Topics.MENTIONS.name(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot read the end of " + Topics.MENTIONS.name(), e.getCause());
        }
    }

    static String render(String command, Instant started, String loadBefore, String loadAfter, int mentions, int recordBytes,
                         List<Sample> samples, int count, List<String> jvm, Map<String, String> settings) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "#### Ingest bench of %s: %,d mentions of %d bytes%n%n", started, mentions, recordBytes));
        out.append("Machine: ").append(Machine.current().describe()).append("; load average ").append(loadBefore)
                .append(" before, ").append(loadAfter).append(" after. Command: `").append(command).append("`.\n");
        out.append("Replay JVM: `").append(String.join(" ", jvm)).append("`; settings: ")
                .append(settings.isEmpty() ? "defaults" : "`" + settings + "`").append(".\n\n");
        Sample zero = new Sample(0, 0, 0, Map.of(), samples.get(0).brokerCpu());
        Sample first = samples.stream().filter(s -> s.written() > 0).findFirst().orElse(samples.get(samples.size() - 1));
        // The start-up: the JVM's start, the producer's connection, up to the sample before the first mention is on the topic.
        Sample ready = samples.get(Math.max(0, samples.indexOf(first) - 1));
        List<String> kinds = new ArrayList<>(new TreeMap<>(samples.get(samples.size() - 1).threadCpu()).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5).map(Map.Entry::getKey).toList());
        List<String> header = new ArrayList<>(List.of("window", "mentions", "seconds", "mentions/s", "process µs/mention", "broker µs/mention"));
        kinds.forEach(kind -> header.add("`" + kind + "` µs"));
        MarkdownTable table = new MarkdownTable(header.toArray(String[]::new));
        table.row(startRow(zero, ready, kinds));
        List<Sample[]> windows = new ArrayList<>();
        Sample from = ready;
        for (int k = 1; k <= count; k++) {
            long bound = (long) mentions * k / count;
            Sample to = samples.stream().filter(s -> s.written() >= bound).findFirst().orElse(samples.get(samples.size() - 1));
            if (to.nanos() > from.nanos()) {
                windows.add(new Sample[] {from, to});
                from = to;
            }
        }
        for (int i = 0; i < windows.size(); i++) {
            table.row(row(Integer.toString(i + 1), windows.get(i)[0], windows.get(i)[1], kinds));
        }
        table.row(row("**steady (second half)**", windows.get(windows.size() / 2)[0], windows.get(windows.size() - 1)[1], kinds));
        table.row(row("whole run (start-up included)", zero, samples.get(samples.size() - 1), kinds));
        out.append(table.render());
        return out.toString();
    }

    private static Object[] startRow(Sample from, Sample to, List<String> kinds) {
        List<Object> cells = new ArrayList<>(List.of("start-up (CPU s, not per mention)", "0", MarkdownTable.number(to.nanos() / 1e9, 1), "—",
                MarkdownTable.number(to.processCpu() / 1e9, 2), MarkdownTable.number((to.brokerCpu() - from.brokerCpu()) / 1e9, 2)));
        kinds.forEach(kind -> cells.add(MarkdownTable.number(to.threadCpu().getOrDefault(kind, 0L) / 1e9, 2)));
        return cells.toArray();
    }

    private static Object[] row(String name, Sample from, Sample to, List<String> kinds) {
        long mentions = Math.max(1, to.written() - from.written());
        double seconds = (to.nanos() - from.nanos()) / 1e9;
        List<Object> cells = new ArrayList<>(List.of(name, MarkdownTable.count(to.written() - from.written()), MarkdownTable.number(seconds, 1),
                MarkdownTable.count(Math.round(mentions / seconds)), MarkdownTable.number((to.processCpu() - from.processCpu()) / 1e3 / mentions, 1),
                MarkdownTable.number((to.brokerCpu() - from.brokerCpu()) / 1e3 / mentions, 1)));
        kinds.forEach(kind -> cells.add(MarkdownTable.number(
                (to.threadCpu().getOrDefault(kind, 0L) - from.threadCpu().getOrDefault(kind, 0L)) / 1e3 / mentions, 1)));
        return cells.toArray();
    }
}
