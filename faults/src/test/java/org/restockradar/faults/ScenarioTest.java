package org.restockradar.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class ScenarioTest {
    private static Map<String, Scenario> fullForm() {
        return Scenarios.fullForm().stream().collect(Collectors.toMap(Scenario::name, Function.identity()));
    }

    @Test
    void shouldReplayAnotherNumberOfMentionsInTheScenariosThatGoAsFastAsPossible() {
        Map<String, Scenario> scenarios = fullForm();

        assertThat(scenarios.get("baseline").asFastAsPossibleWith(50_000).mentions()).isEqualTo(50_000);
        Scenario poisoned = scenarios.get("F4").asFastAsPossibleWith(50_000);
        assertThat(poisoned.mentions()).isEqualTo(50_000);
        assertThat(poisoned.poisonPercent()).isEqualTo(scenarios.get("F4").poisonPercent());
    }

    @Test
    void shouldKeepPacedScenariosAndACountOfZeroAsTheyAre() {
        Map<String, Scenario> scenarios = fullForm();

        assertThat(scenarios.get("F1").asFastAsPossibleWith(50_000)).isEqualTo(scenarios.get("F1"));
        assertThat(scenarios.get("F4").asFastAsPossibleWith(0)).isEqualTo(scenarios.get("F4"));
    }
}
