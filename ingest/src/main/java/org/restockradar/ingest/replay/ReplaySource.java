package org.restockradar.ingest.replay;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.restockradar.contracts.JsonSerde;
import org.restockradar.contracts.Mention;
import org.restockradar.ingest.publish.MentionSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays a JSONL file of mentions (the mention format of FORMAT.md) into a {@link MentionSink}, optionally
 * paced to a number of mentions per second. A line that is not a valid mention (not UTF-8, not JSON, JSON
 * {@code null}, a broken invariant, a NUL character, longer than {@link #MAX_LINE_BYTES}) is dead-lettered with its file, line
 * number and the reason; the replay goes on. Lines end at LF, CRLF or CR.
 */
public final class ReplaySource {
    private static final Logger LOG = LoggerFactory.getLogger(ReplaySource.class);
    private static final JsonSerde<Mention> MENTION = new JsonSerde<>(Mention.class);
    /**
     * The longest line read whole. Kafka takes a record of at most 1 MiB by default and publishing adds a little
     * (null fields written out), so half of that leaves room; a real mention line is a few KiB (its text is at
     * most {@link Mention#MAX_TEXT_LENGTH} characters). A longer line is dead-lettered with its first bytes.
     */
    public static final int MAX_LINE_BYTES = 512 * 1024;

    /** What a replay did. */
    public record Summary(long lines, long published, long deadLettered) {
    }

    /** Waits until the next mention is due; a field so tests replay at full speed or record the waits. */
    @FunctionalInterface
    public interface Pacer {
        void pause(Duration duration) throws InterruptedException;

        Pacer NONE = duration -> { };
        Pacer SLEEP = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    }

    private final MentionSink sink;
    private final Pacer pacer;
    private final Clock restampClock;
    private final Clock pacingClock;

    /** A replay that keeps each mention's own creation time. */
    public ReplaySource(MentionSink sink, Pacer pacer) {
        this(sink, pacer, null);
    }

    /**
     * @param restampClock when not null, each mention is stamped with this clock's time as it is published,
     *                     so that a demo file recorded in the past plays as if it were happening now
     */
    public ReplaySource(MentionSink sink, Pacer pacer, Clock restampClock) {
        this(sink, pacer, restampClock, Clock.systemUTC());
    }

    /**
     * @param pacingClock the clock a paced replay keeps its schedule by: line {@code n} is due {@code n / rate}
     *                    seconds after the first, and the pacer waits only for what is left until then
     */
    public ReplaySource(MentionSink sink, Pacer pacer, Clock restampClock, Clock pacingClock) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.pacer = Objects.requireNonNull(pacer, "pacer");
        this.restampClock = restampClock;
        this.pacingClock = Objects.requireNonNull(pacingClock, "pacingClock");
    }

    /**
     * Replays {@code file}. A paced replay keeps to a schedule against the clock, not a pause per line, so that the
     * time each publish takes and each wait's overshoot do not add up: the rate holds over the whole file, and a
     * replay that fell behind (Kafka blocked it) catches up without waiting.
     *
     * @param ratePerSecond mentions per second, or 0 for as fast as Kafka takes them
     */
    public Summary replay(Path file, double ratePerSecond) throws InterruptedException {
        if (ratePerSecond < 0 || Double.isNaN(ratePerSecond) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("rate must be a finite number, not negative: " + ratePerSecond);
        }
        Schedule schedule = ratePerSecond == 0 ? null : new Schedule(pacingClock.instant(), ratePerSecond);
        long paced = 0;
        long lines = 0;
        long published = 0;
        long deadLettered = 0;
        String origin = "replay:" + file.getFileName();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            LineReader reader = new LineReader(in);
            byte[] raw;
            while ((raw = reader.next()) != null) {
                lines++;
                String reason = reader.tooLong()
                        ? "line of " + reader.length() + " bytes is longer than the limit of " + MAX_LINE_BYTES
                                + " bytes; its first " + MAX_LINE_BYTES + " bytes are kept"
                        : null;
                Mention mention = null;
                if (reason == null) {
                    String line = utf8(raw);
                    if (line == null) {
                        reason = "not UTF-8 text";
                    } else if (line.isBlank()) {
                        continue;
                    } else {
                        try {
                            mention = MENTION.decode(raw);
                            reason = mention == null ? "not a mention: the line is JSON null" : mention.nulCharacters().orElse(null);
                        } catch (SerializationException e) {
                            reason = e.getMessage();
                        }
                    }
                }
                if (schedule != null) {
                    Duration wait = Duration.between(pacingClock.instant(), schedule.due(paced++));
                    if (!wait.isNegative() && !wait.isZero()) {
                        pacer.pause(wait);
                    }
                }
                if (reason == null) {
                    sink.publish(restampClock == null ? mention : mention.withCreatedAt(restampClock.instant()));
                    published++;
                } else {
                    sink.deadLetter(origin + ":" + lines, raw, reason);
                    deadLettered++;
                }
            }
        } catch (IOException e) {
            UncheckedIOException failure = new UncheckedIOException("cannot read replay file " + file.toAbsolutePath()
                    + " after line " + lines, e);
            try {
                // What was read before the failure is handed on, not left unflushed.
                sink.flush();
            } catch (RuntimeException flushFailed) {
                failure.addSuppressed(flushFailed);
            }
            throw failure;
        }
        sink.flush();
        LOG.info("Replayed {}: {} lines, {} mentions published, {} dead-lettered", file, lines, published, deadLettered);
        return new Summary(lines, published, deadLettered);
    }

    /** When each line of a paced replay is due: the {@code n}-th (from 0) {@code n / rate} seconds after the start. */
    private record Schedule(Instant start, double ratePerSecond) {
        Instant due(long n) {
            return start.plusNanos(Math.round(n * 1e9 / ratePerSecond));
        }
    }

    /** The text of a line, or null when it is not valid UTF-8. */
    private static String utf8(byte[] raw) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Reads lines as bytes, so that a line that is not UTF-8 is one bad line rather than a failed file, holding
     * at most {@link #MAX_LINE_BYTES} of one line: a longer one is read to its end and reported with its first bytes.
     */
    private static final class LineReader {
        private final InputStream in;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private boolean afterCr;
        private long length;

        LineReader(InputStream in) {
            this.in = in;
        }

        /** The next line without its end, or null at the end of the file. */
        byte[] next() throws IOException {
            buffer.reset();
            length = 0;
            int b;
            while ((b = in.read()) != -1) {
                if (afterCr) {
                    afterCr = false;
                    if (b == '\n') {
                        continue;
                    }
                }
                if (b == '\n' || b == '\r') {
                    afterCr = b == '\r';
                    return buffer.toByteArray();
                }
                length++;
                if (length <= MAX_LINE_BYTES) {
                    buffer.write(b);
                }
            }
            return length == 0 ? null : buffer.toByteArray();
        }

        /** Whether the line last read was longer than {@link #MAX_LINE_BYTES}. */
        boolean tooLong() {
            return length > MAX_LINE_BYTES;
        }

        /** The length in bytes of the line last read. */
        long length() {
            return length;
        }
    }
}
