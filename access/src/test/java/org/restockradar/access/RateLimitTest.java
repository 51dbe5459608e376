package org.restockradar.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.restockradar.embedded.testing.MutableClock;

final class RateLimitTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:15Z"));

    @Test
    void shouldTakeTheConnectionAsTheClientWhenItIsNoTrustedProxy() {
        RateLimit limit = new RateLimit(Set.of(), clock);

        assertThat(limit.client("203.0.113.9", "10.1.1.1, 198.51.100.7")).isEqualTo("203.0.113.9");
        assertThat(new RateLimit(Set.of("10.0.0.5"), clock).client("203.0.113.9", "198.51.100.7")).isEqualTo("203.0.113.9");
    }

    @Test
    void shouldTakeTheRightMostHopThatIsNoTrustedProxyBehindOne() {
        RateLimit limit = new RateLimit(RateLimit.trustedProxies(" 10.0.0.5, 10.0.0.4 ,"), clock);

        assertThat(limit.client("10.0.0.5", "1.2.3.4, 198.51.100.7, 10.0.0.4")).isEqualTo("198.51.100.7");
        assertThat(limit.client("10.0.0.5", "198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(limit.client("10.0.0.5", "10.0.0.4")).as("every hop a proxy: the left-most").isEqualTo("10.0.0.4");
        assertThat(limit.client("10.0.0.5", null)).isEqualTo("10.0.0.5");
    }

    @Test
    void shouldRefuseAClientPastTheLimitUntilTheMinuteIsOver() {
        RateLimit limit = new RateLimit(Set.of(), clock);

        for (int i = 0; i < 3; i++) {
            assertThat(limit.take("203.0.113.9", null, "GET /api/me", 3)).isEmpty();
        }
        assertThat(limit.take("203.0.113.9", null, "GET /api/me", 3)).hasValue(Duration.ofSeconds(45));
        assertThat(limit.take("203.0.113.9", null, "GET /api/jobs", 3)).as("another route").isEmpty();
        assertThat(limit.take("203.0.113.10", null, "GET /api/me", 3)).as("another client").isEmpty();

        clock.advance(Duration.ofSeconds(45));
        assertThat(limit.take("203.0.113.9", null, "GET /api/me", 3)).isEmpty();
    }

    @Test
    void shouldRefuseATokenPastTheLimitFromWhateverClient() {
        RateLimit limit = new RateLimit(Set.of(), clock);

        for (int i = 0; i < 3; i++) {
            assertThat(limit.take("198.51.100." + i, "rr_shared", "GET /api/me", 3)).isEmpty();
        }
        assertThat(limit.take("198.51.100.9", "rr_shared", "GET /api/me", 3)).isPresent();
        assertThat(limit.take("198.51.100.9", "rr_other", "GET /api/me", 3)).isEmpty();
    }
}
