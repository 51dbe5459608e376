package org.restockradar.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DemoFeedTest {
    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void shouldStampTheBacklogEvenlyOverThePastSpanThenTellTheTime() {
        Clock clock = DemoFeed.backdating(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(60), 4);

        assertThat(IntStream.range(0, 6).mapToObj(i -> clock.instant()))
                .containsExactly(NOW.minusSeconds(3600), NOW.minusSeconds(2700), NOW.minusSeconds(1800), NOW.minusSeconds(900), NOW, NOW);
    }

    @Test
    void shouldSplitTheFileAfterTheBacklogKeepingEveryLineInOrder() throws Exception {
        Path mentions = dir.resolve("mentions.jsonl");
        Files.write(mentions, IntStream.range(0, DemoFeed.BACKLOG_LINES + 5).mapToObj(i -> "{\"n\":" + i + "}").toList(), StandardCharsets.UTF_8);

        DemoFeed.Parts parts = DemoFeed.split(mentions, dir.resolve("feed"));

        assertThat(parts.backlogLines()).isEqualTo(DemoFeed.BACKLOG_LINES);
        assertThat(Files.readAllLines(parts.backlog(), StandardCharsets.UTF_8)).hasSize(DemoFeed.BACKLOG_LINES).startsWith("{\"n\":0}");
        assertThat(Files.readAllLines(parts.steady(), StandardCharsets.UTF_8))
                .containsExactly(IntStream.range(DemoFeed.BACKLOG_LINES, DemoFeed.BACKLOG_LINES + 5).mapToObj(i -> "{\"n\":" + i + "}").toArray(String[]::new));
    }
}
