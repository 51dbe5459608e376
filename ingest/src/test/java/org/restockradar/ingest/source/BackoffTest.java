package org.restockradar.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restockradar.ingest.testing.MutableClock;

final class BackoffTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-10-02T09:00:00Z"));
    private final Backoff backoff = new Backoff(Backoff.Policy.documented(), clock);

    @Test
    void shouldWaitLinearlyLongerAfterNetworkErrorsUpToSixteenSeconds() {
        assertThat(backoff.afterNetworkError()).isEqualTo(Duration.ofMillis(250));
        assertThat(backoff.afterNetworkError()).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.afterNetworkError()).isEqualTo(Duration.ofMillis(750));
        for (int i = 0; i < 100; i++) {
            backoff.afterNetworkError();
        }
        assertThat(backoff.afterNetworkError()).isEqualTo(Duration.ofSeconds(16));
    }

    @Test
    void shouldDoubleAfterHttpErrorsFromFiveSecondsUpTo320() {
        assertThat(backoff.afterHttpError()).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.afterHttpError()).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.afterHttpError()).isEqualTo(Duration.ofSeconds(20));
        for (int i = 0; i < 100; i++) {
            backoff.afterHttpError();
        }
        assertThat(backoff.afterHttpError()).isEqualTo(Duration.ofSeconds(320));
    }

    @Test
    void shouldWaitUntilTheRateLimitResetWhenTheResponseGivesIt() {
        Instant reset = clock.instant().plusSeconds(427);

        assertThat(backoff.afterRateLimit(Optional.of(reset))).isEqualTo(Duration.ofSeconds(428));
    }

    @Test
    void shouldDoubleFromOneMinuteOnRateLimitWithoutResetOrWithAResetInThePast() {
        assertThat(backoff.afterRateLimit(Optional.empty())).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.afterRateLimit(Optional.of(clock.instant().minusSeconds(30)))).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.afterRateLimit(Optional.empty())).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void shouldStartOverAfterASuccessfulConnection() {
        backoff.afterNetworkError();
        backoff.afterNetworkError();
        backoff.afterHttpError();
        backoff.afterHttpError();

        backoff.succeeded();

        assertThat(backoff.afterNetworkError()).isEqualTo(Duration.ofMillis(250));
        assertThat(backoff.afterHttpError()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void shouldClassifyFailuresByKind() {
        assertThat(backoff.after(SourceException.network("reset", null))).isEqualTo(Duration.ofMillis(250));
        assertThat(backoff.after(SourceException.http(503, null, "unavailable"))).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.after(SourceException.http(429, clock.instant().plusSeconds(9), "too many")))
                .isEqualTo(Duration.ofSeconds(10));
    }
}
