package org.restockradar.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

final class LatencySummaryTest {
    @Test
    void shouldReadPercentilesInMillisecondsFromMicroseconds() {
        Histogram micros = LatencySummary.newHistogram();
        for (long ms = 1; ms <= 1000; ms++) {
            micros.recordValue(ms * 1000);
        }

        LatencySummary summary = LatencySummary.of(micros);

        assertThat(summary.count()).isEqualTo(1000);
        // three significant digits: each value within 0.1 % of the exact one
        assertThat(summary.p50Ms()).isCloseTo(500, within(0.5));
        assertThat(summary.p90Ms()).isCloseTo(900, within(0.9));
        assertThat(summary.p99Ms()).isCloseTo(990, within(1.0));
        assertThat(summary.p999Ms()).isCloseTo(999, within(1.0));
        assertThat(summary.maxMs()).isCloseTo(1000, within(1.0));
    }

    @Test
    void shouldShowTheTailThatAnAverageHides() {
        Histogram micros = LatencySummary.newHistogram();
        micros.recordValueWithCount(2_000, 985);
        micros.recordValueWithCount(4_000_000, 15);

        LatencySummary summary = LatencySummary.of(micros);

        assertThat(summary.p50Ms()).isCloseTo(2, within(0.01));
        assertThat(summary.p99Ms()).isCloseTo(4000, within(4.0));
    }
}
