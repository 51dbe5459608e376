package org.restockradar.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.store.MMapDirectory;
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
import org.restockradar.contracts.Outlet;
import org.restockradar.stream.understanding.Names;
import org.restockradar.stream.understanding.OutletDirectory;
import org.restockradar.stream.understanding.OutletMatcher;
import org.restockradar.stream.understanding.Text;

/**
 * The outlet lookup against its peer, in one run over the same registry and the same queries: our
 * {@link OutletMatcher} over {@link OutletDirectory}, and {@link LuceneOutletPeer}, a Lucene index of the outlet
 * names. A query is a post's text naming an outlet of the registry and its locality ("no hippo at Sai Stores
 * Kanagar"), the outlet's city and locality, as {@code UnderstandingBenchmark.outletByName} derives them; with
 * {@code names=misspelt} the name's longest word carries one edit. Each operation is the whole lookup from the text
 * (its words or keys, the query, the search). Each fork prints, before it measures, the share of queries for which
 * its lookup returns the outlet the query was made from. Results and the command are in docs/benchmarks.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
// As UnderstandingBenchmark: the parallel collector, a heap for the million outlets and their indexes.
@Fork(value = 1, jvmArgsAppend = {"-Xms7g", "-Xmx7g", "-XX:+UseParallelGC", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class OutletLookupPeerBenchmark {
    /** Queries per run, cycled: as many as UnderstandingBenchmark's. */
    static final int QUERIES = 4096;

    /** A lookup: the outlet a query's text names within its city and locality, or null. */
    interface OutletLookup {
        Outlet find(OutletQuery query);
    }

    /**
     * A post's text naming {@code labelled}, with the city and locality it is filtered to; {@code namesake}: another
     * outlet of the same name in the same locality, which no lookup can tell from it.
     */
    record OutletQuery(String text, String city, String locality, Outlet labelled, boolean namesake) {
    }

    /** The registry and the queries, shared by both lookups. */
    @State(Scope.Benchmark)
    public static class World {
        @Param("1000000")
        public int outlets;

        /** {@code exact}: the names as the registry writes them; {@code misspelt}: one edit in the longest word. */
        @Param({"exact", "misspelt"})
        public String names;

        List<Outlet> registry;
        List<OutletQuery> queries;
        private int next;

        @Setup(Level.Trial)
        public void setUp() {
            registry = SyntheticWorld.outlets(outlets, 400, 42);
            queries = queries(registry, "misspelt".equals(names));
            System.out.printf(Locale.ROOT, "%n  [%d outlets, %d queries (%s names); %d name a shop that has a namesake"
                            + " in its own locality, which no lookup can tell apart]%n",
                    registry.size(), queries.size(), names, queries.stream().filter(OutletQuery::namesake).count());
        }

        OutletQuery next() {
            return queries.get(next++ & (QUERIES - 1));
        }
    }

    /** Our lookup: the registry's directory and the matcher, as the understanding stage uses them. */
    @State(Scope.Benchmark)
    public static class Ours implements OutletLookup {
        private OutletMatcher matcher;

        @Setup(Level.Trial)
        public void setUp(World world) {
            OutletDirectory directory = new OutletDirectory();
            world.registry.forEach(directory::put);
            matcher = new OutletMatcher(directory);
            Accuracy.of(this, world.queries).print("ours");
        }

        @Override
        public Outlet find(OutletQuery q) {
            List<String> keys = Names.keys(Text.tokens(q.text()));
            OutletMatcher.Constraint place = new OutletMatcher.Constraint(Set.of(OutletDirectory.placeKey(q.city())),
                    Set.of(OutletDirectory.placeKey(q.locality())), null, null);
            return matcher.match(keys, Collections.nCopies(keys.size(), Boolean.FALSE), place).outlet();
        }
    }

    /** The peer: a Lucene index of the same registry on a memory-mapped directory in a temporary folder. */
    @State(Scope.Benchmark)
    public static class Peer implements OutletLookup {
        private Path folder;
        private MMapDirectory directory;
        private LuceneOutletPeer peer;

        @Setup(Level.Trial)
        public void setUp(World world) throws IOException {
            folder = Files.createTempDirectory("outlet-peer");
            directory = new MMapDirectory(folder);
            peer = LuceneOutletPeer.index(world.registry, directory);
            Accuracy.of(this, world.queries).print("peer");
        }

        @Override
        public Outlet find(OutletQuery q) {
            return peer.find(q.text(), q.city(), q.locality()).orElse(null);
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            peer.close();
            directory.close();
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(OutletLookupPeerBenchmark::delete);
            }
        }
    }

    /**
     * The machine is shared: wall-clock time per operation includes waiting for a core, so the CPU time of the
     * benchmark thread per operation is printed after each iteration as well.
     */
    @State(Scope.Thread)
    public static class CpuClock {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private long ops;
        private long cpuAtStart;

        @Setup(Level.Iteration)
        public void start() {
            ops = 0;
            cpuAtStart = THREADS.getCurrentThreadCpuTime();
        }

        @TearDown(Level.Iteration)
        public void print() {
            long cpu = THREADS.getCurrentThreadCpuTime() - cpuAtStart;
            System.out.printf(Locale.ROOT, "  [cpu %.2f us/op over %d ops]%n", ops == 0 ? 0 : cpu / 1e3 / ops, ops);
        }
    }

    /** Our lookup: text → name keys → {@code OutletMatcher.match} within the city and locality. */
    @Benchmark
    public Outlet ours(World world, Ours ours, CpuClock clock) {
        clock.ops++;
        return ours.find(world.next());
    }

    /** The peer: text → analysed words → fuzzy and phrase query filtered to the city and locality → best hit. */
    @Benchmark
    public Outlet peer(World world, Peer peer, CpuClock clock) {
        clock.ops++;
        return peer.find(world.next());
    }

    /** The queries of UnderstandingBenchmark.outletByName: every 7919th outlet of the registry, by its name. */
    static List<OutletQuery> queries(List<Outlet> registry, boolean misspelt) {
        Map<String, Integer> sameNameAndPlace = new HashMap<>();
        for (Outlet o : registry) {
            sameNameAndPlace.merge(namePlace(o), 1, Integer::sum);
        }
        List<OutletQuery> queries = new ArrayList<>(QUERIES);
        for (int i = 0; i < QUERIES; i++) {
            Outlet o = registry.get((i * 7919) % registry.size());
            String name = misspelt ? misspell(o.name(), i) : o.name();
            queries.add(new OutletQuery("no hippo at " + name + " " + o.locality(), o.city(), o.locality(), o,
                    sameNameAndPlace.get(namePlace(o)) > 1));
        }
        return queries;
    }

    /**
     * One edit in the middle of the name's longest word, never its first letter: by turns a letter dropped
     * ("Ganesh" → "Ganeh"), two letters swapped ("Gaensh"), a letter replaced ("Ganfsh").
     */
    static String misspell(String name, int turn) {
        String longest = "";
        for (String w : name.split("[^\\p{L}]+")) {
            if (w.length() > longest.length()) {
                longest = w;
            }
        }
        if (longest.length() < 4) {
            return name;
        }
        int p = longest.length() / 2;
        char[] c = longest.toCharArray();
        String wrong = switch (turn % 3) {
            case 0 -> longest.substring(0, p) + longest.substring(p + 1);
            case 1 -> {
                char t = c[p];
                c[p] = c[p + 1 < c.length ? p + 1 : p - 1];
                c[p + 1 < c.length ? p + 1 : p - 1] = t;
                yield c[p] == t ? longest.substring(0, p) + longest.substring(p + 1) : new String(c);
            }
            default -> {
                c[p] = c[p] == 'z' ? 'a' : (char) (c[p] + 1);
                yield new String(c);
            }
        };
        return name.replace(longest, wrong);
    }

    private static String namePlace(Outlet o) {
        return o.name() + '\u0000' + o.locality() + '\u0000' + o.city();
    }

    /**
     * How often a lookup returns the labelled outlet, a namesake in the same place, another outlet, or none; and
     * the labelled outlet among the queries without a namesake.
     */
    record Accuracy(int queries, int labelled, int namesake, int other, int none, int distinct, int distinctLabelled) {
        static Accuracy of(OutletLookup lookup, List<OutletQuery> queries) {
            int distinct = 0;
            int distinctLabelled = 0;
            int labelled = 0;
            int namesake = 0;
            int other = 0;
            int none = 0;
            for (OutletQuery q : queries) {
                Outlet found = lookup.find(q);
                if (!q.namesake()) {
                    distinct++;
                    distinctLabelled += found != null && found.outletId().equals(q.labelled().outletId()) ? 1 : 0;
                }
                if (found == null) {
                    none++;
                } else if (found.outletId().equals(q.labelled().outletId())) {
                    labelled++;
                } else if (namePlace(found).equals(namePlace(q.labelled()))) {
                    namesake++;
                } else {
                    other++;
                }
            }
            return new Accuracy(queries.size(), labelled, namesake, other, none, distinct, distinctLabelled);
        }

        void print(String lookup) {
            System.out.printf(Locale.ROOT, "  [accuracy %s: labelled outlet %d/%d = %.4f; its namesake in the same"
                            + " place %d; another outlet %d; none %d; without a namesake: labelled %d/%d = %.4f]%n",
                    lookup, labelled, queries, (double) labelled / queries, namesake, other, none,
                    distinctLabelled, distinct, (double) distinctLabelled / distinct);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }
}
