package org.restockradar.dispatch.crews;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.restockradar.contracts.GeoPoint;

/**
 * Which covering crew a new job goes to: a pure function of the crews' loads, shifts and bases, the outlet's location
 * and the job's due time (tested without a database).
 *
 * <p>A crew may take the job when it holds fewer open jobs than its capacity and it is on shift now, or its next shift
 * starts before the job is due (a crew whose next shift starts after the due time could only breach it). Among those,
 * crews on shift now come first; then the lowest cost {@code load + distance}, where load is open jobs / capacity (0
 * to 1) and distance is the haversine distance from the crew's base to the outlet divided by {@code distanceScaleKm}
 * (so with the default 25 km, being 25 km further weighs as much as being full instead of idle). When the base or
 * the outlet location is not known the distance term is 1, as if the crew were one scale away. Ties go to the crew id.
 */
public final class CrewChoice {
    /** The default of {@code dispatch.assign-distance-scale-km}. */
    public static final double DEFAULT_DISTANCE_SCALE_KM = 25.0;

    /** A covering crew as the assigner sees it. */
    public record Candidate(String crewId, int openJobs, int capacity, GeoPoint base, LocalTime shiftStart, LocalTime shiftEnd,
                            ZoneId timeZone) {
        public Candidate {
            Objects.requireNonNull(crewId, "crewId");
            if (capacity < 1) {
                throw new IllegalArgumentException("crew " + crewId + " capacity must be at least 1: " + capacity);
            }
            Objects.requireNonNull(shiftStart, "shiftStart");
            Objects.requireNonNull(shiftEnd, "shiftEnd");
            Objects.requireNonNull(timeZone, "timeZone");
        }
    }

    private CrewChoice() {
    }

    /**
     * The crews that may take the job, best first.
     *
     * @param outlet where the outlet is, or null when unknown
     */
    public static List<Candidate> ranked(List<Candidate> covering, GeoPoint outlet, Instant now, Instant dueAt, double distanceScaleKm) {
        if (!(distanceScaleKm > 0)) {
            throw new IllegalArgumentException("the distance scale must be positive: " + distanceScaleKm);
        }
        Comparator<Candidate> order = Comparator.<Candidate, Boolean>comparing(crew -> !onShift(crew, now))
                .thenComparingDouble(crew -> cost(crew, outlet, distanceScaleKm))
                .thenComparing(Candidate::crewId);
        return covering.stream()
                .filter(crew -> crew.openJobs() < crew.capacity())
                .filter(crew -> onShift(crew, now) || nextShiftStart(crew, now).isBefore(dueAt))
                .sorted(order)
                .toList();
    }

    /** The best crew, if any may take the job. */
    public static Optional<Candidate> best(List<Candidate> covering, GeoPoint outlet, Instant now, Instant dueAt, double distanceScaleKm) {
        return ranked(covering, outlet, now, dueAt, distanceScaleKm).stream().findFirst();
    }

    static double cost(Candidate crew, GeoPoint outlet, double distanceScaleKm) {
        double load = (double) crew.openJobs() / crew.capacity();
        double distance = crew.base() == null || outlet == null ? 1.0 : crew.base().distanceKm(outlet) / distanceScaleKm;
        return load + distance;
    }

    /** Whether {@code now} falls within the crew's shift, in its time zone (start inclusive, end exclusive). */
    public static boolean onShift(Candidate crew, Instant now) {
        LocalTime local = now.atZone(crew.timeZone()).toLocalTime();
        return !local.isBefore(crew.shiftStart()) && local.isBefore(crew.shiftEnd());
    }

    /** When the crew's next shift starts after {@code now}: today's start if still ahead, else tomorrow's. */
    public static Instant nextShiftStart(Candidate crew, Instant now) {
        ZonedDateTime local = now.atZone(crew.timeZone());
        ZonedDateTime today = local.toLocalDate().atTime(crew.shiftStart()).atZone(crew.timeZone());
        return (today.isAfter(local) ? today : today.plusDays(1)).toInstant();
    }
}
