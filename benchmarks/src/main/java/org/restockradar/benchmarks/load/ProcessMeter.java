package org.restockradar.benchmarks.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The CPU time and resident memory of a process as Linux's {@code /proc} gives them: for a JVM child, its own
 * {@code utime + stime}; for PostgreSQL, the postmaster with the children it has reaped ({@code cutime + cstime})
 * and its live backends. A process that is gone reads as empty.
 */
final class ProcessMeter {
    /** Clock ticks per second of {@code /proc/<pid>/stat} ({@code getconf CLK_TCK}); 100 on every Linux we run. */
    static final long TICKS_PER_SECOND = 100;

    /** One reading: CPU time used so far and the resident set now and at its peak ({@code VmHWM}). */
    record Reading(long cpuNanos, long rssBytes, long peakRssBytes) {
        static final Reading NONE = new Reading(0, 0, 0);

        Reading plus(Reading other) {
            return new Reading(cpuNanos + other.cpuNanos, rssBytes + other.rssBytes, peakRssBytes + other.peakRssBytes);
        }
    }

    private final long pid;
    private final boolean withChildren;

    private ProcessMeter(long pid, boolean withChildren) {
        this.pid = pid;
        this.withChildren = withChildren;
    }

    /** A process measured alone (a JVM: its threads are in its own figures). */
    static ProcessMeter of(long pid) {
        return new ProcessMeter(pid, false);
    }

    /** A process with its children, live and reaped (PostgreSQL's postmaster and backends). */
    static ProcessMeter withChildren(long pid) {
        return new ProcessMeter(pid, true);
    }

    Optional<Reading> read() {
        Optional<Reading> own = read(pid, withChildren);
        if (own.isEmpty() || !withChildren) {
            return own;
        }
        Reading all = own.get();
        List<ProcessHandle> children = ProcessHandle.of(pid).map(p -> p.descendants().toList()).orElse(List.of());
        for (ProcessHandle child : children) {
            all = all.plus(read(child.pid(), false).orElse(Reading.NONE));
        }
        return Optional.of(all);
    }

    private static Optional<Reading> read(long pid, boolean reapedChildren) {
        Path proc = Path.of("/proc", Long.toString(pid));
        try {
            String stat = Files.readString(proc.resolve("stat"), StandardCharsets.US_ASCII);
            long ticks = cpuTicks(stat, reapedChildren);
            long rss = 0;
            long peak = 0;
            try (Stream<String> lines = Files.lines(proc.resolve("status"), StandardCharsets.US_ASCII)) {
                for (String line : (Iterable<String>) lines::iterator) {
                    if (line.startsWith("VmRSS:")) {
                        rss = kilobytes(line) * 1024;
                    } else if (line.startsWith("VmHWM:")) {
                        peak = kilobytes(line) * 1024;
                    }
                }
            }
            return Optional.of(new Reading(ticks * 1_000_000_000L / TICKS_PER_SECOND, rss, peak));
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
    }

    /**
     * {@code utime + stime} (fields 14 and 15 of {@code /proc/<pid>/stat}), with {@code cutime + cstime} (16 and 17)
     * when asked; the fields are counted after the command's closing parenthesis, which may itself hold spaces.
     */
    static long cpuTicks(String stat, boolean reapedChildren) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        // fields[0] is field 3 (state): field n is fields[n - 3]
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        if (reapedChildren) {
            ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        }
        return ticks;
    }

    private static long kilobytes(String statusLine) {
        return Long.parseLong(statusLine.replaceAll("[^0-9]", ""));
    }
}
