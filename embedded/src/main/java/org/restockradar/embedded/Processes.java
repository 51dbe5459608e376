package org.restockradar.embedded;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

    /** Waits up to {@code timeout} for {@code process} to exit; whether it did. */
    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            // The answer to the question, not a failure.
            return !process.isAlive();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot wait for process " + process.pid(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for process " + process.pid() + " to exit", e);
        }
    }

    /** The resident memory of a live process in bytes (VmRSS of /proc/pid/status), or -1 where unknown. */
    static long residentBytes(long pid) {
        long kilobytes = DataFiles.procStatusKilobytes(pid, "VmRSS");
        return kilobytes < 0 ? -1 : kilobytes * 1024;
    }
}
