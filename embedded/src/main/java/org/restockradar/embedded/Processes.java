package org.restockradar.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stopping server processes: our own children on close, and leftovers that an earlier owner of a data
 * directory left running when it died without stopping them (a {@code kill -9}).
 */
final class Processes {
    private static final Logger LOG = LoggerFactory.getLogger(Processes.class);
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);
    /** How often {@link #awaitExit} looks: a killed process is gone within milliseconds to a second. */
    private static final Duration POLL = Duration.ofMillis(50);

    private Processes() {
    }

    /**
     * Stops {@code process} and its descendants: SIGTERM (a graceful stop for Kafka and PostgreSQL),
     * up to {@code grace} to exit, then SIGKILL to all of them.
     *
     * @throws IllegalStateException if one of them still runs after the SIGKILL
     */
    static void stop(ProcessHandle process, String what, Duration grace) {
        List<ProcessHandle> family = Stream.concat(Stream.of(process), process.descendants())
                .collect(Collectors.toList());
        process.destroy();
        if (!awaitExit(process, grace)) {
            LOG.warn("{} (pid {}) did not stop within {} of SIGTERM; killing it and its {} descendants",
                    what, process.pid(), grace, family.size() - 1);
            family.forEach(ProcessHandle::destroyForcibly);
        }
        for (ProcessHandle member : family) {
            if (!awaitExit(member, KILL_WAIT)) {
                throw new IllegalStateException(what + ": process " + member.pid() + " still runs after SIGKILL");
            }
        }
    }

    /**
     * Waits up to {@code timeout} for {@code process} to exit; whether it did. A child of ours has exited once
     * the JDK has collected it (so its exit value can be read); any other process once it no longer runs: a
     * zombie, killed but not yet collected by its parent (which the parent of a killed leftover server may be
     * slow to do), has exited too.
     */
    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        CompletableFuture<ProcessHandle> exit = process.onExit();
        boolean child = process.parent().map(parent -> parent.pid() == ProcessHandle.current().pid()).orElse(false);
        return poll(() -> exit.isDone() || (!child && !isRunning(process)), timeout, POLL, "process " + process.pid() + " to exit");
    }

    /** The resident memory of a live process in bytes (VmRSS of /proc/pid/status), or -1 where unknown. */
    static long residentBytes(long pid) {
        long kilobytes = DataFiles.procStatusKilobytes(pid, "VmRSS");
        return kilobytes < 0 ? -1 : kilobytes * 1024;
    }

    /**
     * Whether {@code pid} names a process that has exited but whose parent has not yet collected its exit
     * status: a zombie, state {@code Z} (or {@code X}, being removed) in {@code /proc/<pid>/stat}. It runs nothing
     * and holds nothing, yet {@link ProcessHandle#isAlive()} says true and its command is unknown. False where
     * {@code /proc} cannot tell (not Linux, or the process is gone).
     */
    static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
            // "pid (command) S ...": the command may hold spaces and parentheses, the state follows the last ')'.
            int end = stat.lastIndexOf(')');
            char state = end >= 0 && end + 2 < stat.length() ? stat.charAt(end + 2) : '?';
            return state == 'Z' || state == 'X';
        } catch (IOException notAvailable) {
            return false;
        }
    }

    /** Whether {@code process} is running: alive and not a zombie. */
    static boolean isRunning(ProcessHandle process) {
        return process.isAlive() && !isZombie(process.pid());
    }

    /**
     * The running processes whose working directory is {@code dir}, read from {@code /proc/<pid>/cwd}; empty
     * where {@code /proc} cannot tell. PostgreSQL's server and every one of its backends run in their data
     * directory, so this finds a killed server's backends that have not exited yet.
     */
    static List<ProcessHandle> workingIn(Path dir) {
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException missing) {
            return List.of();
        }
        return ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .filter(process -> {
                    try {
                        return Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd")).equals(real);
                    } catch (IOException | UnsupportedOperationException | SecurityException notReadable) {
                        // Gone meanwhile, another user's, or no /proc: not one of ours that we could see.
                        return false;
                    }
                })
                .filter(Processes::isRunning)
                .collect(Collectors.toList());
    }

    /**
     * Checks {@code done} every {@code every} until it holds or {@code timeout} has passed; whether it held.
     *
     * @param what what is waited for, for the message should the wait be interrupted
     */
    static boolean poll(BooleanSupplier done, Duration timeout, Duration every, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            try {
                Thread.sleep(every.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + what, e);
            }
        }
        return true;
    }
}
