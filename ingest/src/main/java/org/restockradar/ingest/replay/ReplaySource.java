package org.restockradar.ingest.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.common.errors.SerializationException;
import org.restockradar.contracts.JsonSerde;
import org.restockradar.contracts.Mention;
import org.restockradar.ingest.publish.MentionSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays a JSONL file of mentions (the mention format of FORMAT.md) into a {@link MentionSink}, optionally
 * paced to a number of mentions per second. A line that is not a valid mention is dead-lettered with its
 * file, line number and the reason; the replay goes on.
 */
public final class ReplaySource {
    private static final Logger LOG = LoggerFactory.getLogger(ReplaySource.class);
    private static final JsonSerde<Mention> MENTION = new JsonSerde<>(Mention.class);

    /** What a replay did. */
    public record Summary(long lines, long published, long deadLettered) {
    }

    /** Waits between mentions; a field so tests replay at full speed. */
    @FunctionalInterface
    public interface Pacer {
        void pause(Duration duration) throws InterruptedException;

        Pacer NONE = duration -> { };
        Pacer SLEEP = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    }

    private final MentionSink sink;
    private final Pacer pacer;
    private final Clock restampClock;

    /** A replay that keeps each mention's own creation time. */
    public ReplaySource(MentionSink sink, Pacer pacer) {
        this(sink, pacer, null);
    }

    /**
     * @param restampClock when not null, each mention is stamped with this clock's time as it is published,
     *                     so that a demo file recorded in the past plays as if it were happening now
     */
    public ReplaySource(MentionSink sink, Pacer pacer, Clock restampClock) {
        this.sink = sink;
        this.pacer = pacer;
        this.restampClock = restampClock;
    }

    /**
     * Replays {@code file}.
     *
     * @param ratePerSecond mentions per second, or 0 for as fast as Kafka takes them
     */
    public Summary replay(Path file, double ratePerSecond) throws InterruptedException {
        if (ratePerSecond < 0) {
            throw new IllegalArgumentException("rate cannot be negative: " + ratePerSecond);
        }
        Duration gap = ratePerSecond == 0 ? Duration.ZERO : Duration.ofNanos((long) (1_000_000_000L / ratePerSecond));
        long lines = 0;
        long published = 0;
        long deadLettered = 0;
        String origin = "replay:" + file.getFileName();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines++;
                if (line.isBlank()) {
                    continue;
                }
                byte[] raw = line.getBytes(StandardCharsets.UTF_8);
                try {
                    Mention mention = MENTION.decode(raw);
                    sink.publish(restampClock == null ? mention : mention.withCreatedAt(restampClock.instant()));
                    published++;
                } catch (SerializationException e) {
                    sink.deadLetter(origin + ":" + lines, raw, e.getMessage());
                    deadLettered++;
                }
                if (!gap.isZero()) {
                    pacer.pause(gap);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read replay file " + file.toAbsolutePath(), e);
        }
        sink.flush();
        LOG.info("Replayed {}: {} lines, {} mentions published, {} dead-lettered", file, lines, published, deadLettered);
        return new Summary(lines, published, deadLettered);
    }
}
