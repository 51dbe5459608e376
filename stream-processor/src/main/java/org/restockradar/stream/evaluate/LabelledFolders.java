package org.restockradar.stream.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Names labelled-set folders on the command line: a folder of sets stands for each set in it but the held-out ones. */
final class LabelledFolders {
    private LabelledFolders() {
    }

    /**
     * The labelled sets named by {@code dirs}, in order: a folder with a {@code catalog.json} is a set; any other folder
     * stands for its sub-folders that are sets, by name, without the held-out ones ({@link EvaluateCommand#isHeldOut}).
     * Sets also named in {@code except} (those trained on) are left out.
     *
     * @throws IllegalArgumentException for a held-out set named on its own
     */
    @SafeVarargs
    static List<Path> expand(List<Path> dirs, List<Path>... except) {
        Set<Path> skip = new HashSet<>();
        for (List<Path> e : except) {
            e.forEach(p -> skip.add(p.toAbsolutePath().normalize()));
        }
        List<Path> out = new ArrayList<>();
        for (Path dir : dirs) {
            if (Files.isRegularFile(dir.resolve("catalog.json"))) {
                if (EvaluateCommand.isHeldOut(dir)) {
                    throw new IllegalArgumentException("refusing " + dir + ": sets named " + EvaluateCommand.HELD_OUT + " are held out");
                }
                add(dir, skip, out);
                continue;
            }
            try (Stream<Path> children = Files.list(dir)) {
                children.filter(c -> Files.isRegularFile(c.resolve("catalog.json")) && !EvaluateCommand.isHeldOut(c)).sorted()
                        .forEach(c -> add(c, skip, out));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir.toAbsolutePath(), e);
            }
        }
        return out;
    }

    private static void add(Path dir, Set<Path> skip, List<Path> out) {
        if (skip.add(dir.toAbsolutePath().normalize())) {
            out.add(dir);
        }
    }
}
