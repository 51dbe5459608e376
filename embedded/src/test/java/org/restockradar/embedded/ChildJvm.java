package org.restockradar.embedded;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.TerminalFailureException;

/** A test's child JVM on the test class path, whose {@code key=value} output lines the test can await. */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final Map<String, String> values = new ConcurrentHashMap<>();
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private ChildJvm(Process process) {
        this.process = process;
        this.reader = new Thread(this::readOutput, "child-jvm-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildJvm start(Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        try {
            return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start a child JVM for " + mainClass.getName(), e);
        }
    }

    /** Waits until the child printed {@code key=...} and returns the value. */
    String awaitValue(String key, Duration timeout) {
        try {
            await("child JVM printing " + key).atMost(timeout)
                    .failFast("child JVM exited", () -> !process.isAlive())
                    .until(() -> values.containsKey(key));
        } catch (TerminalFailureException exited) {
            // The output as it is once the child is gone and its last lines are read, not as it was when the wait began.
            awaitOutputRead();
            throw new IllegalStateException("child JVM exited with code " + process.exitValue() + " before printing "
                    + key + "; its output: " + output, exited);
        }
        return values.get(key);
    }

    private void awaitOutputRead() {
        try {
            reader.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Kills the child at once, like {@code kill -9}, and waits for it to be gone. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Child JVM " + process.pid() + " survived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while killing the child JVM", e);
        }
    }

    @Override
    public void close() {
        kill();
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                int equals = line.indexOf('=');
                if (equals > 0 && line.substring(0, equals).matches("[a-z-]+")) {
                    values.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
        } catch (IOException e) {
            output.add("(cannot read the child's output: " + e + ")");
        }
    }
}
