package org.restockradar.ingest.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One long-lived HTTP GET (a server-sent-events stream, X's filtered stream) through {@link HttpClient}.
 * A watchdog enforces the keep-alive timeout: when no byte (data or heartbeat) arrived within it, the
 * stream is closed and the blocked read fails with a {@link Stalled} exception, so the reader reconnects.
 * {@link #abort()} from another thread closes the stream the same way. The watchdog measures real elapsed
 * time ({@link System#nanoTime()}): it guards a network connection, not business time.
 */
public final class StreamingGet implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamingGet.class);
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stream-keep-alive-watchdog");
        t.setDaemon(true);
        return t;
    });

    /** The read failed because the keep-alive timeout passed without a byte. */
    public static final class Stalled extends IOException {
        private static final long serialVersionUID = 1L;

        Stalled(String message) {
            super(message);
        }
    }

    private final HttpResponse<InputStream> response;
    private final Watched body;
    private final ScheduledFuture<?> watch;

    private StreamingGet(HttpResponse<InputStream> response, Duration keepAliveTimeout) {
        this.response = response;
        this.body = new Watched(response.body(), keepAliveTimeout);
        long period = Math.max(10, keepAliveTimeout.toMillis() / 4);
        this.watch = WATCHDOG.scheduleAtFixedRate(body::closeIfStalled, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * Opens the stream and checks the status.
     *
     * @param headers     request headers (credentials among them are never logged)
     * @param resetHeader the header that tells when a 429's rate-limit window resets ({@code Retry-After} when it is missing)
     * @param clock       the time a {@code Retry-After} in seconds counts from
     * @throws SourceException a network error, or an HTTP error with its status and reset time
     */
    public static StreamingGet open(HttpClient client, URI uri, Map<String, String> headers, Duration keepAliveTimeout,
                                    String resetHeader, Clock clock) throws SourceException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(keepAliveTimeout.plusSeconds(10));
        headers.forEach(request::header);
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw SourceException.network("cannot open " + uri.getHost() + uri.getPath() + ": " + e, e);
        }
        if (response.statusCode() != 200) {
            String message = "HTTP " + response.statusCode() + " from " + uri.getHost() + uri.getPath() + errorBody(response.body());
            throw SourceException.http(response.statusCode(),
                    RateLimitReset.of(response.headers(), resetHeader, clock).orElse(null), message);
        }
        return new StreamingGet(response, keepAliveTimeout);
    }

    private static String errorBody(InputStream in) {
        try (in) {
            String text = new String(in.readNBytes(300), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "" : ": " + text.replaceAll("\\s+", " ");
        } catch (IOException e) {
            return " (error body unreadable: " + e.getMessage() + ")";
        }
    }

    public InputStream body() {
        return body;
    }

    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** Closes the stream; safe to call from another thread while a read is blocked. */
    public void abort() {
        close();
    }

    @Override
    public void close() {
        watch.cancel(false);
        try {
            body.closeUnderlying();
        } catch (IOException e) {
            LOG.debug("Closing the stream from {} failed; dropping it anyway", response.uri().getHost(), e);
        }
    }

    /** Remembers when a byte last arrived; the watchdog closes it when that is too long ago. */
    private static final class Watched extends FilterInputStream {
        private final long timeoutNanos;
        private final Duration timeout;
        private volatile long lastRead = System.nanoTime();
        private volatile boolean stalled;

        Watched(InputStream in, Duration timeout) {
            super(in);
            this.timeout = timeout;
            this.timeoutNanos = timeout.toNanos();
        }

        void closeIfStalled() {
            if (!stalled && System.nanoTime() - lastRead > timeoutNanos) {
                stalled = true;
                try {
                    in.close();
                } catch (IOException e) {
                    LOG.debug("Closing a stalled stream failed", e);
                }
            }
        }

        void closeUnderlying() throws IOException {
            in.close();
        }

        @Override
        public int read() throws IOException {
            try {
                int b = in.read();
                lastRead = System.nanoTime();
                return b;
            } catch (IOException e) {
                throw translated(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                int n = in.read(b, off, len);
                lastRead = System.nanoTime();
                return n;
            } catch (IOException e) {
                throw translated(e);
            }
        }

        private IOException translated(IOException e) {
            if (stalled) {
                Stalled s = new Stalled("no data or keep-alive for " + timeout);
                s.initCause(e);
                return s;
            }
            return e;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
