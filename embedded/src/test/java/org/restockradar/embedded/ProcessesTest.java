package org.restockradar.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ProcessesTest {
    @Test
    void shouldTellAKilledProcessNotYetReapedFromARunningOne() throws Exception {
        // The shell runs a child in the background, then becomes a sleep that never reaps it once killed.
        Process parent = new ProcessBuilder("sh", "-c", "sleep 300 & echo $!; exec sleep 300").start();
        try {
            long childPid;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
                childPid = Long.parseLong(out.readLine().trim());
            }
            ProcessHandle child = ProcessHandle.of(childPid).orElseThrow();
            await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(Path.of("/proc", Long.toString(parent.pid()), "cmdline"),
                    StandardCharsets.UTF_8).startsWith("sleep"));
            assertThat(Processes.isRunning(child)).isTrue();

            child.destroyForcibly();

            assertThat(Processes.awaitExit(child, Duration.ofSeconds(10))).isTrue();
            assertThat(Processes.isZombie(childPid)).isTrue();
            assertThat(child.isAlive()).as("what the JDK says of a zombie").isTrue();
            assertThat(Processes.isRunning(parent.toHandle())).isTrue();
        } finally {
            parent.destroyForcibly().waitFor();
        }
    }

    @Test
    void shouldFindTheProcessesWorkingInADirectory(@TempDir Path dir) throws Exception {
        Process inside = new ProcessBuilder("sleep", "300").directory(dir.toFile()).start();
        try {
            assertThat(Processes.workingIn(dir)).extracting(ProcessHandle::pid).containsExactly(inside.pid());
            assertThat(Processes.workingIn(dir.resolve("absent"))).isEmpty();
        } finally {
            inside.destroyForcibly().waitFor();
        }
        assertThat(Processes.workingIn(dir)).isEmpty();
    }
}
