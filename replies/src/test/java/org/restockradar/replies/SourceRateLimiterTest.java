package org.restockradar.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Source;
import org.restockradar.embedded.testing.MutableClock;

/** Requests per second per source, and pauses until a rate-limit reset. */
final class SourceRateLimiterTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private final SourceRateLimiter limiter = new SourceRateLimiter(clock, Map.of(Source.X, 2));

    @Test
    void shouldAllowTheRatePerSecondThenRefillWithTime() {
        assertThat(limiter.tryAcquire(Source.X)).isTrue();
        assertThat(limiter.tryAcquire(Source.X)).isTrue();
        assertThat(limiter.tryAcquire(Source.X)).as("a third within the same second").isFalse();

        clock.advance(Duration.ofMillis(500));
        assertThat(limiter.tryAcquire(Source.X)).isTrue();
        assertThat(limiter.tryAcquire(Source.X)).isFalse();
        assertThat(limiter.tryAcquire(Source.SMS)).as("a source without a limit").isTrue();
    }

    @Test
    void shouldRefuseEverythingForAPausedSourceUntilTheReset() {
        limiter.pauseUntil(Source.SMS, clock.instant().plusSeconds(60));

        assertThat(limiter.tryAcquire(Source.SMS)).isFalse();
        clock.advance(Duration.ofSeconds(60));
        assertThat(limiter.tryAcquire(Source.SMS)).isTrue();
    }
}
