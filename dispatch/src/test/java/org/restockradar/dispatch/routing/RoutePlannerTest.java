package org.restockradar.dispatch.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.dispatch.store.Job;
import org.restockradar.contracts.JobStatus;

final class RoutePlannerTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final GeoPoint BASE = new GeoPoint(18.50, 73.80);

    @Test
    void shouldVisitTheNearestOutletNextWithinADueTimeBucket() {
        Job far = job(1, 18.60, 73.80, 5);
        Job near = job(2, 18.51, 73.80, 6);
        Job middle = job(3, 18.55, 73.80, 7);

        List<RoutePlanner.Stop> route = RoutePlanner.plan(List.of(far, near, middle), BASE, NOW, Duration.ofHours(12));

        assertThat(route).extracting(stop -> stop.job().id()).containsExactly(2L, 3L, 1L);
        assertThat(route).extracting(RoutePlanner.Stop::order).containsExactly(1, 2, 3);
        assertThat(route.get(0).distanceKm()).isCloseTo(1.11, within(0.01));
        assertThat(route.get(2).distanceKm()).as("from the base, not from the previous stop").isCloseTo(11.12, within(0.01));
    }

    @Test
    void shouldPutEveryUrgentJobBeforeAnyRelaxedOneWhateverTheDistance() {
        Job relaxedButNear = job(1, 18.50, 73.80, 30);
        Job urgentButFar = job(2, 18.70, 73.80, 3);
        Job overdue = job(3, 18.80, 73.80, -2);

        List<RoutePlanner.Stop> route = RoutePlanner.plan(List.of(relaxedButNear, urgentButFar, overdue), BASE, NOW, Duration.ofHours(12));

        assertThat(route).extracting(stop -> stop.job().id()).containsExactly(2L, 3L, 1L);
    }

    @Test
    void shouldPutJobsWithoutALocationLastInTheirBucketAndFallBackToDueTimeWithoutABase() {
        Job unknownSooner = job(1, null, null, 2);
        Job located = job(2, 18.52, 73.80, 4);
        Job laterBucket = job(3, 18.50, 73.80, 20);

        assertThat(RoutePlanner.plan(List.of(unknownSooner, located, laterBucket), BASE, NOW, Duration.ofHours(12)))
                .extracting(stop -> stop.job().id()).containsExactly(2L, 1L, 3L);
        List<RoutePlanner.Stop> noBase = RoutePlanner.plan(List.of(laterBucket, located, unknownSooner), null, NOW, Duration.ofHours(12));
        assertThat(noBase).extracting(stop -> stop.job().id()).containsExactly(1L, 2L, 3L);
        assertThat(noBase).extracting(RoutePlanner.Stop::distanceKm).containsOnlyNulls();
    }

    private static Job job(long id, Double lat, Double lon, int dueInHours) {
        Instant due = NOW.plus(Duration.ofHours(dueInHours));
        return new Job(id, "OUT-" + id, "Outlet " + id, "Pune", "Kothrud", "Hippo", null, "brand:Hippo", JobStatus.ASSIGNED, NOW, NOW, due, 1,
                NOW, List.of("@a"), "van-1", null, null, false, lat == null ? null : new GeoPoint(lat, lon));
    }
}
