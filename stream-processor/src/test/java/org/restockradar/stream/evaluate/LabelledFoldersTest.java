package org.restockradar.stream.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class LabelledFoldersTest {

    private static Path set(Path parent, String name) throws Exception {
        Path dir = Files.createDirectories(parent.resolve(name));
        Files.writeString(dir.resolve("catalog.json"), "{}");
        return dir;
    }

    @Test
    void shouldStandAFolderOfSetsForEachSetButTheHeldOutOnes(@TempDir Path root) throws Exception {
        Path b = set(root, "bravo");
        Path a = set(root, "alpha");
        set(root, "frozen9");
        set(root, "contrast");
        Files.createDirectories(root.resolve("notes"));

        assertThat(LabelledFolders.expand(List.of(root))).containsExactly(a, b);
    }

    @Test
    void shouldLeaveOutSetsTrainedOnAndNamedTwice(@TempDir Path root) throws Exception {
        Path a = set(root, "alpha");
        Path b = set(root, "bravo");

        assertThat(LabelledFolders.expand(List.of(b, root), List.of(a))).containsExactly(b);
    }

    @Test
    void shouldRefuseAHeldOutSetNamedOnItsOwn(@TempDir Path root) throws Exception {
        Path held = set(root, "frozen9");

        assertThatThrownBy(() -> LabelledFolders.expand(List.of(held))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("held out");
    }
}
