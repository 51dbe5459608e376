package org.restockradar.ingest.source.bluesky;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.websocket.WsContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A local Jetstream: a WebSocket at {@code /subscribe} that replays its event log from the {@code cursor}
 * query parameter (a {@code time_us}, inclusive) and then sends new events live, as the real service does.
 */
final class FakeJetstream implements AutoCloseable {
    private record Refusal(int status, Map<String, String> headers) {
    }

    private record Logged(long timeUs, String json) {
    }

    private final Javalin app;
    private final List<Logged> log = new ArrayList<>();
    private final List<WsContext> live = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Refusal> refusals = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> queries = new LinkedBlockingQueue<>();

    FakeJetstream() {
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.startupWatcherEnabled = false;
            cfg.routes.wsBeforeUpgrade("/subscribe", ctx -> {
                Refusal refusal = refusals.poll();
                if (refusal != null) {
                    refusal.headers().forEach(ctx::header);
                    throw new HttpResponseException(refusal.status(), "refused by the test");
                }
            });
            cfg.routes.ws("/subscribe", ws -> {
                ws.onConnect(ctx -> {
                    synchronized (this) {
                        String cursor = ctx.queryParam("cursor");
                        for (Logged event : log) {
                            if (cursor != null && event.timeUs() >= Long.parseLong(cursor)) {
                                ctx.send(event.json());
                            }
                        }
                        live.add(ctx);
                    }
                    queries.add(ctx.queryString() == null ? "" : ctx.queryString());
                });
                ws.onClose(ctx -> live.removeIf(c -> c.sessionId().equals(ctx.sessionId())));
            });
        });
        app.start("127.0.0.1", 0);
    }

    URI endpoint() {
        return URI.create("ws://127.0.0.1:" + app.port() + "/subscribe");
    }

    void refuseNext(int status, Map<String, String> headers) {
        refusals.add(new Refusal(status, headers));
    }

    /** Logs an event and sends it to every connected client. */
    synchronized void publish(long timeUs, String json) {
        log.add(new Logged(timeUs, json));
        sendToOpen(json);
    }

    /** Sends to every session still open; one the client just closed is dropped, as a real server would. */
    private void sendToOpen(String text) {
        for (WsContext ctx : live) {
            if (ctx.session.isOpen()) {
                try {
                    ctx.send(text);
                } catch (Exception closedMeanwhile) {
                    // Jetty throws its EofException (an IOException, rethrown unchecked by Javalin) for a session closing now.
                    live.remove(ctx);
                }
            } else {
                live.remove(ctx);
            }
        }
    }

    /** Sends raw text to connected clients without logging it (a broken message). */
    synchronized void sendRaw(String text) {
        sendToOpen(text);
    }

    /** Drops every connection, as a restart of the service would. */
    synchronized void disconnectAll() {
        live.forEach(WsContext::closeSession);
        live.clear();
    }

    /** The query string of the next connection. */
    String awaitConnection() throws InterruptedException {
        String query = queries.poll(1, TimeUnit.MINUTES);
        if (query == null) {
            throw new AssertionError("the adapter did not connect within a minute");
        }
        return query;
    }

    /** A commit event creating a post, shaped as the Jetstream README shows it. */
    static String post(long timeUs, String did, String rkey, String text) {
        return """
                {"did":"%s","time_us":%d,"kind":"commit","commit":{"rev":"3l3qo2vutsw2b","operation":"create",\
                "collection":"app.bsky.feed.post","rkey":"%s","record":{"$type":"app.bsky.feed.post",\
                "createdAt":"2026-10-02T09:14:00.102Z","langs":["en"],"text":"%s"},\
                "cid":"bafyreidwaivazkwu67xztlmuobx35hs2lnfh3kolmgfmucldvhd3sgzcqi"}}""".formatted(did, timeUs, rkey, text);
    }

    /** An identity event, which carries no post. */
    static String identity(long timeUs, String did) {
        return """
                {"did":"%s","time_us":%d,"kind":"identity","identity":{"did":"%1$s","handle":"priya.bsky.social",\
                "seq":1409752997,"time":"2026-10-02T09:14:01.000Z"}}""".formatted(did, timeUs);
    }

    @Override
    public void close() {
        app.stop();
    }
}
