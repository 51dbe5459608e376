package org.restockradar.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class ProcessMeterTest {
    /** A /proc/<pid>/stat line whose command holds a space and a parenthesis. */
    private static final String STAT = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 1000 0 0 0 "
            + "250 50 7 3 20 0 30 0 100 0 0";

    @Test
    void shouldAddUserAndSystemTicksAfterTheCommand() {
        assertThat(ProcessMeter.cpuTicks(STAT, false)).isEqualTo(300);
    }

    @Test
    void shouldAddTheReapedChildrenWhenAsked() {
        assertThat(ProcessMeter.cpuTicks(STAT, true)).isEqualTo(310);
    }

    @Test
    void shouldReadThisProcessFromProc() {
        ProcessMeter.Reading reading = ProcessMeter.of(ProcessHandle.current().pid()).read().orElseThrow();

        assertThat(reading.rssBytes()).isPositive();
        assertThat(reading.peakRssBytes()).isGreaterThanOrEqualTo(reading.rssBytes());
    }
}
