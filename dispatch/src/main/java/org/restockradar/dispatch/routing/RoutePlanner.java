package org.restockradar.dispatch.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.dispatch.store.Job;

/**
 * Orders a crew's open jobs into a route: a pure function of the jobs, the crew's base and the time.
 *
 * <ol>
 *   <li>Due-time buckets first: a job overdue or due within one bucket ({@code dispatch.route-bucket}, 12 h) of now is in
 *       bucket 0, within two buckets in bucket 1, and so on. Every job of an earlier bucket comes before any of a later
 *       one, so that distance never pushes an urgent job behind a relaxed one.</li>
 *   <li>Within a bucket, nearest neighbour: from where the crew is (its base for the first bucket, then the outlet of the
 *       previous stop, carried across buckets), the nearest outlet next (haversine), ties by due time then job id.</li>
 *   <li>Jobs whose outlet location is not known (not in the registry), or all jobs when the crew has no base, follow in
 *       due-time order at the end of their bucket.</li>
 * </ol>
 * Each stop carries its distance from the crew's base (null when either point is unknown) and its place from 1.
 */
public final class RoutePlanner {
    /** The default of {@code dispatch.route-bucket}. */
    public static final Duration DEFAULT_BUCKET = Duration.ofHours(12);

    /** A job on the route. */
    public record Stop(Job job, Double distanceKm, int order) {
        public Stop {
            Objects.requireNonNull(job, "job");
            if (order < 1) {
                throw new IllegalArgumentException("route order starts at 1: " + order);
            }
        }
    }

    private RoutePlanner() {
    }

    /** @param base where the crew's route starts, or null when not known */
    public static List<Stop> plan(List<Job> jobs, GeoPoint base, Instant now, Duration bucket) {
        if (bucket.isNegative() || bucket.isZero()) {
            throw new IllegalArgumentException("the route bucket must be positive: " + bucket);
        }
        Comparator<Job> byDue = Comparator.comparing(Job::dueAt).thenComparingLong(Job::id);
        TreeMap<Long, List<Job>> buckets = new TreeMap<>();
        for (Job job : jobs) {
            long index = Math.max(0, Duration.between(now, job.dueAt()).toMillis()) / bucket.toMillis();
            buckets.computeIfAbsent(index, key -> new ArrayList<>()).add(job);
        }
        List<Stop> route = new ArrayList<>();
        GeoPoint at = base;
        for (List<Job> inBucket : buckets.values()) {
            List<Job> located = new ArrayList<>();
            List<Job> unlocated = new ArrayList<>();
            for (Job job : inBucket) {
                (job.outletLocation() != null && at != null ? located : unlocated).add(job);
            }
            located.sort(byDue);
            while (!located.isEmpty()) {
                GeoPoint from = at;
                Job next = located.stream()
                        .min(Comparator.<Job>comparingDouble(job -> from.distanceKm(job.outletLocation())).thenComparing(byDue))
                        .orElseThrow();
                located.remove(next);
                route.add(new Stop(next, distanceFromBase(base, next), route.size() + 1));
                at = next.outletLocation();
            }
            unlocated.sort(byDue);
            for (Job job : unlocated) {
                route.add(new Stop(job, distanceFromBase(base, job), route.size() + 1));
            }
        }
        return route;
    }

    private static Double distanceFromBase(GeoPoint base, Job job) {
        return base == null || job.outletLocation() == null ? null : base.distanceKm(job.outletLocation());
    }
}
