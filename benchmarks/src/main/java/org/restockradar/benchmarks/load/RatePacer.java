package org.restockradar.benchmarks.load;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Paces sends at a fixed rate against the clock: the i-th send is due at {@code start + i / rate}, so a late send
 * (a slow {@code send}, a pause of the machine) is followed by sends without waiting until the schedule is caught up,
 * and the rate over the run is the one asked, unlike a sleep of {@code 1 / rate} after every send.
 */
final class RatePacer {
    /** Waits a number of nanoseconds; {@link LockSupport#parkNanos} in the harness, a fake clock in tests. */
    interface Sleeper {
        void sleepNanos(long nanos);
    }

    private final double perSecond;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private long start;
    private boolean started;

    RatePacer(double perSecond, LongSupplier nanoTime, Sleeper sleeper) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive: " + perSecond);
        }
        this.perSecond = perSecond;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    /** A pacer on the JVM's monotonic clock. */
    static RatePacer systemClock(double perSecond) {
        return new RatePacer(perSecond, System::nanoTime, LockSupport::parkNanos);
    }

    /** Waits until send number {@code index} (from 0) is due; the first call starts the schedule. */
    void awaitTurn(long index) {
        if (!started) {
            start = nanoTime.getAsLong();
            started = true;
        }
        long due = start + (long) (index * 1e9 / perSecond);
        long wait;
        while ((wait = due - nanoTime.getAsLong()) > 0) {
            sleeper.sleepNanos(wait);
        }
    }
}
