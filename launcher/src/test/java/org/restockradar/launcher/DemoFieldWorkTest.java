package org.restockradar.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

final class DemoFieldWorkTest {
    @Test
    void shouldPickAStableShareOfJobsCloseToThePercentAsked() {
        long failed = LongStream.rangeClosed(1, 2000).filter(id -> DemoFieldWork.share(id, 13) < 10).count();
        assertThat(failed).isBetween(140L, 260L);
        assertThat(DemoFieldWork.share(42, 13)).isEqualTo(DemoFieldWork.share(42, 13));
        assertThat(LongStream.rangeClosed(1, 2000).map(id -> DemoFieldWork.share(id, 7))).allMatch(s -> s >= 0 && s < 100);
    }

    @Test
    void shouldRefuseOptionsOutsideTheirRange() {
        assertThatThrownBy(() -> new DemoFieldWork.Options(Duration.ZERO, 90, 10)).hasMessageContaining("demo.field-work.step");
        assertThatThrownBy(() -> new DemoFieldWork.Options(Duration.ofSeconds(1), 101, 10)).hasMessageContaining("percentages");
    }
}
