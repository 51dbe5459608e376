package org.restockradar.ingest.source.webhook;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;

/**
 * The time a sender gives a message, read and checked against a window around now. A time no clock could show
 * is the sender's fault: the message is dead-lettered with the reason, never a 503 that the sender retries for
 * ever, and no mention carries a time that would put its report decades away.
 */
final class MessageTimes {
    /**
     * The earliest time accepted. Nothing forwarded here was written before 2006 (X, the oldest of the sources,
     * began that year); an earlier time is a broken or unset clock (such as 1970, the epoch).
     */
    static final Instant EARLIEST = Instant.parse("2006-01-01T00:00:00Z");
    /**
     * How far ahead of our clock a time may be. Clocks drift, and a local time mislabelled as UTC is at most
     * 14 hours ahead; a day is no clock's error (epoch milliseconds read as seconds are millennia ahead).
     */
    static final Duration MAX_AHEAD = Duration.ofDays(1);

    /** ISO-8601 with an offset written {@code Z}, {@code +05:30} or {@code +0530} (Infobip writes {@code +0000}). */
    private static final DateTimeFormatter ISO_ANY_OFFSET = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private MessageTimes() {
    }

    /**
     * The instant {@code seconds} after the epoch.
     *
     * @throws IllegalArgumentException naming {@code field} when it is outside the window around now
     */
    static Instant ofEpochSeconds(long seconds, String field, Clock clock) {
        Instant latest = latest(clock);
        if (seconds < EARLIEST.getEpochSecond() || seconds > latest.getEpochSecond()) {
            throw outside(field, Long.toString(seconds), latest);
        }
        return Instant.ofEpochSecond(seconds);
    }

    /**
     * The instant of an ISO-8601 date and time with an offset.
     *
     * @throws IllegalArgumentException naming {@code field} when it is not one, or outside the window around now
     */
    static Instant parse(String text, String field, Clock clock) {
        Instant time;
        try {
            time = Instant.from(ISO_ANY_OFFSET.parse(text));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(field + " is neither ISO-8601 with an offset nor epoch seconds: '" + text + "'", e);
        }
        Instant latest = latest(clock);
        if (time.isBefore(EARLIEST) || time.isAfter(latest)) {
            throw outside(field, text, latest);
        }
        return time;
    }

    private static Instant latest(Clock clock) {
        return clock.instant().plus(MAX_AHEAD);
    }

    private static IllegalArgumentException outside(String field, String given, Instant latest) {
        return new IllegalArgumentException(field + " " + given + " is outside the window from " + EARLIEST
                + " to a day after now (" + latest + ")");
    }
}
