package org.restockradar.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class StreamBenchTest {
    private static StreamBench.Sample sample(long seconds, long committed, long cpuMillis) {
        return new StreamBench.Sample(seconds * 1_000_000_000L, committed, cpuMillis * 1_000_000L,
                Map.of("sp-StreamThread", cpuMillis * 500_000L), 0);
    }

    @Test
    void shouldCutTheDrainAtTheFirstSamplePastEachShareOfTheMentions() {
        List<StreamBench.Sample> samples = List.of(sample(0, 0, 0), sample(1, 400, 100), sample(2, 600, 150),
                sample(3, 1000, 200));

        List<StreamBench.Window> windows = StreamBench.windows(samples, 1000, 2);

        assertThat(windows).hasSize(2);
        assertThat(windows.get(0).mentions()).isEqualTo(600);
        assertThat(windows.get(0).processMicros()).isEqualTo(250.0);
        assertThat(windows.get(1).mentions()).isEqualTo(400);
        assertThat(windows.get(1).perSecond()).isEqualTo(400.0);
        assertThat(windows.get(1).threadMicros()).containsEntry("sp-StreamThread", 62.5);
    }

    @Test
    void shouldMergeWindowsThatOneSampleSpans() {
        List<StreamBench.Sample> samples = List.of(sample(0, 0, 0), sample(1, 1000, 100));

        assertThat(StreamBench.windows(samples, 1000, 4)).singleElement()
                .satisfies(window -> assertThat(window.mentions()).isEqualTo(1000));
    }
}
