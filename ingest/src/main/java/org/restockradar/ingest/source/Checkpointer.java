package org.restockradar.ingest.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.restockradar.ingest.cursor.Checkpoint;
import org.restockradar.ingest.cursor.CursorStore;

/**
 * Moves one stream's checkpoint forward without ever getting ahead of Kafka: a reader calls
 * {@link #advance(String)} after each item it handed on; at most every {@code interval} (or every
 * {@code everyItems} items) the checkpointer flushes the sink — waiting for Kafka's acknowledgement of
 * everything handed on so far — and only then saves the cursor with the newest ids. A crash therefore
 * re-reads at most one interval, and the saved ids let the restarted reader drop what it re-reads.
 * Used from the stream's reading thread only.
 */
public final class Checkpointer {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Checkpointer.class);
    /** How many recent ids are kept with each checkpoint. */
    public static final int RECENT_IDS_KEPT = 512;

    private final String stream;
    private final CursorStore store;
    private final SourceChannel channel;
    private final Clock clock;
    private final Duration interval;
    private final int everyItems;
    private String pending;
    private String saved;
    private int sinceSave;
    private Instant lastSave;

    public Checkpointer(String stream, CursorStore store, SourceChannel channel, Duration interval, int everyItems) {
        if (interval.isNegative()) {
            throw new IllegalArgumentException("checkpoint interval cannot be negative: " + interval);
        }
        if (everyItems < 1) {
            throw new IllegalArgumentException("checkpoint every-items must be positive: " + everyItems);
        }
        this.stream = stream;
        this.store = store;
        this.channel = channel;
        this.clock = channel.clock();
        this.interval = interval;
        this.everyItems = everyItems;
        this.lastSave = clock.instant();
    }

    /** The stream's checkpoint as last saved, with its ids already remembered by the channel's dedup. */
    public Optional<Checkpoint> resume() {
        Optional<Checkpoint> checkpoint = store.load(stream);
        checkpoint.ifPresent(c -> {
            channel.recentIds().addAll(c.recentIds());
            saved = c.cursor();
            pending = c.cursor();
        });
        return checkpoint;
    }

    /** Records that everything up to {@code cursor} has been handed on; may checkpoint. */
    public void advance(String cursor) {
        pending = cursor;
        sinceSave++;
        if (sinceSave >= everyItems || !clock.instant().isBefore(lastSave.plus(interval))) {
            checkpoint();
        }
    }

    /**
     * Flushes the sink and saves the pending cursor, if it moved. When the flush fails the position moves back
     * to the last saved cursor before the exception is rethrown.
     */
    public void checkpoint() {
        if (pending == null || pending.equals(saved)) {
            lastSave = clock.instant();
            sinceSave = 0;
            return;
        }
        try {
            channel.flush();
        } catch (RuntimeException e) {
            // Kafka may not hold what was handed on since the last save: read it again from there
            pending = saved;
            sinceSave = 0;
            throw e;
        }
        store.save(stream, new Checkpoint(pending, channel.recentIds().newest(RECENT_IDS_KEPT), clock.instant()));
        saved = pending;
        sinceSave = 0;
        lastSave = clock.instant();
    }

    /**
     * Flushes and saves like {@link #checkpoint()}, logging a failure instead of throwing it (the position has then
     * moved back to the last saved cursor, or stays where Kafka has everything when only the save failed).
     * Call when a session ends.
     *
     * @return false when the checkpoint failed and the position was moved back
     */
    public boolean checkpointOrRewind() {
        try {
            checkpoint();
            return true;
        } catch (RuntimeException e) {
            LOG.error("Cannot checkpoint {}; the next connection resumes from {}", stream, pending, e);
            return false;
        }
    }

    /** The cursor handed on most recently, saved or not; null before the first item and without a checkpoint. */
    public String position() {
        return pending;
    }

    public String stream() {
        return stream;
    }
}
