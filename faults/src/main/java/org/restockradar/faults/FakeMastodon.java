package org.restockradar.faults;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A Mastodon instance for F5, speaking the protocol the ingest adapter reads: the hashtag stream as server-sent events
 * ({@code /api/v1/streaming/hashtag}, {@code update} events carrying a Status) and the tag timeline as a JSON array,
 * newest first, after {@code min_id}. It can answer every request with 429 and {@code X-RateLimit-Reset} for a while,
 * or accept each stream and drop it at once, and it logs every request it gets.
 */
final class FakeMastodon implements AutoCloseable {
    private static final String END = "\u0000end";
    private static final Comparator<String> BY_ID = Comparator.comparing(BigInteger::new);

    /** A request the server received: when, its path, and whether it was refused with 429. */
    record Request(Instant at, String path, boolean rateLimited) {
        boolean streaming() {
            return path.startsWith("/api/v1/streaming/");
        }
    }

    private record Status(String id, String json) {
    }

    private final Javalin app;
    private final List<Status> timeline = new CopyOnWriteArrayList<>();
    private final Set<BlockingQueue<String>> open = ConcurrentHashMap.newKeySet();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Instant rateLimitedFrom = Instant.MIN;
    private volatile Instant rateLimitedUntil = Instant.MIN;
    private volatile Duration rateLimitWindow = Duration.ofMinutes(5);
    private volatile Instant droppingUntil = Instant.MIN;
    private volatile boolean closed;

    FakeMastodon() {
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.startupWatcherEnabled = false;
            cfg.routes.before(this::rateLimit);
            cfg.routes.get("/api/v1/streaming/hashtag", this::stream);
            cfg.routes.get("/api/v1/timelines/tag/{tag}", this::timeline);
        });
        app.start("127.0.0.1", 0);
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + app.port());
    }

    /** Posts a status: on the timeline and on every open stream. */
    void publish(String id, Instant createdAt, String text) {
        String json = status(id, createdAt, text);
        timeline.add(new Status(id, json));
        String event = "event: update\ndata: " + json + "\n\n";
        open.forEach(stream -> stream.add(event));
    }

    /** For {@code length} from now: ends the open streams and answers every request with 429 and the end of the current window. */
    void rateLimitFor(Duration length, Duration window) {
        Instant now = Instant.now();
        rateLimitWindow = window;
        rateLimitedFrom = now;
        rateLimitedUntil = now.plus(length);
        open.forEach(stream -> stream.add(END));
    }

    /** For {@code length} from now: accepts each stream and drops it at once; the timeline still answers. */
    void dropConnectionsFor(Duration length) {
        droppingUntil = Instant.now().plus(length);
        open.forEach(stream -> stream.add(END));
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void rateLimit(Context ctx) {
        Instant now = Instant.now();
        boolean limited = now.isBefore(rateLimitedUntil);
        requests.add(new Request(now, ctx.path(), limited));
        if (limited) {
            long windows = Duration.between(rateLimitedFrom, now).toMillis() / rateLimitWindow.toMillis() + 1;
            ctx.header("X-RateLimit-Limit", "300").header("X-RateLimit-Remaining", "0")
                    .header("X-RateLimit-Reset", rateLimitedFrom.plus(rateLimitWindow.multipliedBy(windows)).toString());
            ctx.status(429).result("{\"error\":\"Too many requests\"}");
            ctx.skipRemainingHandlers();
        }
    }

    private void stream(Context ctx) throws IOException, InterruptedException {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        boolean dropping = Instant.now().isBefore(droppingUntil);
        if (!dropping) {
            open.add(events); // before the client sees the headers: what is published from then on reaches it
        }
        try {
            ctx.res().setStatus(200);
            ctx.res().setContentType("text/event-stream");
            ctx.res().setHeader("Cache-Control", "no-cache");
            OutputStream out = ctx.res().getOutputStream();
            out.write(":)\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            long lastWrite = System.nanoTime();
            while (!closed && !dropping) {
                String event = events.poll(200, TimeUnit.MILLISECONDS);
                if (END.equals(event)) {
                    return;
                }
                if (event != null) {
                    out.write(event.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    lastWrite = System.nanoTime();
                } else if (System.nanoTime() - lastWrite > TimeUnit.SECONDS.toNanos(15)) {
                    out.write(":thump\n".getBytes(StandardCharsets.UTF_8)); // Mastodon's heartbeat
                    out.flush();
                    lastWrite = System.nanoTime();
                }
            }
        } finally {
            open.remove(events);
        }
    }

    private void timeline(Context ctx) {
        String minId = ctx.queryParam("min_id");
        int limit = Integer.parseInt(ctx.queryParamAsClass("limit", String.class).getOrDefault("20"));
        List<String> page = timeline.stream()
                .filter(s -> minId == null || BY_ID.compare(s.id(), minId) > 0)
                .sorted(Comparator.comparing(Status::id, BY_ID))
                .limit(limit)
                .sorted(Comparator.comparing(Status::id, BY_ID).reversed())
                .map(Status::json)
                .toList();
        ctx.contentType("application/json").result("[" + String.join(",", page) + "]");
    }

    /** A Status entity with the fields the adapter reads, as the Mastodon API documents them. */
    private static String status(String id, Instant createdAt, String text) {
        return """
                {"id":"%s","created_at":"%s","in_reply_to_id":null,"sensitive":false,"spoiler_text":"","visibility":"public",\
                "language":"en","uri":"https://mastodon.example/users/priya/statuses/%1$s","url":"https://mastodon.example/@priya/%1$s",\
                "content":"<p>%s</p>","reblog":null,\
                "account":{"id":"109302","username":"priya","acct":"priya@pune.social","display_name":"Priya K","followers_count":212},\
                "media_attachments":[],"mentions":[],"tags":[{"name":"hungryforhippo","url":"https://mastodon.example/tags/hungryforhippo"}],\
                "emojis":[],"card":null,"poll":null}""".formatted(id, createdAt, text);
    }

    @Override
    public void close() {
        closed = true;
        app.stop();
    }
}
