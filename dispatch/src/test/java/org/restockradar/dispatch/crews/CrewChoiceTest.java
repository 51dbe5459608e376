package org.restockradar.dispatch.crews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.dispatch.crews.CrewChoice.Candidate;

final class CrewChoiceTest {
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    /** 15:30 in Kolkata. */
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant IN_48H = NOW.plusSeconds(48 * 3600);
    private static final GeoPoint OUTLET = new GeoPoint(18.5074, 73.8077);

    @Test
    void shouldPreferTheLessLoadedCrewRelativeToCapacity() {
        Candidate busy = crew("a", 5, 10, null, 8, 18);
        Candidate idle = crew("b", 1, 10, null, 8, 18);

        assertThat(CrewChoice.best(List.of(busy, idle), OUTLET, NOW, IN_48H, 25)).hasValue(idle);
    }

    @Test
    void shouldLetANearerCrewCarryMoreLoadUntilTheDistanceNoLongerMakesUpForIt() {
        Candidate near = crew("near", 5, 10, OUTLET, 8, 18);
        // 0.1 degrees of latitude is about 11.1 km, 0.444 of the 25 km scale.
        Candidate far = crew("far", 0, 10, new GeoPoint(18.6074, 73.8077), 8, 18);

        assertThat(CrewChoice.best(List.of(near, far), OUTLET, NOW, IN_48H, 25)).map(Candidate::crewId).hasValue("far");
        Candidate lessBusy = crew("near", 4, 10, OUTLET, 8, 18);
        assertThat(CrewChoice.best(List.of(lessBusy, far), OUTLET, NOW, IN_48H, 25)).map(Candidate::crewId).hasValue("near");
    }

    @Test
    void shouldSkipFullCrewsAndOffShiftCrewsWhoseNextShiftIsAfterTheDueTime() {
        Candidate full = crew("full", 10, 10, OUTLET, 8, 18);
        Candidate offUntilTomorrow = crew("early", 0, 10, OUTLET, 6, 9);

        assertThat(CrewChoice.best(List.of(full, offUntilTomorrow), OUTLET, NOW, NOW.plusSeconds(3600), 25)).isEmpty();
        assertThat(CrewChoice.best(List.of(full, offUntilTomorrow), OUTLET, NOW, IN_48H, 25)).hasValue(offUntilTomorrow);
    }

    @Test
    void shouldRankCrewsOnShiftBeforeCrewsOffShift() {
        Candidate offShiftButNear = crew("off", 0, 10, OUTLET, 6, 9);
        Candidate onShiftButFar = crew("on", 8, 10, new GeoPoint(18.9, 73.8), 8, 18);

        assertThat(CrewChoice.ranked(List.of(offShiftButNear, onShiftButFar), OUTLET, NOW, IN_48H, 25))
                .extracting(Candidate::crewId).containsExactly("on", "off");
    }

    @Test
    void shouldReadShiftsInTheCrewsTimeZone() {
        Candidate manila = new Candidate("mnl", 0, 10, null, LocalTime.of(7, 0), LocalTime.of(16, 0), ZoneId.of("Asia/Manila"));

        assertThat(CrewChoice.onShift(manila, Instant.parse("2026-11-20T07:59:00Z"))).as("15:59 in Manila").isTrue();
        assertThat(CrewChoice.onShift(manila, Instant.parse("2026-11-20T08:00:00Z"))).as("16:00 in Manila").isFalse();
        assertThat(CrewChoice.nextShiftStart(manila, Instant.parse("2026-11-20T08:00:00Z"))).isEqualTo(Instant.parse("2026-11-20T23:00:00Z"));
        assertThat(CrewChoice.nextShiftStart(manila, Instant.parse("2026-11-20T22:00:00Z"))).isEqualTo(Instant.parse("2026-11-20T23:00:00Z"));
    }

    @Test
    void shouldCountAnUnknownDistanceAsOneScale() {
        Candidate unknown = crew("unknown", 0, 10, null, 8, 18);
        Candidate known = crew("known", 0, 10, new GeoPoint(18.7074, 73.8077), 8, 18);

        assertThat(CrewChoice.best(List.of(unknown, known), OUTLET, NOW, IN_48H, 25)).map(Candidate::crewId).hasValue("known");
        assertThat(CrewChoice.best(List.of(unknown, known), null, NOW, IN_48H, 25)).map(Candidate::crewId).as("both unknown: by id").hasValue("known");
    }

    private static Candidate crew(String id, int open, int capacity, GeoPoint base, int startHour, int endHour) {
        return new Candidate(id, open, capacity, base, LocalTime.of(startHour, 0), LocalTime.of(endHour, 0), KOLKATA);
    }
}
