package org.restockradar.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restockradar.embedded.testing.TestPostgres;

final class AlertSenderTest {
    private static final AlertSender.Limits LIMITS = new AlertSender.Limits(20, 40, Duration.ofSeconds(5), Duration.ofMinutes(10), Duration.ofMinutes(5));

    private static AlertSender sender() {
        return new AlertSender(TestPostgres.unreachable(), Clock.systemUTC(), List.of(), LIMITS, new SimpleMeterRegistry());
    }

    @Test
    void shouldDoubleThePauseAfterEachFailedAttemptUpToTheLongest() {
        AlertSender sender = sender();

        assertThat(sender.backoff(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(sender.backoff(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(sender.backoff(5)).isEqualTo(Duration.ofSeconds(80));
        assertThat(sender.backoff(8)).isEqualTo(Duration.ofMinutes(10));
        assertThat(sender.backoff(40)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void shouldRefuseARetryBaseLongerThanTheLongestPause() {
        assertThatThrownBy(() -> new AlertSender.Limits(20, 40, Duration.ofMinutes(20), Duration.ofMinutes(10), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alerts.retry-base");
    }
}
