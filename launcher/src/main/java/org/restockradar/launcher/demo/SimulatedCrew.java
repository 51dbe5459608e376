package org.restockradar.launcher.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * One demo crew at a human pace: it works one job at a time, finishing what it started first (en route, then accepted,
 * then assigned, oldest first); when it has nothing to do it claims the next job. Between moves it waits as
 * {@link CrewPace} says; at the shop it restocks, or fails with a reason (a full shelf, a closed shop, a refusing owner,
 * no stock in the van); and now and then it forgets a job for a long while, so that the job sits and turns amber, then
 * red. Plain logic: the caller asks {@link #next} with the crew's jobs and makes the move through the API; the time
 * comes from the injected clock and every chance from the seeded random, so a test replays it exactly.
 */
public final class SimulatedCrew {
    private static final List<String> OTHER_FAILURES = List.of("outlet_closed", "owner_refused", "no_stock_in_van");
    private static final Map<String, Integer> STAGE = Map.of("assigned", 1, "accepted", 2, "en_route", 3);
    private static final int UNITS_MIN = 6;
    private static final int UNITS_MAX = 24;

    private final String crewId;
    private final CrewPace pace;
    private final Clock clock;
    private final RandomGenerator random;
    private final Map<Long, Instant> forgottenUntil = new HashMap<>();
    private Instant nextMoveAt = Instant.MIN;

    public SimulatedCrew(String crewId, CrewPace pace, Clock clock, RandomGenerator random) {
        this.crewId = Objects.requireNonNull(crewId, "crewId");
        this.pace = Objects.requireNonNull(pace, "pace");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    public String crewId() {
        return crewId;
    }

    /**
     * The crew's next move, if it is time for one.
     *
     * @param jobs the crew's jobs as its list shows them now (restocked ones may be among them: they wait for ops)
     */
    public Optional<CrewMove> next(List<CrewJob> jobs) {
        Instant now = clock.instant();
        if (now.isBefore(nextMoveAt)) {
            return Optional.empty();
        }
        forgottenUntil.keySet().removeIf(id -> jobs.stream().noneMatch(job -> job.id() == id));
        forgottenUntil.values().removeIf(until -> !now.isBefore(until));
        Optional<CrewJob> current = jobs.stream()
                .filter(job -> STAGE.containsKey(job.status()) && !forgottenUntil.containsKey(job.id()))
                .min(Comparator.comparing((CrewJob job) -> -STAGE.get(job.status())).thenComparingLong(CrewJob::id));
        if (current.isEmpty()) {
            nextMoveAt = now.plus(steps(CrewPace.READY_MIN, CrewPace.READY_MAX));
            return Optional.of(new CrewMove.Claim());
        }
        CrewJob job = current.get();
        if (chance(pace.forgetPercent())) {
            forgottenUntil.put(job.id(), now.plus(steps(CrewPace.FORGET_MIN, CrewPace.FORGET_MAX)));
            nextMoveAt = now.plus(pace.step());
            return Optional.empty();
        }
        return Optional.of(switch (job.status()) {
            case "assigned" -> {
                nextMoveAt = now.plus(steps(CrewPace.SET_OFF_MIN, CrewPace.SET_OFF_MAX));
                yield new CrewMove.Accept(job.id());
            }
            case "accepted" -> {
                nextMoveAt = now.plus(steps(CrewPace.TRAVEL_MIN, CrewPace.TRAVEL_MAX));
                yield new CrewMove.SetOff(job.id());
            }
            default -> {
                nextMoveAt = now.plus(steps(CrewPace.REST_MIN, CrewPace.REST_MAX));
                yield atTheShop(job.id());
            }
        });
    }

    private CrewMove atTheShop(long jobId) {
        int roll = random.nextInt(100);
        if (roll < pace.shelfFullPercent()) {
            return new CrewMove.Fail(jobId, "shelf_full", "shelf was full when we arrived (demo)");
        }
        if (roll < pace.shelfFullPercent() + pace.failPercent()) {
            String reason = OTHER_FAILURES.get(random.nextInt(OTHER_FAILURES.size()));
            return new CrewMove.Fail(jobId, reason, reason.replace('_', ' ') + " (demo)");
        }
        return new CrewMove.Restock(jobId, random.nextInt(UNITS_MIN, UNITS_MAX + 1), "restocked (demo)");
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private Duration steps(int min, int max) {
        return pace.step().multipliedBy(random.nextInt(min, max + 1));
    }
}
