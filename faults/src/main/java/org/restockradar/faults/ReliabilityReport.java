package org.restockradar.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The results of the harness as the Markdown of docs/reliability.md: the machine, the command, a table and each run's timeline. */
final class ReliabilityReport {
    private ReliabilityReport() {
    }

    static String markdown(List<Scenario.Result> results, String arguments) {
        StringBuilder md = new StringBuilder();
        md.append("# Reliability: the fault harness\n\n")
                .append("The `faults` module runs the system as separate processes (the embedded Kafka broker in its own JVM,\n")
                .append("PostgreSQL, three stream processors, dispatch, and `ingest replay` as the load), injects faults under that load and\n")
                .append("then verifies PostgreSQL and the topics against a generated world whose outcomes are known (`FaultWorld`):\n")
                .append("every expected report exactly once in `stockout-reports` and once in PostgreSQL on a job of its outlet and\n")
                .append("product, one open job per outlet and product, each poison line in `dead-letters` with a reason, and (F6) each\n")
                .append("job's SLA warning, breach and escalation exactly once. It prints `ALL-RECORDS-DELIVERED` or what is wrong,\n")
                .append("like the verifier of Kafka's own `streams_eos_test`.\n\n")
                .append("Run the full form (30 to 45 minutes on a busy 2-core machine) and rewrite this file:\n\n```\ntools/fault-harness.sh full --report docs/reliability.md\n```\n\n")
                .append("The short form (F1 with two kills, F3, F4 at small scale) runs in `./mvnw -B verify` as `ShortFormIT`.\n\n")
                .append("Written ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(" by `FaultHarness ").append(arguments)
                .append("` on ").append(machine()).append(".\n\n")
                .append("| Scenario | Fault | Mentions (poison) | Verifier | Load time, mentions/s | Figures |\n|---|---|---|---|---|---|\n");
        for (Scenario.Result result : results) {
            Scenario s = result.scenario();
            md.append("| ").append(s.name()).append(" | ").append(s.description()).append(" | ").append(s.mentions())
                    .append(" (").append(s.poisonPercent()).append(" %) | ")
                    .append(result.verdict().delivered() ? "`ALL-RECORDS-DELIVERED`" : escape(result.verdict().summary()).replace("\n", "<br>"))
                    .append(" | ").append(Timeline.seconds(result.loadTime())).append(", ")
                    .append(String.format(Locale.ROOT, "%.0f", result.mentionsPerSecond())).append(" | ")
                    .append(result.verdict().counts().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                            .collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        results.stream().filter(r -> r.scenario().name().equals("baseline")).findFirst().ifPresent(baseline ->
                results.stream().filter(r -> r.scenario().name().equals("F4")).findFirst().ifPresent(poisoned ->
                        md.append(String.format(Locale.ROOT, "%nF4 against the baseline (same size, as fast as possible): %.0f against %.0f"
                                + " mentions/s, %+.1f %%.%n", poisoned.mentionsPerSecond(), baseline.mentionsPerSecond(),
                                100 * (poisoned.mentionsPerSecond() / baseline.mentionsPerSecond() - 1)))));
        for (Scenario.Result result : results) {
            md.append("\n## ").append(result.scenario().name()).append(": what was done when\n\n");
            result.timeline().forEach(entry -> md.append("- ").append(entry).append('\n'));
            if (!result.verdict().deadLetterReasons().isEmpty()) {
                md.append("\nDead-letter reasons, one per poison kind:\n\n");
                for (Map.Entry<PoisonKind, String> reason : result.verdict().deadLetterReasons().entrySet()) {
                    md.append("- ").append(reason.getKey()).append(": ").append(escape(reason.getValue()).replaceAll("\\s*\n\\s*", " ")).append('\n');
                }
            }
        }
        return md.toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }

    /** Cores, CPU model and memory from /proc, and the JVM. */
    private static String machine() {
        String cpu = firstMatching(Path.of("/proc/cpuinfo"), "model name").map(line -> line.substring(line.indexOf(':') + 1).trim())
                .orElse("unknown CPU");
        String memory = firstMatching(Path.of("/proc/meminfo"), "MemTotal").map(line -> {
            long kb = Long.parseLong(line.replaceAll("\\D", ""));
            return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
        }).orElse("unknown memory");
        String load = firstMatching(Path.of("/proc/loadavg"), "").map(line -> ", load average at the end " + line.split(" ")[0])
                .orElse("");
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory + ", Java "
                + System.getProperty("java.version") + load;
    }

    private static java.util.Optional<String> firstMatching(Path file, String prefix) {
        try (var lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            return lines.filter(line -> line.startsWith(prefix)).findFirst();
        } catch (IOException | RuntimeException unknown) {
            return java.util.Optional.empty();
        }
    }
}
