package org.restockradar.ingest.source;

/**
 * One ingest source: reads posts from the outside world, turns them into mentions and hands them to
 * its {@link SourceChannel}. {@link #start()} returns at once (the reading happens on the adapter's own
 * threads); {@link #stop()} ends the reading, flushes and saves the last checkpoint.
 */
public interface SourceAdapter extends AutoCloseable {

    /** A short stable name, such as {@code bluesky}, used in logs, metrics and cursor keys. */
    String name();

    void start();

    void stop();

    Health health();

    @Override
    default void close() {
        stop();
    }
}
