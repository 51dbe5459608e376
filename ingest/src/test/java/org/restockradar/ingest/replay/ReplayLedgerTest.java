package org.restockradar.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReplayLedgerTest {
    @Test
    void shouldReadBackTheLastStepOfEachFile(@TempDir Path dir) {
        Path file = dir.resolve(".replayed");
        try (ReplayLedger ledger = ReplayLedger.open(file)) {
            ledger.record("a.jsonl", new ReplayLedger.Entry(new ReplaySource.Position(10, 1), false));
            ledger.record("a.jsonl", new ReplayLedger.Entry(new ReplaySource.Position(25, 2), true));
            ledger.record("b.jsonl", new ReplayLedger.Entry(new ReplaySource.Position(7, 1), false));
        }

        try (ReplayLedger reopened = ReplayLedger.open(file)) {
            assertThat(reopened.entry("a.jsonl")).isEqualTo(new ReplayLedger.Entry(new ReplaySource.Position(25, 2), true));
            assertThat(reopened.entry("b.jsonl")).isEqualTo(new ReplayLedger.Entry(new ReplaySource.Position(7, 1), false));
            assertThat(reopened.entry("c.jsonl")).isEqualTo(ReplayLedger.Entry.NEW);
        }
    }

    @Test
    void shouldKeepTheStepBeforeALastLineCutShortByAStop(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(".replayed");
        try (ReplayLedger ledger = ReplayLedger.open(file)) {
            ledger.record("a.jsonl", new ReplayLedger.Entry(new ReplaySource.Position(10, 1), false));
        }
        Files.writeString(file, "a.jsonl\t99", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        try (ReplayLedger reopened = ReplayLedger.open(file)) {
            assertThat(reopened.entry("a.jsonl")).isEqualTo(new ReplayLedger.Entry(new ReplaySource.Position(10, 1), false));
            reopened.record("b.jsonl", new ReplayLedger.Entry(new ReplaySource.Position(7, 1), true));
        }
        try (ReplayLedger again = ReplayLedger.open(file)) {
            assertThat(again.entry("a.jsonl")).isEqualTo(new ReplayLedger.Entry(new ReplaySource.Position(10, 1), false));
            assertThat(again.entry("b.jsonl")).isEqualTo(new ReplayLedger.Entry(new ReplaySource.Position(7, 1), true));
        }
    }
}
