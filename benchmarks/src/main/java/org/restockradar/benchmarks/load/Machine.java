package org.restockradar.benchmarks.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the run ran on: cores, CPU model, memory, the load average, the JVM. */
record Machine(int cores, String cpuModel, long memoryBytes, String javaVersion) {
    static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), field("/proc/cpuinfo", "model name"),
                kilobytes(field("/proc/meminfo", "MemTotal")) * 1024,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    }

    /** The 1, 5 and 15 minute load averages, as {@code /proc/loadavg} gives them. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    String describe() {
        return String.format(java.util.Locale.ROOT, "%d cores, %s, %.1f GiB, %s", cores, cpuModel,
                memoryBytes / (1024.0 * 1024 * 1024), javaVersion);
    }

    private static String field(String file, String name) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.US_ASCII);
            return lines.stream().filter(l -> l.startsWith(name)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long kilobytes(String value) {
        String digits = value.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }
}
