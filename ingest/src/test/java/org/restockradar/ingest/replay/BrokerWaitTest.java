package org.restockradar.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.restockradar.ingest.source.Sleeper;
import org.restockradar.ingest.testing.MutableClock;

final class BrokerWaitTest {
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T12:00:00Z"));
    private final List<Duration> pauses = new ArrayList<>();
    private final Sleeper sleeper = pause -> {
        pauses.add(pause);
        clock.advance(pause);
    };

    /** A step that fails, as TopicSetup does after its 30 s wait for an answer, until the given try. */
    private Runnable brokerAnsweringAtTry(int answering, AtomicInteger tries) {
        return () -> {
            if (tries.incrementAndGet() < answering) {
                clock.advance(ANSWER_TIMEOUT);
                throw new IllegalStateException("cannot list or create topics: timed out");
            }
        };
    }

    @Test
    void shouldTryAgainUntilTheBrokerAnswersAndThenGoOn() throws Exception {
        AtomicInteger tries = new AtomicInteger();

        new BrokerWait(Duration.ofMinutes(5), clock, sleeper).until("create the topics", brokerAnsweringAtTry(4, tries));

        assertThat(tries).hasValue(4);
        assertThat(pauses).containsExactly(BrokerWait.RETRY_PAUSE, BrokerWait.RETRY_PAUSE, BrokerWait.RETRY_PAUSE);
    }

    @Test
    void shouldGiveUpOnceTheBoundHasPassedWithTheLastFailure() {
        AtomicInteger tries = new AtomicInteger();

        assertThatThrownBy(() -> new BrokerWait(Duration.ofMinutes(1), clock, sleeper).until("create the topics", brokerAnsweringAtTry(100, tries)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Kafka did not answer within 60 s: cannot create the topics after 2 tries")
                .hasRootCauseMessage("cannot list or create topics: timed out");
        // tries at 0 s (fails at 30), 32 s (fails at 62): past the bound, no third pause
        assertThat(tries).hasValue(2);
    }

    @Test
    void shouldTryOnceWhenTheBoundIsZero() {
        AtomicInteger tries = new AtomicInteger();

        assertThatThrownBy(() -> new BrokerWait(Duration.ZERO, clock, sleeper).until("create the topics", brokerAnsweringAtTry(2, tries)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(tries).hasValue(1);
        assertThat(pauses).isEmpty();
    }
}
