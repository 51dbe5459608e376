package org.restockradar.launcher.demo;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.restockradar.ingest.publish.KafkaMentionSink;
import org.restockradar.ingest.replay.ReplaySource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's mention feed: the first {@value #BACKLOG_LINES} lines of the mentions file are a backlog, published at once
 * and stamped as if they had come in evenly over the last {@link #BACKLOG_SPAN} (so that at the first minute some jobs
 * are already close to or past their due time); the rest follow at a steady rate, each stamped with the time it is
 * published. At the launcher's default rate the file lasts about an hour.
 */
public final class DemoFeed {
    /** The lines of the backlog: about a third of the bundled file, some sixty reports. */
    public static final int BACKLOG_LINES = 120;
    /** How far back the backlog is stamped: longer than the demo SLA, so that its oldest jobs are already breached. */
    public static final Duration BACKLOG_SPAN = Duration.ofMinutes(60);
    private static final Logger LOG = LoggerFactory.getLogger(DemoFeed.class);

    private DemoFeed() {
    }

    /** The backlog and the steady part of a mentions file, as two files in {@code dir}. */
    public record Parts(Path backlog, int backlogLines, Path steady) {
    }

    /** Splits {@code mentions} after {@value #BACKLOG_LINES} lines into {@code dir}. */
    public static Parts split(Path mentions, Path dir) {
        try {
            List<String> lines = Files.readAllLines(mentions, StandardCharsets.UTF_8);
            int cut = Math.min(BACKLOG_LINES, lines.size());
            Files.createDirectories(dir);
            Path backlog = Files.write(dir.resolve("mentions-backlog.jsonl"), lines.subList(0, cut), StandardCharsets.UTF_8);
            Path steady = Files.write(dir.resolve("mentions-steady.jsonl"), lines.subList(cut, lines.size()), StandardCharsets.UTF_8);
            return new Parts(backlog, cut, steady);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot split the demo mentions " + mentions + " into " + dir, e);
        }
    }

    /**
     * Publishes the backlog, then the steady part at {@code ratePerSecond} (0: at once); returns when the file is done.
     *
     * @param work where the two parts are written
     */
    public static void replay(Path mentions, Path work, double ratePerSecond, Map<String, String> kafkaConfig, Clock clock,
                              MeterRegistry meters) throws InterruptedException {
        Parts parts = split(mentions, work);
        try (KafkaMentionSink sink = new KafkaMentionSink(kafkaConfig, clock, meters)) {
            new ReplaySource(sink, ReplaySource.Pacer.NONE, backdating(clock, BACKLOG_SPAN, parts.backlogLines())).replay(parts.backlog(), 0);
            LOG.info("demo feed: a backlog of {} lines stamped over the last {}; the rest at {} a second", parts.backlogLines(), BACKLOG_SPAN,
                    ratePerSecond == 0 ? "all" : ratePerSecond);
            new ReplaySource(sink, ReplaySource.Pacer.SLEEP, clock).replay(parts.steady(), ratePerSecond);
        }
    }

    /**
     * A clock whose first {@code count} readings step evenly from {@code span} ago towards now, one step a reading, and
     * then read {@code clock}: the backlog's stamps, in file order.
     */
    static Clock backdating(Clock clock, Duration span, int count) {
        return new Backdating(clock, clock.instant().minus(span), count == 0 ? Duration.ZERO : span.dividedBy(count), count);
    }

    private static final class Backdating extends Clock {
        private final Clock clock;
        private final Instant start;
        private final Duration gap;
        private final int count;
        private int read;

        Backdating(Clock clock, Instant start, Duration gap, int count) {
            this.clock = Objects.requireNonNull(clock, "clock");
            this.start = start;
            this.gap = gap;
            this.count = count;
        }

        @Override
        public synchronized Instant instant() {
            return read < count ? start.plus(gap.multipliedBy(read++)) : clock.instant();
        }

        @Override
        public ZoneId getZone() {
            return clock.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return clock.withZone(zone);
        }
    }
}
