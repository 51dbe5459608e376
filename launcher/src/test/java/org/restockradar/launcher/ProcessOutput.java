package org.restockradar.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The console of a launcher started as a process of its own, collected line by line as it comes, for tests to wait on. */
final class ProcessOutput {
    private ProcessOutput() {
    }

    /** The lines the process has printed so far (standard output, and standard error where redirected to it). */
    static List<String> collect(Process process, String threadName) {
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(lines::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, threadName);
        reader.setDaemon(true);
        reader.start();
        return lines;
    }
}
