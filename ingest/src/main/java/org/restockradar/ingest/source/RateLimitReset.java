package org.restockradar.ingest.source;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads when a 429's rate limit ends: X sends {@code x-rate-limit-reset} as epoch seconds, Mastodon sends
 * {@code X-RateLimit-Reset} as an ISO-8601 time, and any HTTP server may send {@code Retry-After} (RFC 9110: seconds
 * or an HTTP date), read when the source's own header is missing. Anything else is ignored (the back-off then doubles).
 */
public final class RateLimitReset {
    private RateLimitReset() {
    }

    /** The end of the rate limit a response announces: its {@code resetHeader}, else {@code Retry-After}. */
    public static Optional<Instant> of(HttpHeaders headers, String resetHeader, Clock clock) {
        Optional<Instant> reset = parse(headers.firstValue(resetHeader).orElse(null));
        if (reset.isPresent()) {
            return reset;
        }
        return headers.firstValue("Retry-After").map(String::trim).flatMap(value -> {
            try {
                if (!value.isEmpty() && value.chars().allMatch(Character::isDigit)) {
                    return Optional.of(clock.instant().plusSeconds(Long.parseLong(value)));
                }
                return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (NumberFormatException | DateTimeParseException unreadable) {
                return Optional.empty();
            }
        });
    }

    public static Optional<Instant> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.trim();
        try {
            if (value.chars().allMatch(Character::isDigit)) {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(value)));
            }
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
