package org.restockradar.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DataFilesTest {
    @TempDir
    Path dir;

    @Test
    void shouldGiveTheLastLinesOfALog() throws IOException {
        Path log = dir.resolve("broker.log");
        Files.writeString(log, IntStream.rangeClosed(1, 100).mapToObj(n -> "line " + n)
                .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);

        assertThat(DataFiles.tail(log, 3).lines()).containsExactly("line 98", "line 99", "line 100");
    }

    @Test
    void shouldSayWhenTheLogToTailIsMissing() {
        assertThat(DataFiles.tail(dir.resolve("absent.log"), 3)).contains("does not exist");
    }

    @Test
    void shouldReadThePidOnTheFirstLineOfAPidFile() throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        Files.writeString(pidFile, "4242\n/data/pgdata\n1795570000\n5432\n", StandardCharsets.UTF_8);

        assertThat(DataFiles.readPid(pidFile)).isEqualTo(OptionalLong.of(4242));
    }

    @Test
    void shouldReadNoPidFromAMissingOrGarbledPidFile() throws IOException {
        Path garbled = dir.resolve("garbled.pid");
        Files.writeString(garbled, "not a pid\n", StandardCharsets.UTF_8);

        assertThat(DataFiles.readPid(garbled)).isEmpty();
        assertThat(DataFiles.readPid(dir.resolve("absent.pid"))).isEmpty();
    }

    @Test
    void shouldDeleteADirectoryTree() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("a/b/c"));
        Files.writeString(tree.resolve("file.txt"), "x", StandardCharsets.UTF_8);

        DataFiles.deleteRecursively(dir.resolve("a"));

        assertThat(dir.resolve("a")).doesNotExist();
    }
}
