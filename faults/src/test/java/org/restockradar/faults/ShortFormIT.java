package org.restockradar.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The short form of the fault harness, in the ordinary build: three stream processors, dispatch, the broker and
 * PostgreSQL as separate processes under a steady load with 1 % poison; two stream processors killed with SIGKILL,
 * PostgreSQL stopped for 15 s; then the verifier finds every record delivered exactly once.
 */
@Tag("integration")
final class ShortFormIT {
    /** Under target/, not a temporary folder: the services' logs stay there to read when the verifier complains. */
    private static final Path DIR = Path.of("target", "short-form");

    @Test
    void shouldDeliverEveryRecordOnceThroughKilledStreamProcessorsAStoppedDatabaseAndPoison() throws Exception {
        if (Files.exists(DIR)) {
            try (Stream<Path> files = Files.walk(DIR)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
        Scenario.Result result = Scenarios.shortForm().run(DIR.toAbsolutePath());

        assertThat(result.verdict().summary()).isEqualTo(Verifier.ALL_DELIVERED);
        assertThat(result.verdict().deadLetterReasons()).containsOnlyKeys(PoisonKind.values());
    }
}
