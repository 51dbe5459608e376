package org.restockradar.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Outlet;
import org.restockradar.contracts.StockoutReport;
import org.restockradar.contracts.Topics;

/**
 * The stream processor's JSON outside the understanding stage, per record: a mention read from {@code mentions} (as
 * {@code DecodeMention} does, through the topic's serde) and a stock-out report written to {@code stockout-reports}
 * (as its sink does). The records are those of {@link SyntheticWorld}: 4,096 mentions about a registry of 10,000
 * outlets, stamped to the microsecond as ingest's replay stamps them, and the report of each as the stage would write it (the mention's author and text, an outlet, a reason).
 * A small registry serves: the serdes do not look at it. Run: {@code java -jar benchmarks/target/benchmarks.jar
 * SerdeBenchmark -prof gc}; figures in docs/benchmarks.md ("Session 18").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class SerdeBenchmark {
    private static final int RECORDS = 4096;
    private static final java.time.Instant STAMPED_FROM = java.time.Instant.parse("2026-12-07T18:00:00Z");
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * {@code topics}: the serdes of {@link Topics}, as deployed; {@code blackbird}: the same mapper with Jackson's
     * Blackbird module (accessors and constructors called through generated lambdas instead of reflection), to weigh it;
     * {@code jsr310}: the same mapper writing instants with JavaTimeModule's own serializer, as before session 18.
     */
    @Param({"topics", "blackbird", "jsr310"})
    public String mapper;

    private Deserializer<Mention> mentionReader;
    private Serializer<StockoutReport> reportWriter;
    private final List<byte[]> mentionBytes = new ArrayList<>(RECORDS);
    private final List<StockoutReport> reports = new ArrayList<>(RECORDS);
    private int next;
    private long ops;
    private long cpuAtStart;

    @Setup(Level.Trial)
    public void setUp() {
        if (mapper.equals("topics")) {
            mentionReader = Topics.MENTIONS.valueSerde().deserializer();
            reportWriter = Topics.STOCKOUT_REPORTS.valueSerde().serializer();
        } else {
            var other = org.restockradar.contracts.Json.mapper().copy();
            if (mapper.equals("blackbird")) {
                other.registerModule(new com.fasterxml.jackson.module.blackbird.BlackbirdModule());
            } else {
                other.registerModule(new com.fasterxml.jackson.databind.module.SimpleModule("jsr310-instants")
                        .addSerializer(java.time.Instant.class, com.fasterxml.jackson.datatype.jsr310.ser.InstantSerializer.INSTANCE));
            }
            var reader = other.readerFor(Mention.class);
            var writer = other.writerFor(StockoutReport.class);
            mentionReader = (topic, bytes) -> {
                try {
                    return reader.readValue(bytes);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
            reportWriter = (topic, report) -> {
                try {
                    return writer.writeValueAsBytes(report);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
        }
        List<Outlet> registry = SyntheticWorld.outlets(10_000, 40, 42);
        Serializer<Mention> mentionWriter = Topics.MENTIONS.valueSerde().serializer();
        List<Mention> mentions = SyntheticWorld.mentions(registry, RECORDS, 7);
        for (int i = 0; i < RECORDS; i++) {
            // stamped as ingest's replay stamps a mention (the clock's microseconds), not all at one whole second
            Mention m = mentions.get(i).withCreatedAt(STAMPED_FROM.plusMillis(i * 1013L).plusNanos((i * 7919L % 1000) * 1000));
            mentionBytes.add(mentionWriter.serialize(Topics.MENTIONS.name(), m));
            Outlet o = registry.get((i * 7919) % registry.size());
            reports.add(new StockoutReport(m.id(), m.source(), m.createdAt(), m.author(), m.text(), "hippo",
                    i % 3 == 0 ? null : "hippo-chilli-60g", o.outletId(), o.name(), o.locality(), o.city(),
                    0.5 + (i % 50) / 100.0, "outlet by name in the locality; report words " + (i % 7)));
        }
        long bytes = mentionBytes.stream().mapToLong(b -> b.length).sum();
        System.out.printf(java.util.Locale.ROOT, "  [mentions: %.0f bytes of JSON on average, e.g. %s]%n",
                (double) bytes / RECORDS, new String(mentionBytes.get(1), StandardCharsets.UTF_8));
    }

    /** The machine is shared: the CPU time of the benchmark thread per operation is printed after each iteration. */
    @Setup(Level.Iteration)
    public void startCpuClock() {
        ops = 0;
        cpuAtStart = THREADS.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void printCpuTime() {
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuAtStart;
        System.out.printf(java.util.Locale.ROOT, "  [cpu %.1f ns/op over %d ops]%n", ops == 0 ? 0 : (double) cpu / ops, ops);
    }

    /** A mention's bytes read as the stream processor's first step reads them. */
    @Benchmark
    public Mention decodeMention() {
        ops++;
        return mentionReader.deserialize(Topics.MENTIONS.name(), mentionBytes.get(next++ & (RECORDS - 1)));
    }

    /** A report written as the stream processor's sink writes it. */
    @Benchmark
    public byte[] encodeReport() {
        ops++;
        return reportWriter.serialize(Topics.STOCKOUT_REPORTS.name(), reports.get(next++ & (RECORDS - 1)));
    }
}
