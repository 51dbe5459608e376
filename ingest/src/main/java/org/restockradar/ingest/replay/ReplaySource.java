package org.restockradar.ingest.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
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

    /**
     * How far into a file a replay has got: the bytes after the last whole line read, and the lines read (blank
     * ones too), so that a replay that goes on from here numbers its dead letters as one replay of the file would.
     */
    public record Position(long bytes, long lines) {
        public static final Position START = new Position(0, 0);

        public Position {
            if (bytes < 0 || lines < 0) {
                throw new IllegalArgumentException("a position is not negative: " + bytes + " bytes, " + lines + " lines");
            }
        }
    }

    /** What a replay from a {@link Position} did, and where the next one goes on. */
    public record Progress(Summary summary, Position position) {
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
        Progress progress = replay(file, Position.START, true, ratePerSecond);
        Summary summary = progress.summary();
        LOG.info("Replayed {}: {} lines, {} mentions published, {} dead-lettered", file, summary.lines(), summary.published(),
                summary.deadLettered());
        return summary;
    }

    /**
     * Replays {@code file} from {@code from}, as {@link #replay(Path, double)} does, then flushes the sink.
     *
     * @param finished whether the file is whole: when it is not (a writer may still be adding to it), a last line
     *                 without its end is left for a later call, which goes on from the returned position
     */
    public Progress replay(Path file, Position from, boolean finished, double ratePerSecond) throws InterruptedException {
        if (ratePerSecond < 0 || Double.isNaN(ratePerSecond) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("rate must be a finite number, not negative: " + ratePerSecond);
        }
        Schedule schedule = ratePerSecond == 0 ? null : new Schedule(pacingClock.instant(), ratePerSecond);
        long paced = 0;
        long lines = from.lines();
        long published = 0;
        long deadLettered = 0;
        String origin = "replay:" + file.getFileName();
        LineReader reader = null;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(from.bytes());
            reader = new LineReader(in, finished);
            byte[] raw;
            while ((raw = reader.next()) != null) {
                lines++;
                String reason = reader.tooLong()
                        ? "line of " + reader.length() + " bytes is longer than the limit of " + MAX_LINE_BYTES
                                + " bytes; its first " + MAX_LINE_BYTES + " bytes are kept"
                        : null;
                Mention mention = null;
                if (reason == null) {
                    Utf8Line.Kind kind = Utf8Line.kind(raw);
                    if (kind == Utf8Line.Kind.NOT_UTF8) {
                        reason = "not UTF-8 text";
                    } else if (kind == Utf8Line.Kind.BLANK) {
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
        return new Progress(new Summary(lines - from.lines(), published, deadLettered),
                new Position(from.bytes() + reader.consumed(), lines));
    }

    /** When each line of a paced replay is due: the {@code n}-th (from 0) {@code n / rate} seconds after the start. */
    private record Schedule(Instant start, double ratePerSecond) {
        Instant due(long n) {
            return start.plusNanos(Math.round(n * 1e9 / ratePerSecond));
        }
    }

    /**
     * Reads lines as bytes, so that a line that is not UTF-8 is one bad line rather than a failed file, holding
     * at most {@link #MAX_LINE_BYTES} of one line: a longer one is read to its end and reported with its first bytes.
     * It reads the file a block at a time and looks for the line's end in the block (a read and a write per byte,
     * each taking a lock, were a sixth of the replay's main thread).
     */
    private static final class LineReader {
        private static final int BLOCK_BYTES = 64 * 1024;

        private final InputStream in;
        private final boolean finished;
        private final byte[] block = new byte[BLOCK_BYTES];
        private int position;
        private int limit;
        private byte[] line = new byte[1024];
        private int kept;
        private boolean afterCr;
        private long length;
        private long consumed;

        LineReader(InputStream in, boolean finished) {
            this.in = in;
            this.finished = finished;
        }

        /**
         * The next line without its end, or null at the end of the file; a last line without its end is returned
         * only when the file is finished.
         */
        byte[] next() throws IOException {
            kept = 0;
            length = 0;
            while (true) {
                if (position == limit) {
                    limit = in.read(block, 0, block.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        if (length == 0 || !finished) {
                            return null;
                        }
                        consumed += length;
                        return Arrays.copyOf(line, kept);
                    }
                }
                if (afterCr) {
                    afterCr = false;
                    if (block[position] == '\n') {
                        position++;
                        consumed++;
                        continue;
                    }
                }
                int start = position;
                while (position < limit && block[position] != '\n' && block[position] != '\r') {
                    position++;
                }
                keep(start, position - start);
                if (position < limit) {
                    afterCr = block[position] == '\r';
                    position++;
                    consumed += length + 1;
                    return Arrays.copyOf(line, kept);
                }
            }
        }

        private void keep(int from, int count) {
            length += count;
            int room = MAX_LINE_BYTES - kept;
            int take = Math.min(count, room);
            if (take <= 0) {
                return;
            }
            if (kept + take > line.length) {
                line = Arrays.copyOf(line, Math.min(MAX_LINE_BYTES, Math.max(kept + take, 2 * line.length)));
            }
            System.arraycopy(block, from, line, kept, take);
            kept += take;
        }

        /** The bytes read up to the end of the last line returned (its end included). */
        long consumed() {
            return consumed;
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
