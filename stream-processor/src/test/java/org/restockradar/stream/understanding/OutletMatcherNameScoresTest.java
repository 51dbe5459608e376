package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class OutletMatcherNameScoresTest {

    @Test
    void shouldGiveBackTheScoreOfEachNameByIdentityWhileGrowing() {
        List<Keys> names = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            names.add(new Keys(List.of("shop" + i)));
        }
        OutletMatcher.NameScores scores = new OutletMatcher.NameScores();
        for (int i = 0; i < names.size(); i++) {
            scores.put(names.get(i), i / 100.0);
        }

        assertThat(scores.size()).isEqualTo(100);
        for (int i = 0; i < names.size(); i++) {
            assertThat(scores.get(names.get(i))).isEqualTo(i / 100.0);
        }
        // an equal name that is another instance was not scored: the table goes by identity
        assertThat(scores.get(new Keys(List.of("shop7")))).isEqualTo(OutletMatcher.NameScores.ABSENT);
    }

    @Test
    void shouldKeepANotANumberScoreApartFromAnAbsentOne() {
        Keys name = new Keys(List.of("kirana"));
        OutletMatcher.NameScores scores = new OutletMatcher.NameScores();
        assertThat(scores.get(name)).isEqualTo(OutletMatcher.NameScores.ABSENT);

        scores.put(name, Double.NaN);

        assertThat(scores.get(name)).isNaN();
    }
}
