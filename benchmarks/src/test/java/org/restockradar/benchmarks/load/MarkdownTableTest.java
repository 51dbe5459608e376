package org.restockradar.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class MarkdownTableTest {
    @Test
    void shouldRenderAHeaderASeparatorAndOneLinePerRow() {
        String table = new MarkdownTable("stage", "mentions/s")
                .row("ingest", MarkdownTable.count(12_345))
                .row("stream processor", MarkdownTable.number(4_000.25, 1))
                .render();

        assertThat(table).isEqualTo("""
                | stage | mentions/s |
                | --- | --- |
                | ingest | 12,345 |
                | stream processor | 4,000.3 |
                """);
    }

    @Test
    void shouldEscapeABarInACellSoThatItCannotSplitTheRow() {
        String table = new MarkdownTable("command").row("a | b").render();

        assertThat(table).contains("| a \\| b |");
    }

    @Test
    void shouldRefuseARowOfTheWrongWidth() {
        assertThatThrownBy(() -> new MarkdownTable("a", "b").row("only one"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 cells in a table of 2");
    }

    @Test
    void shouldAddEachRunAfterTheMarkerNewestFirst() {
        String once = LoadReport.insert("# Benchmarks\n", "run 1\n");
        String twice = LoadReport.insert(once, "run 2\n");

        assertThat(once).isEqualTo("# Benchmarks\n\n" + LoadReport.RUNS_MARKER + "\n\nrun 1\n");
        assertThat(twice.indexOf("run 2")).isLessThan(twice.indexOf("run 1"));
        assertThat(twice).containsOnlyOnce(LoadReport.RUNS_MARKER);
    }
}
