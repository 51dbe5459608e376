package org.restockradar.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.restockradar.stream.understanding.IntentReader;
import org.restockradar.stream.understanding.OutletDirectory;
import org.restockradar.stream.understanding.ReportModel;
import org.restockradar.stream.understanding.UnderstandingStage;

/**
 * The report model's cost per mention: {@link ReportModel#probability} over the synthetic mentions of
 * {@link SyntheticWorld} that reach the intent rules (their tokens, catalog hits and intent read once in the set-up).
 * The model's time does not depend on the registry, so a small one serves. Run:
 * {@code java -cp <benchmarks classpath> org.openjdk.jmh.Main ReportModelBenchmark}; figures in docs/understanding.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ReportModelBenchmark {
    /** A weights file to measure instead of the shipped model (empty: the shipped one), to compare two models in one run. */
    @Param({""})
    public String weights;

    private ReportModel model;
    private final List<UnderstandingStage.Reading> readings = new ArrayList<>();
    private final List<IntentReader.Intent> intents = new ArrayList<>();
    private int next;
    private long ops;
    private long cpuAtStart;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    @Setup(Level.Trial)
    public void setUp() {
        List<Outlet> registry = SyntheticWorld.outlets(10_000, 40, 42);
        OutletDirectory directory = new OutletDirectory();
        registry.forEach(directory::put);
        UnderstandingStage stage = new UnderstandingStage(SyntheticWorld.catalog(), directory);
        for (Mention m : SyntheticWorld.mentions(registry, 8192, 7)) {
            UnderstandingStage.Reading r = stage.reading(m);
            if (r.decided() == null && readings.size() < 4096) {
                readings.add(r);
                intents.add(IntentReader.read(r.tokens(), r.brandHits()));
            }
        }
        if (readings.size() < 4096) {
            throw new IllegalStateException("only " + readings.size() + " synthetic mentions reach the intent rules");
        }
        if (weights.isEmpty()) {
            model = ReportModel.fromClassPath();
        } else {
            try (java.io.Reader in = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of(weights))) {
                model = ReportModel.read(in, weights);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
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
        System.out.printf(java.util.Locale.ROOT, "  [cpu %.0f ns/op over %d ops]%n", ops == 0 ? 0 : (double) cpu / ops, ops);
    }

    /** The probability of one mention (features hashed and weighed). */
    @Benchmark
    public double probability() {
        ops++;
        int i = next++ & 4095;
        return model.probability(readings.get(i), intents.get(i));
    }
}
