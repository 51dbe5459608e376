package org.restockradar.dispatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Settings;

final class SlaPolicyTest {
    private static final Instant T0 = Instant.parse("2026-11-20T11:30:00Z");

    private static final SlaPolicy POLICY = SlaPolicy.fromSettings(Settings.of(Map.of(
            "dispatch.sla", "48h",
            "dispatch.sla.brand.hippo", "24h",
            "dispatch.sla.brand.hippo.region.metro-manila", "72h",
            "dispatch.sla.region.Metro Manila", "60h",
            "dispatch.sla.region.maharashtra", "36h",
            "dispatch.calendar.metro-manila.hours", "09:00-18:00",
            "dispatch.calendar.metro-manila.days", "MON-SAT",
            "dispatch.calendar.metro-manila.holidays", "2026-12-25",
            "dispatch.calendar.metro-manila.zone", "Asia/Manila")));

    @Test
    void shouldTakeTheMostSpecificSla() {
        assertThat(POLICY.sla("Hippo", "Metro Manila")).as("brand and region").isEqualTo(Duration.ofHours(72));
        assertThat(POLICY.sla("HIPPO", "Maharashtra")).as("brand beats region").isEqualTo(Duration.ofHours(24));
        assertThat(POLICY.sla("Kurkure", "Maharashtra")).as("region").isEqualTo(Duration.ofHours(36));
        assertThat(POLICY.sla("Kurkure", "metro_manila")).as("names compared as lower-case-with-dashes").isEqualTo(Duration.ofHours(60));
        assertThat(POLICY.sla("Kurkure", null)).as("default").isEqualTo(Duration.ofHours(48));
        assertThat(POLICY.sla(null, "Goa")).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void shouldCountTheSlaInBusinessHoursWhereTheRegionHasACalendar() {
        // Friday 19:30 in Manila (closed): 60 business hours, 9 a day Monday to Saturday from Saturday 09:00, Sunday off:
        // six full days (Sat, Mon-Fri) are 54 h, the last 6 h end Saturday 2026-11-28 15:00 in Manila.
        assertThat(POLICY.dueAt(T0, "Kurkure", "Metro Manila")).isEqualTo(Instant.parse("2026-11-28T07:00:00Z"));
        assertThat(POLICY.dueAt(T0, "Kurkure", "Maharashtra")).as("no calendar: wall clock").isEqualTo(T0.plus(Duration.ofHours(36)));
        assertThat(POLICY.usesRegions()).isTrue();
        assertThat(SlaPolicy.uniform(Duration.ofHours(48)).usesRegions()).isFalse();
    }

    @Test
    void shouldReadDayRangesAndListsAndRefuseBadCalendars() {
        assertThat(SlaPolicy.days("MON-WED,SAT")).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.SATURDAY);
        assertThat(SlaPolicy.days("FRI-MON")).containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
        assertThatThrownBy(() -> SlaPolicy.fromSettings(Settings.of(Map.of("dispatch.sla", "48h", "dispatch.calendar.goa.hours", "9-18"))))
                .hasMessageContaining("dispatch.calendar.goa.");
        assertThatThrownBy(() -> SlaPolicy.fromSettings(Settings.of(Map.of("dispatch.sla", "48h", "dispatch.sla.brand.hippo", "soon"))))
                .hasMessageContaining("dispatch.sla.brand.hippo");
    }
}
