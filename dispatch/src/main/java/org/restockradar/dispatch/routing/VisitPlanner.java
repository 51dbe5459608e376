package org.restockradar.dispatch.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.dispatch.store.Job;

/**
 * The order in which a crew visits the shops of its open jobs: one stop per outlet however many jobs it has there, a pure
 * function of the jobs and where the crew starts.
 *
 * <ol>
 *   <li>The jobs are grouped by outlet; a stop's jobs are in due order, and the stops with the soonest job come first
 *       where nothing else decides.</li>
 *   <li>From the start (the crew's base; without one, the located stop with the soonest job, which is then stop 1) the
 *       nearest stop next (haversine), then 2-opt: a stretch of the path is reversed wherever that shortens it, until no
 *       reversal does. The path is open (the crew does not come back), so the last leg is free to move too. 2-opt only
 *       takes moves that shorten, so the route is never longer than nearest neighbour's.</li>
 *   <li>Outlets whose location is not known follow at the end, in due order, with no leg length.</li>
 * </ol>
 * Unlike {@link RoutePlanner}, which orders jobs by due-time bucket for the work list, this orders shops by distance
 * alone: the day's round.
 */
public final class VisitPlanner {
    /** Improvement passes at most: each pass tries every reversal once; a crew holds tens of stops, not thousands. */
    static final int MAX_PASSES = 50;
    /** A reversal must shorten the path by more than this (km) to be taken, so that rounding never loops. */
    private static final double EPSILON_KM = 1e-9;

    /**
     * One outlet on the round.
     *
     * @param location where it is, or null when the registry does not know
     * @param jobs     its jobs in the crew's hands, soonest due first
     */
    public record Shop(String outletId, String outletName, String locality, String city, GeoPoint location, List<Job> jobs) {
        public Shop {
            Objects.requireNonNull(outletId, "outletId");
            jobs = List.copyOf(jobs);
            if (jobs.isEmpty()) {
                throw new IllegalArgumentException("a stop without jobs: " + outletId);
            }
        }
    }

    /**
     * A stop on the round.
     *
     * @param order from 1
     * @param legKm the distance from the previous stop (from the start for the first), or null when either end is unknown
     */
    public record Visit(int order, Shop shop, Double legKm) {
        public Visit {
            Objects.requireNonNull(shop, "shop");
            if (order < 1) {
                throw new IllegalArgumentException("a visit's order starts at 1: " + order);
            }
        }
    }

    /**
     * The round.
     *
     * @param start              where it starts: the crew's base, or null when it has none
     * @param totalKm            the length of the located part of the round, from the start
     * @param nearestNeighbourKm the length of the nearest-neighbour round before 2-opt improved it
     */
    public record Plan(GeoPoint start, List<Visit> visits, double totalKm, double nearestNeighbourKm) {
        public Plan {
            visits = List.copyOf(visits);
        }
    }

    private VisitPlanner() {
    }

    /** @param base where the crew starts, or null when not known */
    public static Plan plan(List<Job> jobs, GeoPoint base) {
        List<Shop> shops = shops(jobs);
        List<Shop> located = new ArrayList<>();
        List<Shop> unlocated = new ArrayList<>();
        for (Shop shop : shops) {
            (shop.location() != null ? located : unlocated).add(shop);
        }
        List<Shop> ordered = new ArrayList<>();
        GeoPoint origin = base;
        List<Shop> toOrder = located;
        if (base == null && !located.isEmpty()) {
            // No base: the round starts at the shop whose job is due soonest.
            ordered.add(located.get(0));
            origin = located.get(0).location();
            toOrder = located.subList(1, located.size());
        }
        List<GeoPoint> points = toOrder.stream().map(Shop::location).toList();
        int[] nearest = nearestNeighbour(origin, points);
        int[] improved = twoOpt(origin, points, nearest);
        for (int index : improved) {
            ordered.add(toOrder.get(index));
        }
        double nearestKm = length(origin, points, nearest);
        double totalKm = length(origin, points, improved);
        List<Visit> visits = new ArrayList<>();
        GeoPoint at = base;
        for (Shop shop : ordered) {
            visits.add(new Visit(visits.size() + 1, shop, at == null ? null : at.distanceKm(shop.location())));
            at = shop.location();
        }
        for (Shop shop : unlocated) {
            visits.add(new Visit(visits.size() + 1, shop, null));
        }
        return new Plan(base, visits, totalKm, nearestKm);
    }

    /** The jobs by outlet, each outlet's jobs soonest due first, the outlets by their soonest job. */
    static List<Shop> shops(List<Job> jobs) {
        Comparator<Job> byDue = Comparator.comparing(Job::dueAt).thenComparingLong(Job::id);
        Map<String, List<Job>> byOutlet = new LinkedHashMap<>();
        jobs.stream().sorted(byDue).forEach(job -> byOutlet.computeIfAbsent(job.outletId(), id -> new ArrayList<>()).add(job));
        List<Shop> shops = new ArrayList<>();
        byOutlet.forEach((outletId, atOutlet) -> {
            Job first = atOutlet.get(0);
            GeoPoint location = atOutlet.stream().map(Job::outletLocation).filter(Objects::nonNull).findFirst().orElse(null);
            shops.add(new Shop(outletId, first.outletName(), first.locality(), first.city(), location, atOutlet));
        });
        return shops;
    }

    /** From the origin, the nearest point not yet visited next; ties by index (the points' order). */
    static int[] nearestNeighbour(GeoPoint origin, List<GeoPoint> points) {
        int n = points.size();
        int[] order = new int[n];
        boolean[] visited = new boolean[n];
        GeoPoint at = origin;
        for (int step = 0; step < n; step++) {
            int best = -1;
            double bestKm = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (!visited[i]) {
                    double km = at.distanceKm(points.get(i));
                    if (km < bestKm) {
                        best = i;
                        bestKm = km;
                    }
                }
            }
            visited[best] = true;
            order[step] = best;
            at = points.get(best);
        }
        return order;
    }

    /**
     * 2-opt on an open path from a fixed origin: reverses {@code order[i..k]} wherever that shortens the path (the legs
     * into {@code i} and out of {@code k}; past the last point there is no leg), pass after pass until none does.
     */
    static int[] twoOpt(GeoPoint origin, List<GeoPoint> points, int[] start) {
        int[] order = start.clone();
        int n = order.length;
        boolean improved = true;
        for (int pass = 0; improved && pass < MAX_PASSES; pass++) {
            improved = false;
            for (int i = 0; i < n - 1; i++) {
                GeoPoint before = i == 0 ? origin : points.get(order[i - 1]);
                for (int k = i + 1; k < n; k++) {
                    GeoPoint first = points.get(order[i]);
                    GeoPoint last = points.get(order[k]);
                    GeoPoint after = k == n - 1 ? null : points.get(order[k + 1]);
                    double now = before.distanceKm(first) + (after == null ? 0 : last.distanceKm(after));
                    double reversed = before.distanceKm(last) + (after == null ? 0 : first.distanceKm(after));
                    if (reversed < now - EPSILON_KM) {
                        reverse(order, i, k);
                        improved = true;
                    }
                }
            }
        }
        return order;
    }

    /** The length of the path from the origin through the points in that order, in km. */
    static double length(GeoPoint origin, List<GeoPoint> points, int[] order) {
        double km = 0;
        GeoPoint at = origin;
        for (int index : order) {
            km += at.distanceKm(points.get(index));
            at = points.get(index);
        }
        return km;
    }

    private static void reverse(int[] order, int from, int to) {
        for (int i = from, j = to; i < j; i++, j--) {
            int kept = order[i];
            order[i] = order[j];
            order[j] = kept;
        }
    }
}
