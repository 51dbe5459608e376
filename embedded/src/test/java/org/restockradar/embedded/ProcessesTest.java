package org.restockradar.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ProcessesTest {
    @Test
    void shouldTellAKilledProcessNotYetReapedFromARunningOne() throws Exception {
        try (ZombieProcess process = ZombieProcess.start()) {
            ProcessHandle child = process.child();
            assertThat(Processes.isRunning(child)).isTrue();
            assertThat(Processes.isZombie(child.pid())).isFalse();

            child.destroyForcibly();

            assertThat(Processes.awaitExit(child, Duration.ofSeconds(10))).isTrue();
            assertThat(Processes.isZombie(child.pid())).isTrue();
            assertThat(child.isAlive()).as("what the JDK says of a zombie").isTrue();
            assertThat(Processes.isRunning(process.parent())).isTrue();
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
