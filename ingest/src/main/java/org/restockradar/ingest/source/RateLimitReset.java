package org.restockradar.ingest.source;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a rate-limit reset header: X sends {@code x-rate-limit-reset} as epoch seconds, Mastodon sends
 * {@code X-RateLimit-Reset} as an ISO-8601 time. Anything else is ignored (the back-off then doubles).
 */
public final class RateLimitReset {
    private RateLimitReset() {
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
