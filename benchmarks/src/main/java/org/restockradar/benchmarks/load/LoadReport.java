package org.restockradar.benchmarks.load;

import static org.restockradar.benchmarks.load.MarkdownTable.count;
import static org.restockradar.benchmarks.load.MarkdownTable.number;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** The harness's figures as a Markdown section: printed, and added to docs/benchmarks.md with {@code --report}. */
record LoadReport(LoadOptions options, String command, Machine machine, Instant started, String loadBefore,
                  String loadAfter, RawKafkaBaseline.Result raw, double startSeconds,
                  java.util.Optional<LoadHarness.IngestStart> ingestStart, LoadHarness.Throughput throughput,
                  List<LoadHarness.Latency> latencies, Map<String, ProcessMeter.Reading> memory) {
    /** Where the runs go in the report file, newest first. */
    static final String RUNS_MARKER = "<!-- load-harness runs, newest first -->";
    /** At most this many rows of the lag over time. */
    static final int TIMELINE_ROWS = 20;
    private static final double MIB = 1024.0 * 1024;

    String render() {
        StringBuilder out = new StringBuilder();
        out.append("#### Run of ").append(started.truncatedTo(ChronoUnit.SECONDS)).append(": ")
                .append(count(options.outlets())).append(" outlets, ").append(count(options.mentions())).append(" mentions\n\n");
        if (!options.note().isBlank()) {
            out.append(options.note()).append("\n\n");
        }
        out.append("Machine: ").append(machine.describe()).append("; load average ").append(loadBefore)
                .append(" before, ").append(loadAfter).append(" after. Command: `").append(command).append("`.\n\n");
        out.append(String.format(java.util.Locale.ROOT, "Registry: %s outlets in %d cities (`SyntheticWorld`, seed 42); "
                        + "%s mentions, %d %% written as reports, %d %% about one outlet in a thousand; a mention is %d bytes on "
                        + "`mentions` (%d partitions). %d stream processor(s) (heap %s), %d dispatcher(s) (heap %s), parallel collector; "
                        + "the services took %s s to start and load the registry.%n%n",
                count(options.outlets()), options.cities(), count(options.mentions()), LoadStream.REPORT_PERCENT,
                LoadStream.HOT_PERCENT, raw.recordBytes(), options.mentionsPartitions(), options.streamProcessors(), options.processorHeap(),
                options.dispatchers(), options.dispatchHeap(), number(startSeconds, 0)));
        double endToEnd = throughput.mentions() / throughput.endToEndSeconds();
        MarkdownTable figures = new MarkdownTable("figure", "value")
                .row("raw Kafka: `ProducerPerformance`, " + raw.recordBytes() + "-byte records, acks=all, idempotent, same broker",
                        count(Math.round(raw.recordsPerSecond())) + " records/s (" + number(raw.megabytesPerSecond(), 1) + " MB/s)")
                .row("end to end: " + count(throughput.mentions()) + " mentions, from the first on `mentions` until dispatch had read every report",
                        "**" + count(Math.round(endToEnd)) + " mentions/s** (" + number(throughput.endToEndSeconds(), 1) + " s; "
                                + number(throughput.firstWrittenSeconds(), 1) + " s before it: ingest's JVM start, or its next look at its directory)")
                .row("ratio to raw Kafka", "**" + number(endToEnd / raw.recordsPerSecond(), 3) + "**")
                .row("reports recorded, on jobs", count(throughput.reports()) + " reports (" + number(100.0 * throughput.reports() / throughput.mentions(), 0)
                        + " % of the mentions), " + count(throughput.jobs()) + " jobs");
        figures.row("ingest", ingestStart.map(i -> "one `IngestMain replay --follow` process for the run (each phase's file moved "
                + "into its directory); its start, paid once: " + number(i.seconds(), 1) + " s, " + number(i.cpuNanos() / 1e9, 2)
                + " s CPU (" + number(i.cpuNanos() / 1000.0 / throughput.mentions(), 1) + " µs per mention of this phase, were it paid here)")
                .orElse("a fresh `IngestMain replay --file` JVM per phase (`--replay-per-phase`): its start is in its CPU per mention"));
        out.append(figures.render()).append('\n');
        out.append(stages()).append('\n');
        out.append("Lag over time at full speed, seconds from the replay's start (offsets; dispatch's lag counts the stream "
                + "processor's transaction markers too):\n\n")
                .append(timeline()).append('\n');
        out.append("Latency from a mention's time (set when the harness sends it, paced against the clock) to its report's row "
                + "on a job (`stockout_report.received_at`, dispatch's clock when it takes the report):\n\n").append(latency());
        return out.toString();
    }

    private String stages() {
        List<StageSampler.Sample> samples = throughput.samples();
        Map<String, ProcessMeter.Reading> first = throughput.base().processes();
        Map<String, ProcessMeter.Reading> last = samples.get(samples.size() - 1).processes();
        MarkdownTable table = new MarkdownTable("process", "caught up after the first mention", "throughput",
                "CPU per mention (whole phase)", "RSS at the end", "peak RSS");
        for (Map.Entry<String, ProcessMeter.Reading> process : last.entrySet()) {
            String name = process.getKey();
            long cpu = process.getValue().cpuNanos() - first.getOrDefault(name, ProcessMeter.Reading.NONE).cpuNanos();
            String done = "—";
            String rate = "—";
            double from = throughput.firstWrittenSeconds();
            if (name.startsWith("ingest")) {
                done = number(throughput.ingestSeconds() - from, 1) + " s";
                rate = count(Math.round(throughput.mentions() / (throughput.ingestSeconds() - from))) + " mentions/s";
            } else if (name.startsWith("stream-processor")) {
                done = number(throughput.processorSeconds() - from, 1) + " s";
                rate = count(Math.round(throughput.mentions() / (throughput.processorSeconds() - from))) + " mentions/s (all instances)";
            } else if (name.startsWith("dispatch")) {
                done = number(throughput.dispatchSeconds() - from, 1) + " s";
                rate = count(Math.round(throughput.reports() / (throughput.dispatchSeconds() - from))) + " reports/s (all instances)";
            }
            ProcessMeter.Reading memoryNow = memory.getOrDefault(name, process.getValue());
            table.row(name, done, rate, number(cpu / 1000.0 / throughput.mentions(), 1) + " µs",
                    number(memoryNow.rssBytes() / MIB, 0) + " MiB", number(memoryNow.peakRssBytes() / MIB, 0) + " MiB");
        }
        return table.render();
    }

    private String timeline() {
        List<StageSampler.Sample> samples = throughput.samples();
        StageSampler.Sample base = throughput.base();
        int step = Math.max(1, (samples.size() + TIMELINE_ROWS - 1) / TIMELINE_ROWS);
        MarkdownTable table = new MarkdownTable("t (s)", "mentions written", "processed", "processor lag",
                "processor mentions/s", "reports + markers written", "read by dispatch", "dispatch lag", "dispatch records/s");
        StageSampler.Sample previous = base;
        for (int i = step - 1; i < samples.size() + step - 1; i += step) {
            StageSampler.Sample s = samples.get(Math.min(i, samples.size() - 1));
            double seconds = Math.max(1e-3, (s.elapsedMillis() - previous.elapsedMillis()) / 1000.0);
            table.row(number(s.elapsedMillis() / 1000.0, 1), count(s.mentionsEnd() - base.mentionsEnd()),
                    count(s.processed() - base.processed()), count(s.processorLag()),
                    count(Math.round((s.processed() - previous.processed()) / seconds)),
                    count(s.reportsEnd() - base.reportsEnd()), count(s.recorded() - base.recorded()), count(s.dispatchLag()),
                    count(Math.round((s.recorded() - previous.recorded()) / seconds)));
            previous = s;
            if (i >= samples.size() - 1) {
                break;
            }
        }
        return table.render();
    }

    private String latency() {
        MarkdownTable table = new MarkdownTable("rate asked", "rate sent", "mentions", "reports", "jobs", "p50", "p90",
                "p99", "p99.9", "max", "drained after");
        for (LoadHarness.Latency l : latencies) {
            LatencySummary s = l.summary();
            table.row(count(l.askedRate()) + "/s", count(Math.round(l.sentRate())) + "/s", count(l.mentions()), count(l.reports()),
                    count(l.jobs()), ms(s.p50Ms()), ms(s.p90Ms()), ms(s.p99Ms()), ms(s.p999Ms()), ms(s.maxMs()),
                    number(l.drainSeconds(), 1) + " s");
        }
        return table.render();
    }

    private static String ms(double value) {
        return number(value, value < 10 ? 1 : 0) + " ms";
    }

    /** Adds a run to the file, after {@link #RUNS_MARKER} (the newest first), or at its end under the marker. */
    static void addTo(Path file, String run) {
        try {
            String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            Files.writeString(file, insert(text, run), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot add the run to " + file, e);
        }
    }

    static String insert(String text, String run) {
        int at = text.indexOf(RUNS_MARKER);
        if (at < 0) {
            return text + (text.endsWith("\n") || text.isEmpty() ? "" : "\n") + "\n" + RUNS_MARKER + "\n\n" + run;
        }
        int after = at + RUNS_MARKER.length();
        return text.substring(0, after) + "\n\n" + run + text.substring(after);
    }
}
