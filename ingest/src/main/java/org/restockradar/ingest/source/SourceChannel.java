package org.restockradar.ingest.source;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.restockradar.contracts.JsonSerde;
import org.restockradar.contracts.Mention;
import org.restockradar.ingest.metrics.SourceMetrics;
import org.restockradar.ingest.publish.MentionSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The way out of one source: drops a mention whose id was handed on recently, hands the rest to the
 * {@link MentionSink} (which may block when Kafka is slow: that is the back-pressure, there is no queue
 * here), keeps unreadable payloads and mentions that cannot be stored on the dead-letter topic, and counts all of it in {@link SourceMetrics}.
 * The ids handed on since the last successful {@link #flush()} are forgotten again when a flush fails, so
 * that the posts Kafka may not have stored are not dropped as duplicates when they are read again.
 * Thread-safe.
 */
public final class SourceChannel {
    private static final Logger LOG = LoggerFactory.getLogger(SourceChannel.class);
    /** How many source ids each source remembers to drop duplicates. */
    public static final int DEFAULT_RECENT_IDS = 50_000;
    private static final JsonSerde<Mention> MENTION = new JsonSerde<>(Mention.class);

    private final MentionSink sink;
    private final SourceMetrics metrics;
    private final RecentIds recentIds;
    private final Clock clock;
    private final List<String> unflushed = new ArrayList<>();

    public SourceChannel(MentionSink sink, SourceMetrics metrics, RecentIds recentIds, Clock clock) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.recentIds = Objects.requireNonNull(recentIds, "recentIds");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Hands a mention on unless one with the same id was handed on recently. A mention that cannot be kept as it
     * is ({@link Mention#nulCharacters()}) is dead-lettered with the reason instead.
     *
     * @return true when handed on, false for a duplicate or a dead letter
     */
    public boolean offer(Mention mention) {
        Optional<String> unstorable = mention.nulCharacters();
        if (unstorable.isPresent()) {
            deadLetter(metrics.source(), MENTION.encode(mention), "mention " + mention.id() + ": " + unstorable.get());
            return false;
        }
        if (recentIds.contains(mention.id())) {
            metrics.duplicate();
            LOG.debug("Dropping duplicate {} from {}", mention.id(), metrics.source());
            return false;
        }
        sink.publish(mention);
        recentIds.add(mention.id());
        synchronized (unflushed) {
            unflushed.add(mention.id());
        }
        metrics.produced(mention.createdAt());
        return true;
    }

    /** Keeps a payload that could not be read, with the reason, and counts it. */
    public void deadLetter(String origin, byte[] raw, String reason) {
        LOG.warn("Dead-lettering a payload of {} bytes from {}: {}", raw == null ? 0 : raw.length, origin, reason);
        sink.deadLetter(origin, raw, reason);
        metrics.deadLettered();
    }

    /**
     * Waits until everything handed on so far is acknowledged by Kafka.
     *
     * @throws RuntimeException as the sink's flush does; the ids handed on since the last good flush are then forgotten
     */
    public void flush() {
        List<String> pending;
        synchronized (unflushed) {
            pending = List.copyOf(unflushed);
            unflushed.clear();
        }
        try {
            sink.flush();
        } catch (RuntimeException e) {
            recentIds.removeAll(pending);
            LOG.warn("Flush failed for {}; {} mentions will be handed on again when read again", metrics.source(), pending.size());
            throw e;
        }
    }

    public SourceMetrics metrics() {
        return metrics;
    }

    public RecentIds recentIds() {
        return recentIds;
    }

    public Clock clock() {
        return clock;
    }

    public String source() {
        return metrics.source();
    }
}
