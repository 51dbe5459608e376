package org.restockradar.ingest.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one stream's session on its own thread and re-opens it after every failure, waiting as
 * {@link Backoff} says. A session reads until it fails (throws {@link SourceException}) or is aborted;
 * it calls {@link Context#connected()} once the source accepted it and any catch-up succeeded. The back-off starts
 * over only when that connection then held for {@link #STABLE_CONNECTION}: a source that accepts each connection and
 * drops it at once is a failing source, and reconnecting to it at the first step every time would be a storm.
 */
public final class ReconnectingWorker {
    private static final Logger LOG = LoggerFactory.getLogger(ReconnectingWorker.class);
    /**
     * How long a connection must hold before its success resets the back-off. Longer than the keep-alive of X's
     * stream (20 s), so that a stream cut before its first heartbeat does not count; found by fault scenario F5
     * (docs/reliability.md), where a source that accepted and dropped every connection was reconnected every 250 ms.
     */
    public static final Duration STABLE_CONNECTION = Duration.ofSeconds(30);

    /** One connection's worth of reading. */
    public interface Session {
        /** Connects and reads until failure or {@link #abort()}; a normal return while running counts as a network error. */
        void run(Context context) throws SourceException, InterruptedException;

        /** Called from another thread on stop: closes the connection so that {@link #run} returns. */
        void abort();
    }

    /** What a session may tell its worker. */
    public interface Context {
        void connected();

        boolean running();
    }

    private final String name;
    private final Session session;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final SourceChannel channel;
    private final Clock clock;
    private volatile boolean running;
    private volatile Health health;
    private Thread thread;

    public ReconnectingWorker(String name, Session session, Backoff backoff, Sleeper sleeper, SourceChannel channel) {
        this.name = Objects.requireNonNull(name, "name");
        this.session = Objects.requireNonNull(session, "session");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.clock = channel.clock();
        this.health = new Health(Health.State.STARTING, "not started", clock.instant());
    }

    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException(name + " is already started");
        }
        running = true;
        thread = new Thread(this::loop, "source-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Aborts the session, interrupts a back-off wait and waits for the thread to end. */
    public void stop(Duration wait) {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
        }
        if (t == null) {
            return;
        }
        session.abort();
        t.interrupt();
        try {
            t.join(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (t.isAlive()) {
            LOG.warn("Stream {} did not stop within {}", name, wait);
        }
        health = new Health(Health.State.STOPPED, "stopped", clock.instant());
    }

    public Health health() {
        return health;
    }

    private void loop() {
        Instant[] connectedAt = new Instant[1];
        Context context = new Context() {
            @Override
            public void connected() {
                if (connectedAt[0] == null) {
                    connectedAt[0] = clock.instant(); // a polling session says so at every poll: its first counts
                }
                health = new Health(Health.State.UP, "connected", clock.instant());
                LOG.info("Stream {} connected", name);
            }

            @Override
            public boolean running() {
                return running;
            }
        };
        boolean first = true;
        while (running) {
            if (!first) {
                channel.metrics().reconnect();
            }
            first = false;
            SourceException failure;
            try {
                session.run(context);
                if (!running) {
                    break;
                }
                failure = SourceException.network("stream ended", null);
            } catch (SourceException e) {
                failure = e;
            } catch (InterruptedException e) {
                break;
            } catch (RuntimeException e) {
                if (!running) {
                    break;
                }
                failure = SourceException.network("unexpected failure: " + e, e);
                LOG.error("Stream {} failed unexpectedly", name, e);
            }
            if (!running) {
                break;
            }
            if (connectedAt[0] != null && Duration.between(connectedAt[0], clock.instant()).compareTo(STABLE_CONNECTION) >= 0) {
                backoff.succeeded();
            }
            connectedAt[0] = null;
            Duration wait = backoff.after(failure);
            health = new Health(Health.State.RECONNECTING, failure.getMessage(), clock.instant());
            if (failure.isPermanent()) {
                LOG.error("Stream {} refused with HTTP {} ({}): check its credentials; retrying in {}", name, failure.status(), failure.getMessage(), wait);
            } else {
                LOG.warn("Stream {} lost ({}: {}); reconnecting in {}", name, failure.kind(), failure.getMessage(), wait);
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                break;
            }
        }
        LOG.info("Stream {} stopped", name);
    }
}
