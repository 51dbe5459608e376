package org.restockradar.benchmarks.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CPU time of a process's threads by kind, as Linux's {@code /proc/<pid>/task} gives them: the JVM names each
 * thread natively with the first 15 characters of its Java name, so the JIT's compiler threads ({@code C2 CompilerThre}),
 * the collector's ({@code ParGC Thread#N}) and a Kafka Streams client's threads (its {@code client.id} first:
 * {@code sp-StreamThread}) can be told apart; a kind is a name without its trailing number. A thread that has ended
 * is no longer counted (its time is in the process's {@link ProcessMeter} figure only).
 */
final class ThreadMeter {
    private final long pid;

    ThreadMeter(long pid) {
        this.pid = pid;
    }

    /** CPU nanoseconds used so far by the live threads of each kind; empty once the process is gone. */
    Map<String, Long> read() {
        Map<String, Long> byKind = new TreeMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"), StandardCharsets.US_ASCII);
                    byKind.merge(kind(stat), ProcessMeter.cpuTicks(stat, false) * 1_000_000_000L / ProcessMeter.TICKS_PER_SECOND, Long::sum);
                } catch (IOException ended) {
                    // the thread ended between the listing and the read
                }
            }
        } catch (IOException gone) {
            return Map.of();
        }
        return byKind;
    }

    /** The kind of a thread from its {@code stat} line: its name between the parentheses, without a trailing number. */
    static String kind(String stat) {
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        return name.replaceAll("[#-]?\\d+$", "").trim();
    }
}
