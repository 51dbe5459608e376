package org.restockradar.ingest.cursor;

import java.util.Optional;

/**
 * Keeps each source's latest {@link Checkpoint}, keyed by a stream name such as {@code bluesky} or
 * {@code mastodon:hashtag:hippo}. A checkpoint is only saved after the mentions it covers are acknowledged
 * by Kafka (see {@link Checkpointer}), so resuming from it leaves no gap.
 */
public interface CursorStore extends AutoCloseable {

    Optional<Checkpoint> load(String stream);

    /** Stores durably; returns once the store has acknowledged it. */
    void save(String stream, Checkpoint checkpoint);

    @Override
    void close();
}
