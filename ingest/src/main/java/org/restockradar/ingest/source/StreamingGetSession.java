package org.restockradar.ingest.source;

import java.io.IOException;
import java.util.Objects;

/**
 * A {@link ReconnectingWorker.Session} over one {@link StreamingGet} (Mastodon's server-sent events, X's filtered
 * stream), its life written once: open the stream, tell the worker it is connected, read it until it breaks, and
 * always checkpoint (or rewind) what was handed on when the session ends. {@link #abort()} closes the open stream
 * so that the blocked read returns; a read broken by that abort is a stop, not a failure.
 */
public abstract class StreamingGetSession implements ReconnectingWorker.Session {
    private final String what;
    private final Checkpointer checkpointer;
    private volatile StreamingGet open;

    /**
     * @param what         the stream in failure messages, such as {@code X stream}
     * @param checkpointer the checkpoint the session advances
     */
    protected StreamingGetSession(String what, Checkpointer checkpointer) {
        this.what = Objects.requireNonNull(what, "what");
        this.checkpointer = Objects.requireNonNull(checkpointer, "checkpointer");
    }

    /** Opens the stream (checking its status). */
    protected abstract StreamingGet open() throws SourceException, InterruptedException;

    /**
     * Runs once the source accepted the connection, before the stream is read and before the back-off is reset: fill
     * the gap since the checkpoint.
     */
    protected abstract void catchUp() throws SourceException, InterruptedException;

    /** Reads the open stream until it ends or breaks. */
    protected abstract void read(StreamingGet get) throws IOException, SourceException, InterruptedException;

    @Override
    public final void run(ReconnectingWorker.Context context) throws SourceException, InterruptedException {
        try (StreamingGet get = open()) {
            open = get;
            if (!context.running()) {
                return;
            }
            catchUp();
            // connected only once the gap is filled: a reconnect whose catch-up fails is a failure, and the back-off
            // grows instead of starting again from its first step (X cuts off apps that reconnect in a storm)
            context.connected();
            read(get);
        } catch (IOException e) {
            if (context.running()) {
                throw SourceException.network(what + " broke: " + e, e);
            }
        } finally {
            open = null;
            checkpointer.checkpointOrRewind();
        }
    }

    @Override
    public final void abort() {
        StreamingGet get = open;
        if (get != null) {
            get.abort();
        }
    }
}
