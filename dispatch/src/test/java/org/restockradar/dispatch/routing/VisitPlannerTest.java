package org.restockradar.dispatch.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.JobStatus;
import org.restockradar.dispatch.store.Job;

final class VisitPlannerTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final GeoPoint BASE = new GeoPoint(18.50, 73.80);
    /** One hundredth of a degree of latitude, in km. */
    private static final double STEP_KM = 1.112;

    @Test
    void shouldMakeOneStopPerOutletWithEveryJobThere() {
        Job firstAtA = job(1, "OUT-A", 18.51, 73.80, 5);
        Job atB = job(2, "OUT-B", 18.52, 73.80, 3);
        Job secondAtA = job(3, "OUT-A", 18.51, 73.80, 2);

        VisitPlanner.Plan plan = VisitPlanner.plan(List.of(firstAtA, atB, secondAtA), BASE);

        assertThat(plan.visits()).extracting(visit -> visit.shop().outletId()).containsExactly("OUT-A", "OUT-B");
        assertThat(plan.visits().get(0).shop().jobs()).as("soonest due first").extracting(Job::id).containsExactly(3L, 1L);
        assertThat(plan.visits()).extracting(VisitPlanner.Visit::order).containsExactly(1, 2);
        assertThat(plan.visits().get(1).legKm()).as("from the previous stop").isCloseTo(STEP_KM, within(0.01));
    }

    @Test
    void shouldSolveAKnownCaseThatNearestNeighbourGetsWrong() {
        // On one meridian, from the base at 0: shops at +1, -2 and +5 hundredths of a degree. Nearest neighbour goes
        // +1, -2, +5 (1 + 3 + 7 = 11 steps); the best round is -2, +1, +5 (2 + 3 + 4 = 9 steps).
        Job plusOne = job(1, "OUT-P1", 18.51, 73.80, 1);
        Job minusTwo = job(2, "OUT-M2", 18.48, 73.80, 2);
        Job plusFive = job(3, "OUT-P5", 18.55, 73.80, 3);

        VisitPlanner.Plan plan = VisitPlanner.plan(List.of(plusOne, minusTwo, plusFive), BASE);

        assertThat(plan.visits()).extracting(visit -> visit.shop().outletId()).containsExactly("OUT-M2", "OUT-P1", "OUT-P5");
        assertThat(plan.nearestNeighbourKm()).isCloseTo(11 * STEP_KM, within(0.02));
        assertThat(plan.totalKm()).isCloseTo(9 * STEP_KM, within(0.02));
        assertThat(plan.visits()).extracting(VisitPlanner.Visit::legKm).allSatisfy(km -> assertThat(km).isNotNull());
    }

    @Test
    void shouldNeverBeLongerThanNearestNeighbourAndMostlyFindTheBestRoundOfSixShops() {
        Random random = new Random(18);
        int optimal = 0;
        int shortened = 0;
        int rounds = 200;
        for (int round = 0; round < rounds; round++) {
            List<GeoPoint> points = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                points.add(new GeoPoint(18.40 + random.nextDouble() * 0.2, 73.70 + random.nextDouble() * 0.2));
            }
            int[] nearest = VisitPlanner.nearestNeighbour(BASE, points);
            int[] improved = VisitPlanner.twoOpt(BASE, points, nearest);

            double nearestKm = VisitPlanner.length(BASE, points, nearest);
            double improvedKm = VisitPlanner.length(BASE, points, improved);
            assertThat(improvedKm).as("round %d", round).isLessThanOrEqualTo(nearestKm);
            assertThat(improved).as("a permutation").containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
            if (improvedKm < nearestKm - 1e-9) {
                shortened++;
            }
            if (improvedKm <= best(BASE, points) + 1e-9) {
                optimal++;
            }
        }
        // 2-opt is a local search: most small rounds come out optimal (137 of these 200), not all of them.
        assertThat(shortened).as("2-opt shortens some nearest-neighbour rounds").isPositive();
        assertThat(optimal).isGreaterThan(rounds / 2);
    }

    @Test
    void shouldStartAtTheSoonestShopWithoutABaseAndPutUnknownLocationsLast() {
        Job unknown = job(1, "OUT-X", null, null, 1);
        Job soonest = job(2, "OUT-S", 18.50, 73.80, 2);
        Job far = job(3, "OUT-F", 18.60, 73.80, 3);
        Job near = job(4, "OUT-N", 18.51, 73.80, 4);

        VisitPlanner.Plan plan = VisitPlanner.plan(List.of(unknown, far, near, soonest), null);

        assertThat(plan.visits()).extracting(visit -> visit.shop().outletId()).containsExactly("OUT-S", "OUT-N", "OUT-F", "OUT-X");
        assertThat(plan.visits()).extracting(VisitPlanner.Visit::legKm).first().isNull();
        assertThat(plan.visits().get(1).legKm()).isCloseTo(STEP_KM, within(0.01));
        assertThat(plan.visits().get(3).legKm()).isNull();
        assertThat(plan.totalKm()).isCloseTo(10 * STEP_KM, within(0.02));
    }

    @Test
    void shouldPlanNothingForNoJobs() {
        VisitPlanner.Plan plan = VisitPlanner.plan(List.of(), BASE);

        assertThat(plan.visits()).isEmpty();
        assertThat(plan.totalKm()).isZero();
    }

    /** The shortest open round from the origin, by trying every order. */
    private static double best(GeoPoint origin, List<GeoPoint> points) {
        return best(origin, points, new boolean[points.size()], 0);
    }

    private static double best(GeoPoint at, List<GeoPoint> points, boolean[] used, int placed) {
        if (placed == points.size()) {
            return 0;
        }
        double shortest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < points.size(); i++) {
            if (!used[i]) {
                used[i] = true;
                shortest = Math.min(shortest, at.distanceKm(points.get(i)) + best(points.get(i), points, used, placed + 1));
                used[i] = false;
            }
        }
        return shortest;
    }

    private static Job job(long id, String outletId, Double lat, Double lon, int dueInHours) {
        Instant due = NOW.plus(Duration.ofHours(dueInHours));
        return new Job(id, outletId, "Outlet " + outletId, "Pune", "Kothrud", "Hippo", null, "brand:Hippo", JobStatus.ASSIGNED, NOW, NOW, due, 1,
                NOW, List.of("@a"), "van-1", null, null, false, lat == null ? null : new GeoPoint(lat, lon));
    }
}
