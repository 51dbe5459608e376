package org.restockradar.dispatch.store;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Business hours of a region: the days of the week it works, the hours of a working day, the holidays, in its time
 * zone. {@link #plus} counts a duration in business time only: 48 business hours from Friday 17:00 with 09:00-18:00
 * Monday to Saturday ends the following Friday at 12:00 (1 h Friday, 9 h each of five days, 2 h on the sixth).
 */
public record BusinessCalendar(ZoneId zone, LocalTime open, LocalTime close, Set<DayOfWeek> days, Set<LocalDate> holidays) {
    /** No deadline lies further than this many calendar days ahead: a guard against a calendar with no working day. */
    private static final int MAX_DAYS = 3_660;

    public BusinessCalendar {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(close, "close");
        if (!close.isAfter(open)) {
            throw new IllegalArgumentException("business hours must close after they open: " + open + "-" + close);
        }
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("a business calendar needs at least one working day of the week");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
    }

    /** Whether the date is a working day (its day of the week works and it is no holiday). */
    public boolean isBusinessDay(LocalDate date) {
        return days.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** The instant {@code amount} of business time after {@code start}. */
    public Instant plus(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("cannot count a negative business time: " + amount);
        }
        ZonedDateTime at = start.atZone(zone);
        Duration remaining = amount;
        for (int day = 0; day < MAX_DAYS; day++) {
            LocalDate date = at.toLocalDate();
            ZonedDateTime opens = date.atTime(open).atZone(zone);
            ZonedDateTime closes = date.atTime(close).atZone(zone);
            if (isBusinessDay(date) && at.isBefore(closes)) {
                ZonedDateTime from = at.isBefore(opens) ? opens : at;
                Duration left = Duration.between(from, closes);
                if (remaining.compareTo(left) <= 0) {
                    return from.plus(remaining).toInstant();
                }
                remaining = remaining.minus(left);
            }
            at = date.plusDays(1).atStartOfDay(zone);
        }
        throw new IllegalStateException("no deadline within " + MAX_DAYS + " days: the calendar has too few working hours for " + amount);
    }
}
