package org.restockradar.stream.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class OutletMatcherKeyWeightsTest {

    @Test
    void shouldGiveBackTheWeightOfEachKeyByEqualityWhileGrowing() {
        OutletMatcher.KeyWeights weights = new OutletMatcher.KeyWeights();
        for (int i = 0; i < 100; i++) {
            weights.put("key" + i, i + 0.5);
        }

        assertThat(weights.size()).isEqualTo(100);
        for (int i = 0; i < 100; i++) {
            // another instance of an equal key finds the weight
            assertThat(weights.get(new String("key" + i))).isEqualTo(i + 0.5);
        }
        assertThat(weights.get("key100")).isEqualTo(OutletMatcher.KeyWeights.ABSENT);
    }

    @Test
    void shouldTellKeysApartWhoseHashesCollide() {
        // "Aa" and "BB" have the same String hash code
        OutletMatcher.KeyWeights weights = new OutletMatcher.KeyWeights();
        weights.put("Aa", 1.0);

        assertThat(weights.get("BB")).isEqualTo(OutletMatcher.KeyWeights.ABSENT);
        weights.put("BB", 2.0);
        assertThat(weights.get("Aa")).isEqualTo(1.0);
        assertThat(weights.get("BB")).isEqualTo(2.0);
    }
}
