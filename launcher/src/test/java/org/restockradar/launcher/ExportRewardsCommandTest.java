package org.restockradar.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

final class ExportRewardsCommandTest {
    @Test
    void shouldPassTheFiltersAsAnEncodedQuery() {
        ExportRewardsCommand command = new ExportRewardsCommand();
        new CommandLine(command).parseArgs("--token", "t", "--out", "x.csv", "--city", "Quezon City", "--brand", "Hippo", "--from", "2026-11-23",
                "--status", "queued");
        assertThat(command.query()).isEqualTo("?from=2026-11-23&brand=Hippo&city=Quezon+City&status=queued");
    }

    @Test
    void shouldAskForNoFilterWhenNoneIsGiven() {
        ExportRewardsCommand command = new ExportRewardsCommand();
        new CommandLine(command).parseArgs("--token", "t", "--out", "x.csv");
        assertThat(command.query()).isEmpty();
    }

    @Test
    void shouldRefuseToRunWithoutAToken() {
        ExportRewardsCommand command = new ExportRewardsCommand();
        CommandLine line = new CommandLine(command);
        assertThat(line.execute("--token", " ", "--out", "x.csv")).isEqualTo(2);
    }
}
