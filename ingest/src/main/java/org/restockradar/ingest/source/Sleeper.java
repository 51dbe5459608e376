package org.restockradar.ingest.source;

import java.time.Duration;

/** Waits between attempts; behind an interface so that tests record the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
