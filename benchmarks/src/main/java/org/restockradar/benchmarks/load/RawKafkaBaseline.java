package org.restockradar.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw Kafka on the same broker: the Kafka tools' {@code ProducerPerformance} in a child JVM, as fast as it can,
 * records of the mentions' mean size, {@code acks=all} and idempotent as ingest writes them, to a topic of its own
 * with as many partitions as {@code mentions}.
 */
final class RawKafkaBaseline {
    /** The baseline's own topic: not part of the system, so not in the topic catalogue. */
    static final String TOPIC = "load-harness-raw-baseline";
    private static final Pattern SUMMARY = Pattern.compile(
            "(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\), ([\\d.]+) ms avg latency, ([\\d.]+) ms max latency");

    /** {@code ProducerPerformance}'s closing summary. */
    record Result(long records, int recordBytes, double recordsPerSecond, double megabytesPerSecond, double avgLatencyMs,
                  double maxLatencyMs) {
    }

    private RawKafkaBaseline() {
    }

    static Result run(LoadCluster cluster, long records, int recordBytes) {
        cluster.createTopic(TOPIC, Map.of());
        var producer = cluster.run("raw-kafka-baseline", "org.apache.kafka.tools.ProducerPerformance", List.of(
                "--topic", TOPIC, "--num-records", Long.toString(records), "--record-size", Integer.toString(recordBytes),
                "--throughput", "-1", "--command-property", "bootstrap.servers=" + cluster.bootstrapServers(), "acks=all",
                "enable.idempotence=true"), "1g", Map.of());
        while (producer.isAlive()) {
            producer.awaitExitAtMost(Duration.ofSeconds(1));
        }
        try {
            String log = Files.readString(producer.log(), StandardCharsets.UTF_8);
            return parse(log, recordBytes).orElseThrow(() -> new IllegalStateException(
                    "ProducerPerformance printed no summary; see " + producer.log()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + producer.log(), e);
        }
    }

    /** The last summary line in {@code ProducerPerformance}'s output, with the record size it was asked for. */
    static Optional<Result> parse(String output, int recordBytes) {
        Matcher m = SUMMARY.matcher(output);
        Result last = null;
        while (m.find()) {
            last = new Result(Long.parseLong(m.group(1)), recordBytes, Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                    Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)));
        }
        return Optional.ofNullable(last);
    }
}
