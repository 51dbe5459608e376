package org.restockradar.launcher.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The demo's ops at a human pace: a restocked job is looked at some steps after it is first seen ({@link CrewPace}),
 * and verified for {@code verifyPercent} of the jobs; the rest stay restocked, waiting for verification on the ops page.
 * Time from the injected clock, chances from the seeded random.
 */
public final class SimulatedOps {
    /** When each restocked job seen is to be verified; {@link Instant#MAX} for never. */
    private final Map<Long, Instant> verifyAt = new HashMap<>();
    private final CrewPace pace;
    private final Clock clock;
    private final RandomGenerator random;

    public SimulatedOps(CrewPace pace, Clock clock, RandomGenerator random) {
        this.pace = Objects.requireNonNull(pace, "pace");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Of the jobs restocked now, those ops verify at this moment. */
    public List<Long> toVerify(Collection<Long> restocked) {
        Instant now = clock.instant();
        verifyAt.keySet().retainAll(restocked);
        List<Long> due = new ArrayList<>();
        for (long id : restocked.stream().sorted().toList()) {
            Instant at = verifyAt.computeIfAbsent(id, seen -> random.nextInt(100) < pace.verifyPercent()
                    ? now.plus(pace.step().multipliedBy(random.nextInt(CrewPace.VERIFY_MIN, CrewPace.VERIFY_MAX + 1)))
                    : Instant.MAX);
            if (!now.isBefore(at)) {
                due.add(id);
            }
        }
        return due;
    }
}
