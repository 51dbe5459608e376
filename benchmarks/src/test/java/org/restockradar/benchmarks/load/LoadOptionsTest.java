package org.restockradar.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class LoadOptionsTest {
    @Test
    void shouldPassTheGivenSettingsToTheStreamProcessorsAndDispatchers() {
        LoadOptions options = LoadOptions.parse("--outlets", "1000", "--processor-settings",
                "streams.threads=2, kafka.commit.interval.ms=200", "--dispatch-settings", "dispatch.auto-assign=false");

        assertThat(options.processorSettings()).containsExactly(
                java.util.Map.entry("streams.threads", "2"), java.util.Map.entry("kafka.commit.interval.ms", "200"));
        assertThat(options.dispatchSettings()).containsEntry("dispatch.auto-assign", "false").hasSize(1);
    }

    @Test
    void shouldGiveNoSettingsByDefault() {
        LoadOptions options = LoadOptions.parse("--outlets", "1000");

        assertThat(options.processorSettings()).isEmpty();
        assertThat(options.dispatchSettings()).isEmpty();
    }

    @Test
    void shouldRefuseASettingWithoutAValue() {
        assertThatThrownBy(() -> LoadOptions.parse("--processor-settings", "streams.threads"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key=value: streams.threads");
    }

    @Test
    void shouldCountAProducerForEveryStreamThreadOfEveryStreamProcessor() {
        assertThat(LoadOptions.parse("--stream-processors", "3").streamThreads()).isEqualTo(3);
        assertThat(LoadOptions.parse("--stream-processors", "3", "--processor-settings", "streams.threads=2").streamThreads())
                .isEqualTo(6);
    }

    @Test
    void shouldStartColdUnlessAWarmUpIsAsked() {
        assertThat(LoadOptions.parse("--outlets", "1000").warmupMentions()).isZero();
        assertThat(LoadOptions.parse("--warmup-mentions", "150000").warmupMentions()).isEqualTo(150_000);
        assertThat(LoadOptions.parse("--outlets", "1000").replayPerPhase()).isFalse();
        assertThat(LoadOptions.parse("--replay-per-phase", "--outlets", "1000").replayPerPhase()).isTrue();
        assertThatThrownBy(() -> LoadOptions.parse("--warmup-mentions", "-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("warm-up mentions -1");
    }
}
