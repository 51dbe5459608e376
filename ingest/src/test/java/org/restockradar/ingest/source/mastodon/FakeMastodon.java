package org.restockradar.ingest.source.mastodon;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A local Mastodon server speaking the streaming API ({@code text/event-stream} on /api/v1/streaming/...)
 * and the tag and public timelines (JSON arrays, {@code min_id} paging, newest first), for the adapter's tests.
 */
final class FakeMastodon implements AutoCloseable {
    private static final String END = "\u0000end";

    /** One open streaming connection the test writes to. */
    static final class Live {
        private final BlockingQueue<String> chunks = new LinkedBlockingQueue<>();
        final String authorization;
        final String path;

        Live(String authorization, String path) {
            this.authorization = authorization;
            this.path = path;
        }

        Live send(String raw) {
            chunks.add(raw);
            return this;
        }

        Live update(String statusJson) {
            return send("event: update\ndata: " + statusJson + "\n\n");
        }

        void end() {
            chunks.add(END);
        }
    }

    private record Refusal(int status, Map<String, String> headers) {
    }

    /** A request the server received: when, its path, and whether it was refused with 429. */
    record Request(Instant at, String path, boolean rateLimited) {
        boolean streaming() {
            return path.startsWith("/api/v1/streaming/");
        }
    }

    private final Javalin app;
    private final BlockingQueue<Refusal> refusals = new LinkedBlockingQueue<>();
    private final BlockingQueue<Live> connections = new LinkedBlockingQueue<>();
    private final List<String> timeline = new CopyOnWriteArrayList<>();
    private final List<String> timelineQueries = new CopyOnWriteArrayList<>();
    private final Set<Live> open = ConcurrentHashMap.newKeySet();
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
            cfg.routes.get("/api/v1/streaming/public", this::stream);
            cfg.routes.get("/api/v1/timelines/tag/{tag}", this::timeline);
            cfg.routes.get("/api/v1/timelines/public", this::timeline);
        });
        app.start("127.0.0.1", 0);
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + app.port());
    }

    /** The next streaming request is answered with this status instead of a stream. */
    void refuseNext(int status, Map<String, String> headers) {
        refusals.add(new Refusal(status, headers));
    }

    /** Adds a status to the REST timelines (as posted on the server). */
    void post(String statusJson) {
        timeline.add(statusJson);
    }

    /** Posts a status as a real server does: on the timelines and on every open stream. */
    void publish(String statusJson) {
        post(statusJson);
        open.forEach(live -> live.update(statusJson));
    }

    /**
     * From now on, for {@code length}, ends the open streams and answers every request with 429 and an
     * {@code X-RateLimit-Reset} at the end of the current {@code window} (Mastodon's windows are 5 minutes).
     */
    void rateLimitFor(Duration length, Duration window) {
        Instant now = Instant.now();
        rateLimitWindow = window;
        rateLimitedFrom = now;
        rateLimitedUntil = now.plus(length);
        open.forEach(Live::end);
    }

    /** From now on, for {@code length}, accepts each stream and drops it at once; the timelines still answer. */
    void dropConnectionsFor(Duration length) {
        droppingUntil = Instant.now().plus(length);
        open.forEach(Live::end);
    }

    /** Every request received so far. */
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

    List<String> timelineQueries() {
        return List.copyOf(timelineQueries);
    }

    Live awaitConnection() throws InterruptedException {
        Live live = connections.poll(10, TimeUnit.SECONDS);
        if (live == null) {
            throw new AssertionError("the adapter did not connect within 10 s");
        }
        return live;
    }

    private void stream(Context ctx) throws IOException, InterruptedException {
        Refusal refusal = refusals.poll();
        if (refusal != null) {
            refusal.headers().forEach(ctx::header);
            ctx.status(refusal.status()).result("{\"error\":\"refused by the test\"}");
            return;
        }
        Live live = new Live(ctx.header("Authorization"), ctx.path() + "?" + ctx.queryString());
        ctx.res().setStatus(200);
        ctx.res().setContentType("text/event-stream");
        ctx.res().setHeader("Cache-Control", "no-cache");
        OutputStream out = ctx.res().getOutputStream();
        boolean dropping = Instant.now().isBefore(droppingUntil);
        if (!dropping) {
            open.add(live); // before the client sees the headers: what is published from then on reaches it
        }
        out.write(":)\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        if (dropping) {
            return;
        }
        connections.add(live);
        try {
            while (!closed) {
                String chunk = live.chunks.poll(50, TimeUnit.MILLISECONDS);
                if (END.equals(chunk)) {
                    return;
                }
                if (chunk != null) {
                    out.write(chunk.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
        } finally {
            open.remove(live);
        }
    }

    private void timeline(Context ctx) {
        timelineQueries.add(ctx.queryString());
        String minId = ctx.queryParam("min_id");
        int limit = Integer.parseInt(ctx.queryParamAsClass("limit", String.class).getOrDefault("20"));
        List<String> after = new ArrayList<>(timeline.stream()
                .filter(s -> minId == null || StatusIds.compare(idOf(s), minId) > 0)
                .sorted(Comparator.comparing(FakeMastodon::idOf, StatusIds::compare))
                .limit(limit)
                .toList());
        after.sort(Comparator.comparing(FakeMastodon::idOf, StatusIds::compare).reversed());
        ctx.contentType("application/json").result("[" + String.join(",", after) + "]");
    }

    private static String idOf(String statusJson) {
        int start = statusJson.indexOf("\"id\":\"") + 6;
        return statusJson.substring(start, statusJson.indexOf('"', start));
    }

    /** A Status entity shaped as the Mastodon API documentation shows it, on one line. */
    static String status(String id, String createdAt, String contentHtml) {
        return """
                {"id":"%s","created_at":"%s","in_reply_to_id":null,"in_reply_to_account_id":null,"sensitive":false,\
                "spoiler_text":"","visibility":"public","language":"en",\
                "uri":"https://mastodon.example/users/priya/statuses/%1$s","url":"https://mastodon.example/@priya/%1$s",\
                "replies_count":0,"reblogs_count":0,"favourites_count":1,"edited_at":null,\
                "content":"%s","reblog":null,"application":{"name":"Web","website":null},\
                "account":{"id":"109302","username":"priya","acct":"priya@pune.social","display_name":"Priya K",\
                "locked":false,"bot":false,"discoverable":true,"group":false,"created_at":"2022-11-08T00:00:00.000Z",\
                "note":"<p>Pune</p>","url":"https://pune.social/@priya","avatar":"https://files.example/a.png",\
                "followers_count":212,"following_count":80,"statuses_count":1200,"last_status_at":"2026-10-02",\
                "emojis":[],"fields":[]},\
                "media_attachments":[],"mentions":[],"tags":[{"name":"hungryforhippo","url":"https://mastodon.example/tags/hungryforhippo"}],\
                "emojis":[],"card":null,"poll":null}""".formatted(id, createdAt, contentHtml.replace("\"", "\\\""));
    }

    static Duration timeout() {
        return Duration.ofSeconds(10);
    }

    @Override
    public void close() {
        closed = true;
        app.stop();
    }
}
