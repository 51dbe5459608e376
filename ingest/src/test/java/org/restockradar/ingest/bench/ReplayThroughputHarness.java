package org.restockradar.ingest.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Source;
import org.restockradar.contracts.TopicSetup;
import org.restockradar.contracts.Topics;
import org.restockradar.embedded.EmbeddedKafka;
import org.restockradar.ingest.publish.KafkaMentionSink;
import org.restockradar.ingest.replay.ReplaySource;

/**
 * Load harness, run by hand (never by the test suite): replays a file of synthetic mentions into a real
 * single-node broker (the embedded one) at full speed and writes mentions/s to {@code docs/results/replay-throughput.md}.
 *
 * <pre>./mvnw -q -pl ingest -am test-compile exec:java -Dexec.args="200000 3"</pre>
 */
public final class ReplayThroughputHarness {
    private ReplayThroughputHarness() {
    }

    public static void main(String[] args) throws Exception {
        int mentions = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path file = Files.createTempFile("replay-bench-", ".jsonl");
        writeMentions(file, mentions);
        List<Double> rates = new ArrayList<>();
        try (EmbeddedKafka kafka = EmbeddedKafka.throwaway()) {
            Map<String, String> config = Map.of("bootstrap.servers", kafka.bootstrapServers());
            TopicSetup.ensureTopics(Map.copyOf(config));
            for (int run = 0; run <= runs; run++) {
                try (KafkaMentionSink sink = new KafkaMentionSink(config, Clock.systemUTC())) {
                    long start = System.nanoTime();
                    ReplaySource.Summary summary = new ReplaySource(sink, ReplaySource.Pacer.NONE).replay(file, 0);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    double rate = summary.published() / seconds;
                    System.out.printf(Locale.ROOT, "%s run: %d mentions in %.2f s = %.0f mentions/s%n",
                            run == 0 ? "warm-up" : "measured", summary.published(), seconds, rate);
                    if (run > 0) {
                        rates.add(rate);
                    }
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
        write(mentions, runs, rates, Path.of(System.getProperty("bench.output", "docs/results/replay-throughput.md")));
    }

    private static void writeMentions(Path file, int count) throws IOException {
        String[] texts = {
            "can't find Hippo at Sharma General Store, Kothrud :( #hungryforhippo",
            "Hippo nahi mila Agarwal kirana pe, kab aayega?",
            "walang Hippo sa sari-sari store ni Aling Nena sa Tondo",
            "हिप्पो नहीं मिला दुकान पर",
        };
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Instant start = Instant.parse("2026-11-01T00:00:00Z");
            for (int i = 0; i < count; i++) {
                Mention mention = new Mention("x-" + (1_000_000 + i), Source.X, start.plusSeconds(i),
                        new Author("u-" + (i % 5000), "user_" + (i % 5000), "User " + (i % 5000), "Pune, India", 100 + i % 900),
                        texts[i % texts.length], null, i % 10 == 0 ? new GeoPoint(18.5 + (i % 100) / 1e4, 73.8) : null, false);
                out.write(new String(Topics.MENTIONS.valueSerde().serializer().serialize(Topics.MENTIONS.name(), mention), StandardCharsets.UTF_8));
                out.newLine();
            }
        }
    }

    private static void write(int mentions, int runs, List<Double> rates, Path target) throws IOException {
        double mean = rates.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double min = rates.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = rates.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        String load = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).trim();
        String text = String.format(Locale.ROOT, """
                # Replay source throughput into a real broker

                Written by `ReplayThroughputHarness` on %s.

                | Mentions per run | Measured runs | Mean mentions/s | Min | Max |
                |---|---|---|---|---|
                | %d | %d | %.0f | %.0f | %.0f |

                Machine: %d cores (%s), Java %s, load average at the end `%s` (other work on the machine makes the
                runs spread). Broker: the embedded single-node Kafka 4.3.1 (child JVM, 512 MB heap)
                on the same machine. Producer: idempotent, `acks=all`, lz4, `linger.ms=5`; each mention is decoded from
                JSONL and re-encoded, as the replay source does. One warm-up run is not counted.

                Command:

                ```sh
                ./mvnw -q -pl ingest -am test-compile exec:java -Dexec.args="%d %d"
                ```
                """, LocalDate.now(), mentions, runs, mean, min, max, Runtime.getRuntime().availableProcessors(), cpu,
                System.getProperty("java.version"), load, mentions, runs);
        System.out.print(text);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, text, StandardCharsets.UTF_8);
    }
}
