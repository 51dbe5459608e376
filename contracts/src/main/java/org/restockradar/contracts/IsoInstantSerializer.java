package org.restockradar.contracts;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.datatype.jsr310.ser.InstantSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes an {@link Instant} as the text {@link InstantSerializer} writes ({@code DateTimeFormatter.ISO_INSTANT}:
 * {@code 2026-11-23T09:14:05Z}, the fraction in groups of three digits, {@code .120}, {@code .120300} or
 * {@code .120300400}, none when it is zero) by writing its digits into a small array, for every instant from 1970 to
 * the end of 9999; any other instant, and every instant when dates are written as timestamps, goes to
 * {@link InstantSerializer} itself, so every instant is written as before. The stream processor writes one instant
 * per report, ingest one per mention: through the formatter each made a {@code LocalDateTime}, a print context, a
 * {@code StringBuilder} and a string (docs/benchmarks.md, "Session 18").
 */
final class IsoInstantSerializer extends StdScalarSerializer<Instant> {
    private static final long serialVersionUID = 1L;
    private static final int SECONDS_PER_DAY = 86_400;
    /** 9999-12-31T23:59:59Z: the last second whose year has four digits. */
    private static final long LAST_FOUR_DIGIT_SECOND = 253_402_300_799L;
    /** {@code yyyy-MM-ddTHH:mm:ss.nnnnnnnnnZ}, the longest text written here. */
    static final int MAX_LENGTH = 30;

    IsoInstantSerializer() {
        super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (!provider.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)) {
            char[] text = new char[MAX_LENGTH];
            int length = format(value, text);
            if (length > 0) {
                gen.writeString(text, 0, length);
                return;
            }
        }
        InstantSerializer.INSTANCE.serialize(value, gen, provider);
    }

    /**
     * Writes {@code instant} as {@code DateTimeFormatter.ISO_INSTANT} does into {@code text} (at least
     * {@link #MAX_LENGTH} long) and returns its length; 0, with nothing written, for an instant before 1970 or after
     * 9999.
     */
    static int format(Instant instant, char[] text) {
        long seconds = instant.getEpochSecond();
        if (seconds < 0 || seconds > LAST_FOUR_DIGIT_SECOND) {
            return 0;
        }
        LocalDate date = LocalDate.ofEpochDay(seconds / SECONDS_PER_DAY);
        int secondOfDay = (int) (seconds % SECONDS_PER_DAY);
        digits(text, 0, date.getYear(), 4);
        text[4] = '-';
        digits(text, 5, date.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, date.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, secondOfDay / 3600, 2);
        text[13] = ':';
        digits(text, 14, secondOfDay / 60 % 60, 2);
        text[16] = ':';
        digits(text, 17, secondOfDay % 60, 2);
        int at = 19;
        int nanos = instant.getNano();
        if (nanos > 0) {
            text[at++] = '.';
            if (nanos % 1_000_000 == 0) {
                at = digits(text, at, nanos / 1_000_000, 3);
            } else if (nanos % 1_000 == 0) {
                at = digits(text, at, nanos / 1_000, 6);
            } else {
                at = digits(text, at, nanos, 9);
            }
        }
        text[at++] = 'Z';
        return at;
    }

    /** Writes {@code value} as {@code count} decimal digits, zeros before, from {@code from}; returns the end. */
    private static int digits(char[] text, int from, int value, int count) {
        int end = from + count;
        for (int i = end - 1; i >= from; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return end;
    }
}
