package org.restockradar.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class RatePacerTest {
    /** A clock that moves only when the pacer sleeps, or when a test says a send took time. */
    private static final class FakeClock {
        long now = 1_000_000_000L;
        final List<Long> sleeps = new ArrayList<>();

        void sleep(long nanos) {
            sleeps.add(nanos);
            now += nanos;
        }
    }

    @Test
    void shouldSpaceSendsByTheRateFromTheFirst() {
        FakeClock clock = new FakeClock();
        RatePacer pacer = new RatePacer(1000, () -> clock.now, clock::sleep);
        long start = clock.now;

        for (long i = 0; i < 5; i++) {
            pacer.awaitTurn(i);
        }

        assertThat(clock.sleeps).containsExactly(1_000_000L, 1_000_000L, 1_000_000L, 1_000_000L);
        assertThat(clock.now - start).isEqualTo(4_000_000L);
    }

    @Test
    void shouldNotWaitAfterALateSendUntilTheScheduleIsCaughtUp() {
        FakeClock clock = new FakeClock();
        RatePacer pacer = new RatePacer(100, () -> clock.now, clock::sleep);
        long start = clock.now;
        pacer.awaitTurn(0);
        clock.now += 35_000_000L; // the first send took 35 ms: sends 1, 2 and 3 (due at 10, 20 and 30 ms) are late

        pacer.awaitTurn(1);
        pacer.awaitTurn(2);
        pacer.awaitTurn(3);
        pacer.awaitTurn(4);

        assertThat(clock.sleeps).containsExactly(5_000_000L);
        assertThat(clock.now - start).isEqualTo(40_000_000L);
    }

    @Test
    void shouldKeepTheRateWhenEachSendTakesTime() {
        FakeClock clock = new FakeClock();
        RatePacer pacer = new RatePacer(500, () -> clock.now, clock::sleep);
        long start = clock.now;

        for (long i = 0; i < 1000; i++) {
            pacer.awaitTurn(i);
            clock.now += 300_000L; // 0.3 ms per send, less than the 2 ms between sends
        }

        // 1000 sends at 500/s: the last is due 1.998 s after the first, whatever each send took.
        assertThat(clock.now - start).isEqualTo(1_998_000_000L + 300_000L);
    }

    @Test
    void shouldRefuseARateThatIsNotPositive() {
        assertThatThrownBy(() -> new RatePacer(0, System::nanoTime, nanos -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.0");
    }
}
