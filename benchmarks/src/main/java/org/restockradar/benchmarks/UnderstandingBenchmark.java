package org.restockradar.benchmarks;

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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Outlet;
import org.restockradar.stream.understanding.Names;
import org.restockradar.stream.understanding.OutletDirectory;
import org.restockradar.stream.understanding.OutletMatcher;
import org.restockradar.stream.understanding.Text;
import org.restockradar.stream.understanding.Understanding;
import org.restockradar.stream.understanding.UnderstandingStage;

/**
 * The understanding stage over a registry of one million synthetic outlets, on one thread: the time per mention
 * (the whole stage: brand, intent, place, outlet) and the time of the two outlet lookups alone (by device
 * location, and by name within a locality through the stage). Results and the command are in docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
// The parallel collector, as the stream processor is deployed (docker/compose.yml); add
// -jvmArgsAppend -XX:+UseG1GC for the JVM's default collector. docs/benchmarks.md says why.
@Fork(value = 1, jvmArgsAppend = {"-Xms7g", "-Xmx7g", "-XX:+UseParallelGC", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class UnderstandingBenchmark {

    @Param("1000000")
    public int outlets;

    private OutletDirectory directory;
    private UnderstandingStage stage;
    private List<Mention> mentions;
    private List<Outlet> registry;
    private int next;
    private long ops;
    private long cpuAtStart;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private OutletMatcher matcher;
    private List<List<String>> queryKeys;
    private List<OutletMatcher.Constraint> queryPlaces;

    @Setup(Level.Trial)
    public void setUp() {
        registry = SyntheticWorld.outlets(outlets, 400, 42);
        directory = new OutletDirectory();
        registry.forEach(directory::put);
        stage = new UnderstandingStage(SyntheticWorld.catalog(), directory);
        mentions = SyntheticWorld.mentions(registry, 4096, 7);
        matcher = new OutletMatcher(directory);
        queryKeys = new java.util.ArrayList<>();
        queryPlaces = new java.util.ArrayList<>();
        for (int i = 0; i < 4096; i++) {
            Outlet o = registry.get((i * 7919) % registry.size());
            queryKeys.add(Names.keys(Text.tokens("no hippo at " + o.name() + " " + o.locality())));
            queryPlaces.add(new OutletMatcher.Constraint(java.util.Set.of(OutletDirectory.placeKey(o.city())),
                    java.util.Set.of(OutletDirectory.placeKey(o.locality())), null, null));
        }
    }

    /**
     * The machine is shared: wall-clock time per operation includes waiting for a core. The CPU time of the
     * benchmark thread per operation is printed after each iteration as well.
     */
    @Setup(Level.Iteration)
    public void startCpuClock() {
        ops = 0;
        cpuAtStart = THREADS.getCurrentThreadCpuTime();
    }

    @org.openjdk.jmh.annotations.TearDown(Level.Iteration)
    public void printCpuTime() {
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuAtStart;
        System.out.printf(java.util.Locale.ROOT, "  [cpu %.2f us/op over %d ops]%n", ops == 0 ? 0 : cpu / 1e3 / ops, ops);
    }

    /** The outlet named in a post, within the post's city and locality: the name index. */
    @Benchmark
    public OutletMatcher.Result outletByName() {
        ops++;
        int i = next++ & 4095;
        List<String> keys = queryKeys.get(i);
        return matcher.match(keys, java.util.Collections.nCopies(keys.size(), Boolean.FALSE), queryPlaces.get(i));
    }

    /** One mention through the whole stage. */
    @Benchmark
    public Understanding understandMention() {
        ops++;
        Mention m = mentions.get(next++ & 4095);
        return stage.understand(m);
    }

    /** The outlets within 60 m of a point: the spatial grid. */
    @Benchmark
    public List<Outlet> outletsNearPoint() {
        ops++;
        Outlet o = registry.get(Math.floorMod(next++ * 7919, registry.size()));
        return directory.near(new GeoPoint(o.location().lat() + 0.0002, o.location().lon()), 60);
    }
}
