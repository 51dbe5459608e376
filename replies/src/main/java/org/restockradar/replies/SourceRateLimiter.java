package org.restockradar.replies;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.restockradar.contracts.Source;

/**
 * Requests per second per source, as a token bucket holding at most one second's worth, on the injected clock;
 * and a pause per source until the time a rate-limited answer named. Counts this process's calls only: with
 * several replies services sending, divide the source's limit among them.
 */
public final class SourceRateLimiter {
    private static final long SECOND_NANOS = 1_000_000_000L;
    private final Clock clock;
    private final Map<Source, Integer> perSecond;
    private final Map<Source, Long> credit = new EnumMap<>(Source.class);
    private final Map<Source, Instant> refilledAt = new EnumMap<>(Source.class);
    private final Map<Source, Instant> pausedUntil = new EnumMap<>(Source.class);

    /** @param perSecond requests a second per source; a source not named is not limited */
    public SourceRateLimiter(Clock clock, Map<Source, Integer> perSecond) {
        this.clock = Objects.requireNonNull(clock, "clock");
        perSecond.forEach((source, rate) -> {
            if (rate == null || rate < 1) {
                throw new IllegalArgumentException("replies." + source.code() + ".per-second must be at least 1: " + rate);
            }
        });
        this.perSecond = Map.copyOf(perSecond);
    }

    /** Takes one request's permit for the source, if one is free now. */
    public synchronized boolean tryAcquire(Source source) {
        Instant now = clock.instant();
        Instant paused = pausedUntil.get(source);
        if (paused != null && now.isBefore(paused)) {
            return false;
        }
        Integer rate = perSecond.get(source);
        if (rate == null) {
            return true;
        }
        // The bucket holds time, in nanoseconds, up to one second's worth; a request costs a second divided by the rate.
        Instant last = refilledAt.getOrDefault(source, now);
        long elapsed = Math.max(0, Duration.between(last, now).toNanos());
        long available = Math.min(SECOND_NANOS, credit.getOrDefault(source, SECOND_NANOS) + Math.min(elapsed, SECOND_NANOS));
        refilledAt.put(source, now);
        long cost = SECOND_NANOS / rate;
        if (available < cost) {
            credit.put(source, available);
            return false;
        }
        credit.put(source, available - cost);
        return true;
    }

    /** No request to the source before the time (a rate-limit reset it sent). */
    public synchronized void pauseUntil(Source source, Instant until) {
        pausedUntil.merge(source, until, (a, b) -> a.isAfter(b) ? a : b);
    }
}
