package org.restockradar.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class ThreadMeterTest {
    private static String stat(String name) {
        return "4243 (" + name + ") S 1 4242 4242 0 -1 4194560 1000 0 0 0 250 50 0 0 20 0 30 0 100 0 0";
    }

    @Test
    void shouldGroupNumberedThreadsOfOneKind() {
        assertThat(ThreadMeter.kind(stat("ParGC Thread#1"))).isEqualTo("ParGC Thread");
        assertThat(ThreadMeter.kind(stat("sp-StreamThread"))).isEqualTo("sp-StreamThread");
        assertThat(ThreadMeter.kind(stat("pool-2-thread-13"))).isEqualTo("pool-2-thread");
    }

    @Test
    void shouldKeepANameWithParenthesesWhole() {
        assertThat(ThreadMeter.kind(stat("C2 (x) Thre"))).isEqualTo("C2 (x) Thre");
    }

    @Test
    void shouldReadTheThreadsOfThisProcess() {
        assertThat(new ThreadMeter(ProcessHandle.current().pid()).read()).isNotEmpty().allSatisfy((kind, nanos) -> assertThat(nanos).isNotNegative());
    }
}
