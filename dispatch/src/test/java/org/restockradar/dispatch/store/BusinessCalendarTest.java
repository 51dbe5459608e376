package org.restockradar.dispatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class BusinessCalendarTest {
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final BusinessCalendar MON_TO_SAT = new BusinessCalendar(KOLKATA, LocalTime.of(9, 0), LocalTime.of(18, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), Set.of());

    @Test
    void shouldCountOnlyBusinessHoursAcrossNightsAndSundays() {
        // Friday 2026-11-20 17:00 IST: 1 h Friday, 9 h Saturday, Sunday off, 9 h each Monday to Thursday, 2 h Friday.
        Instant friday5pm = Instant.parse("2026-11-20T11:30:00Z");

        assertThat(MON_TO_SAT.plus(friday5pm, Duration.ofHours(48))).isEqualTo(Instant.parse("2026-11-27T05:30:00Z"));
    }

    @Test
    void shouldStartCountingAtTheNextOpeningWhenReportedAtNight() {
        Instant sunday11pm = Instant.parse("2026-11-22T17:30:00Z");

        assertThat(MON_TO_SAT.plus(sunday11pm, Duration.ofHours(3))).as("Monday 12:00 IST").isEqualTo(Instant.parse("2026-11-23T06:30:00Z"));
        assertThat(MON_TO_SAT.plus(Instant.parse("2026-11-23T04:30:00Z"), Duration.ofHours(1))).as("inside hours: plain")
                .isEqualTo(Instant.parse("2026-11-23T05:30:00Z"));
    }

    @Test
    void shouldSkipHolidays() {
        BusinessCalendar withHoliday = new BusinessCalendar(KOLKATA, LocalTime.of(9, 0), LocalTime.of(18, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of(LocalDate.of(2026, 12, 25)));
        Instant thursday6pm = Instant.parse("2026-12-24T12:30:00Z");

        assertThat(withHoliday.plus(thursday6pm, Duration.ofHours(2))).as("Christmas Friday and the weekend skipped: Monday 11:00")
                .isEqualTo(Instant.parse("2026-12-28T05:30:00Z"));
    }

    @Test
    void shouldRefuseACalendarWithoutWorkingTime() {
        assertThatThrownBy(() -> new BusinessCalendar(KOLKATA, LocalTime.of(18, 0), LocalTime.of(9, 0), Set.of(DayOfWeek.MONDAY), Set.of()))
                .hasMessageContaining("close after they open");
        assertThatThrownBy(() -> new BusinessCalendar(KOLKATA, LocalTime.of(9, 0), LocalTime.of(18, 0), Set.of(), Set.of()))
                .hasMessageContaining("at least one working day");
    }
}
