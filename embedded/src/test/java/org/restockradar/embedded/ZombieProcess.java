package org.restockradar.embedded;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A test's process that is killed but not reaped, as a killed server is until its parent collects it: a shell
 * starts a child in the background and then becomes a sleep, which never waits for that child.
 */
final class ZombieProcess implements AutoCloseable {
    private final Process parent;
    private final ProcessHandle child;

    private ZombieProcess(Process parent, ProcessHandle child) {
        this.parent = parent;
        this.child = child;
    }

    /** Starts the parent and its child, both running; {@link #kill()} makes the child a zombie. */
    static ZombieProcess start() throws IOException {
        Process parent = new ProcessBuilder("sh", "-c", "sleep 300 & echo $!; exec sleep 300").start();
        long childPid;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
            childPid = Long.parseLong(out.readLine().trim());
        }
        // The shell itself would reap a killed child: wait until it has become the sleep.
        await().atMost(Duration.ofMinutes(1)).until(() -> Files.readString(
                Path.of("/proc", Long.toString(parent.pid()), "cmdline"), StandardCharsets.UTF_8).startsWith("sleep"));
        return new ZombieProcess(parent, ProcessHandle.of(childPid).orElseThrow());
    }

    ProcessHandle child() {
        return child;
    }

    ProcessHandle parent() {
        return parent.toHandle();
    }

    /** Kills the child with SIGKILL and waits until it is a zombie. */
    void kill() {
        child.destroyForcibly();
        await().atMost(Duration.ofMinutes(1)).until(() -> Processes.isZombie(child.pid()));
    }

    /** Kills the parent; the zombie then goes to init, which reaps it. */
    @Override
    public void close() throws InterruptedException {
        parent.destroyForcibly().waitFor();
    }
}
