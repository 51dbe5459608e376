package org.restockradar.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restockradar.contracts.Json;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.OutletsCsv;
import org.restockradar.stream.understanding.Catalog;
import org.restockradar.stream.understanding.OutletDirectory;
import org.restockradar.stream.understanding.Understanding;
import org.restockradar.stream.understanding.UnderstandingStage;

final class FaultWorldTest {
    @TempDir
    Path dir;

    @Test
    void shouldGiveEveryMentionTheOutcomeTheUnderstandingStageReaches() throws Exception {
        FaultWorld world = FaultWorld.generate(72, 400, 0, Instant.parse("2026-12-06T10:00:00Z"));
        FaultWorld.WorldFiles files = world.written(dir);
        OutletDirectory outlets = new OutletDirectory();
        OutletsCsv.read(files.outlets()).forEach(outlets::put);
        UnderstandingStage stage = new UnderstandingStage(Catalog.load(files.catalog()), outlets);
        List<String> lines = Files.readAllLines(files.mentions(), StandardCharsets.UTF_8);

        for (FaultWorld.Line line : world.lines()) {
            Mention mention = Json.mapper().readValue(lines.get(line.number() - 1), Mention.class);
            Understanding understanding = stage.understand(mention);
            if (line.outcome() == FaultWorld.Outcome.REPORT) {
                assertThat(understanding.stockout()).as("%s: %s", mention.text(), understanding.reason()).isTrue();
                assertThat(understanding.outlet()).as(mention.text()).isNotNull();
                assertThat(understanding.outlet().outletId()).as(mention.text()).isEqualTo(line.outletId());
                assertThat(understanding.sku()).as(mention.text()).isEqualTo(line.sku());
            } else {
                assertThat(understanding.stockout()).as(mention.text()).isFalse();
            }
        }
    }

    @Test
    void shouldSpreadPoisonAtItsShareAndCycleThroughEveryKind() {
        FaultWorld world = FaultWorld.generate(12, 1_000, 1, Instant.parse("2026-12-06T10:00:00Z"));

        Map<PoisonKind, Long> poison = world.lines().stream().filter(line -> line.poison() != null)
                .collect(Collectors.groupingBy(FaultWorld.Line::poison, Collectors.counting()));

        assertThat(poison.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(10);
        assertThat(poison).containsOnlyKeys(PoisonKind.values());
        assertThat(world.lines().stream().map(FaultWorld.Line::mentionId).distinct().count()).isEqualTo(1_000);
    }
}
