package org.restockradar.ingest.replay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.restockradar.ingest.source.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits, within a bound, for Kafka to answer at the start of a one-shot command such as a replay: the first step
 * (creating the topics) is tried again until it succeeds or the bound has passed, and each failed try is logged.
 * A replay started while its broker is still starting, or restarting, then goes on as the services do, instead of
 * stopping at once with nothing published.
 */
public final class BrokerWait {
    private static final Logger LOG = LoggerFactory.getLogger(BrokerWait.class);
    /** The pause between tries: a broker takes seconds to start, and each try itself waits up to 30 s for an answer. */
    public static final Duration RETRY_PAUSE = Duration.ofSeconds(2);

    private final Duration bound;
    private final Clock clock;
    private final Sleeper sleeper;

    /**
     * @param bound how long to go on trying; zero tries once
     */
    public BrokerWait(Duration bound, Clock clock, Sleeper sleeper) {
        if (bound.isNegative()) {
            throw new IllegalArgumentException("the wait for the broker cannot be negative: " + bound);
        }
        this.bound = bound;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /**
     * Runs {@code step} until it returns without throwing.
     *
     * @param what what the step does, for the log ("create the topics")
     * @throws IllegalStateException when it still fails once the bound has passed, with the last failure as the cause
     */
    public void until(String what, Runnable step) throws InterruptedException {
        Instant start = clock.instant();
        Instant giveUp = start.plus(bound);
        for (int attempt = 1; ; attempt++) {
            try {
                step.run();
                if (attempt > 1) {
                    LOG.info("Kafka answered after {} tries ({} s): could {}", attempt,
                            Duration.between(start, clock.instant()).toSeconds(), what);
                }
                return;
            } catch (RuntimeException e) {
                Instant now = clock.instant();
                if (!now.isBefore(giveUp)) {
                    throw new IllegalStateException("Kafka did not answer within " + bound.toSeconds() + " s: cannot " + what
                            + " after " + attempt + " tries: " + e.getMessage(), e);
                }
                LOG.warn("Waiting for Kafka: cannot {} (try {}, {} s left of {} s): {}", what, attempt,
                        Duration.between(now, giveUp).toSeconds(), bound.toSeconds(), e.getMessage());
                sleeper.sleep(RETRY_PAUSE);
            }
        }
    }
}
