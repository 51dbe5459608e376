package org.restockradar.ingest.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long to wait before reconnecting, by the rules X documents for its streams (and used for every
 * source): a network error (refused, reset, stalled keep-alive) waits linearly longer, {@code networkStep}
 * more each time up to {@code networkMax}; an HTTP error doubles from {@code httpInitial} up to
 * {@code httpMax}; a 429 waits until the {@code x-rate-limit-reset} time when the response gives one,
 * else doubles from {@code rateLimitInitial} up to {@code rateLimitMax}. A successful connection resets it.
 * Not thread-safe: one per reading thread.
 */
public final class Backoff {

    /** The waits; {@link #documented()} gives X's published values. */
    public record Policy(Duration networkStep, Duration networkMax, Duration httpInitial, Duration httpMax,
                         Duration rateLimitInitial, Duration rateLimitMax) {
        public Policy {
            for (Duration d : new Duration[] {networkStep, networkMax, httpInitial, httpMax, rateLimitInitial, rateLimitMax}) {
                if (d == null || d.isNegative()) {
                    throw new IllegalArgumentException("back-off durations must be present and not negative: " + d);
                }
            }
        }

        /** 250 ms steps to 16 s; 5 s doubling to 320 s; 429: 60 s doubling to 15 min. */
        public static Policy documented() {
            return new Policy(Duration.ofMillis(250), Duration.ofSeconds(16), Duration.ofSeconds(5), Duration.ofSeconds(320),
                    Duration.ofMinutes(1), Duration.ofMinutes(15));
        }
    }

    /** Added to a reset time so the retry lands after it, not on it. */
    static final Duration RESET_MARGIN = Duration.ofSeconds(1);
    /** A reset further away than this is treated as wrong and the exponential wait is used. */
    static final Duration LONGEST_RESET_WAIT = Duration.ofHours(1);

    private final Policy policy;
    private final Clock clock;
    private int networkFailures;
    private int httpFailures;
    private int rateLimits;

    public Backoff(Policy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    public Duration afterNetworkError() {
        networkFailures++;
        return min(policy.networkStep().multipliedBy(networkFailures), policy.networkMax());
    }

    public Duration afterHttpError() {
        httpFailures++;
        return doubled(policy.httpInitial(), httpFailures, policy.httpMax());
    }

    /** @param reset when the rate-limit window resets ({@code x-rate-limit-reset}), if the response said */
    public Duration afterRateLimit(Optional<Instant> reset) {
        rateLimits++;
        if (reset.isPresent()) {
            Duration untilReset = Duration.between(clock.instant(), reset.get()).plus(RESET_MARGIN);
            if (!untilReset.isNegative() && untilReset.compareTo(LONGEST_RESET_WAIT) <= 0) {
                return untilReset;
            }
        }
        return doubled(policy.rateLimitInitial(), rateLimits, policy.rateLimitMax());
    }

    /** The wait for a classified failure. */
    public Duration after(SourceException failure) {
        return switch (failure.kind()) {
            case NETWORK -> afterNetworkError();
            case HTTP -> afterHttpError();
            case RATE_LIMITED -> afterRateLimit(failure.rateLimitReset());
        };
    }

    /** A connection succeeded: the next failure starts from the first step again. */
    public void succeeded() {
        networkFailures = 0;
        httpFailures = 0;
        rateLimits = 0;
    }

    private static Duration doubled(Duration initial, int attempt, Duration max) {
        int shift = Math.min(attempt - 1, 30);
        Duration wait = initial.multipliedBy(1L << shift);
        return min(wait, max);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
