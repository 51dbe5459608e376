package org.restockradar.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class RateLimitResetTest {
    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static HttpHeaders headers(Map<String, String> values) {
        return HttpHeaders.of(values.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))),
                (name, value) -> true);
    }

    @Test
    void shouldPreferTheSourcesOwnResetHeader() {
        assertThat(RateLimitReset.of(headers(Map.of("x-rate-limit-reset", "1796558700", "Retry-After", "5")), "x-rate-limit-reset", CLOCK))
                .hasValue(Instant.ofEpochSecond(1796558700));
    }

    @Test
    void shouldReadRetryAfterInSecondsOrAsAnHttpDate() {
        assertThat(RateLimitReset.of(headers(Map.of("Retry-After", "120")), "x-rate-limit-reset", CLOCK)).hasValue(NOW.plusSeconds(120));
        assertThat(RateLimitReset.of(headers(Map.of("Retry-After", "Sun, 06 Dec 2026 12:05:00 GMT")), "x-rate-limit-reset", CLOCK))
                .hasValue(Instant.parse("2026-12-06T12:05:00Z"));
    }

    @Test
    void shouldIgnoreWhatItCannotRead() {
        assertThat(RateLimitReset.of(headers(Map.of("Retry-After", "soon")), "x-rate-limit-reset", CLOCK)).isEmpty();
        assertThat(RateLimitReset.of(headers(Map.of()), "x-rate-limit-reset", CLOCK)).isEmpty();
    }
}
