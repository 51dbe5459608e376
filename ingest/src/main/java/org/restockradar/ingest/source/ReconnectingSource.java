package org.restockradar.ingest.source;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start, stop and health of a source that reads through {@link ReconnectingWorker}s (X search, the X stream,
 * Mastodon, Bluesky), written once. A subclass registers each of its reading loops with {@link #addWorker} in its
 * constructor, naming the checkpoints that loop advances: {@link #start()} resumes them from the cursor store and
 * starts the workers, {@link #stop()} stops the workers (each flushes its checkpoint as its session ends), and
 * {@link #health()} is the worst of the workers' health.
 */
public abstract class ReconnectingSource implements SourceAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(ReconnectingSource.class);
    /** How long stop waits for a worker's thread: a session's read ends on abort, a poll within the HTTP read timeout. */
    static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final SourceChannel channel;
    private final List<Loop> loops = new ArrayList<>();

    /** One reading loop and the checkpoints it advances. */
    private record Loop(ReconnectingWorker worker, List<Checkpointer> checkpoints) {
    }

    protected ReconnectingSource(SourceChannel channel) {
        this.channel = Objects.requireNonNull(channel, "channel");
    }

    /**
     * Registers a reading loop, run by a worker of its own with a back-off of its own.
     *
     * @param name        the worker's name, in logs and its thread's name ({@code source-<name>})
     * @param checkpoints the checkpoints the session advances, resumed on {@link #start()}
     */
    protected final void addWorker(String name, ReconnectingWorker.Session session, Backoff.Policy backoff, Sleeper sleeper,
                                   List<Checkpointer> checkpoints) {
        ReconnectingWorker worker = new ReconnectingWorker(name, session, new Backoff(backoff, channel.clock()), sleeper, channel);
        loops.add(new Loop(worker, List.copyOf(checkpoints)));
    }

    @Override
    public final void start() {
        for (Loop loop : loops) {
            for (Checkpointer checkpoint : loop.checkpoints()) {
                checkpoint.resume().ifPresent(c -> LOG.info("Source {}: {} resumes after {}", name(), checkpoint.stream(), c.cursor()));
            }
            loop.worker().start();
        }
    }

    @Override
    public final void stop() {
        loops.forEach(loop -> loop.worker().stop(STOP_WAIT));
    }

    @Override
    public final Health health() {
        return Health.worst(loops.stream().map(loop -> loop.worker().health()).toList(), channel.clock().instant());
    }
}
