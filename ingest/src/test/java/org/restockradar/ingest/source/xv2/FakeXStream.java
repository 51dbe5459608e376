package org.restockradar.ingest.source.xv2;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.restockradar.contracts.Json;
import org.restockradar.fixtures.LiveStream;

/**
 * A local X API v2: stream rules ({@code GET}/{@code POST /2/tweets/search/stream/rules}), the filtered stream
 * (newline-delimited JSON with {@code \r\n} keep-alives) and recent search ({@code since_id}, {@code next_token}),
 * with payloads shaped as X's API reference shows them.
 */
final class FakeXStream implements AutoCloseable {
    static final class Live extends LiveStream {
        final String query;

        Live(String query) {
            this.query = query;
        }

        @Override
        public Live send(String raw) {
            super.send(raw);
            return this;
        }

        Live tweet(String json) {
            return send(json + "\r\n");
        }

        Live keepAlive() {
            return send("\r\n");
        }
    }

    private record Refusal(int status, Map<String, String> headers) {
    }

    record Tweet(String id, String data, String user) {
    }

    private final Javalin app;
    private final List<FakeXStreamRule> rules = new CopyOnWriteArrayList<>();
    private final List<String> ruleChanges = new CopyOnWriteArrayList<>();
    private final List<Tweet> posted = new CopyOnWriteArrayList<>();
    private final List<String> searches = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Refusal> refusals = new LinkedBlockingQueue<>();
    private final java.util.concurrent.atomic.AtomicInteger searchRefusals = new java.util.concurrent.atomic.AtomicInteger();
    private final BlockingQueue<Live> connections = new LinkedBlockingQueue<>();
    private volatile boolean closed;
    private int nextRuleId = 1_000;

    record FakeXStreamRule(String id, String value, String tag) {
    }

    FakeXStream() {
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.startupWatcherEnabled = false;
            cfg.routes.before(ctx -> {
                if (!"Bearer test-bearer".equals(ctx.header("Authorization"))) {
                    ctx.status(401).result("{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}");
                    ctx.skipRemainingHandlers();
                }
            });
            cfg.routes.get("/2/tweets/search/stream/rules", this::listRules);
            cfg.routes.post("/2/tweets/search/stream/rules", this::changeRules);
            cfg.routes.get("/2/tweets/search/stream", this::stream);
            cfg.routes.get("/2/tweets/search/recent", this::recent);
        });
        app.start("127.0.0.1", 0);
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + app.port());
    }

    void addRule(String value, String tag) {
        rules.add(new FakeXStreamRule(Integer.toString(nextRuleId++), value, tag));
    }

    List<FakeXStreamRule> rules() {
        return List.copyOf(rules);
    }

    List<String> ruleChanges() {
        return List.copyOf(ruleChanges);
    }

    List<String> searches() {
        return List.copyOf(searches);
    }

    /** The next {@code times} recent searches answer 503. */
    void refuseSearches(int times) {
        searchRefusals.set(times);
    }

    void refuseNext(int status, Map<String, String> headers) {
        refusals.add(new Refusal(status, headers));
    }

    /** A tweet posted while the client may not be listening: found by recent search. */
    void post(String id, String text) {
        posted.add(new Tweet(id, data(id, text), USER));
    }

    Live awaitConnection() throws InterruptedException {
        Live live = connections.poll(1, TimeUnit.MINUTES);
        if (live == null) {
            throw new AssertionError("the adapter did not connect within a minute");
        }
        return live;
    }

    private synchronized void listRules(Context ctx) {
        List<String> data = rules.stream().map(r -> "{\"id\":\"" + r.id() + "\",\"value\":" + quote(r.value()) + ",\"tag\":" + quote(r.tag()) + "}").toList();
        ctx.contentType("application/json").result(rules.isEmpty()
                ? "{\"meta\":{\"sent\":\"2026-10-02T09:00:00.000Z\",\"result_count\":0}}"
                : "{\"data\":[" + String.join(",", data) + "],\"meta\":{\"sent\":\"2026-10-02T09:00:00.000Z\",\"result_count\":" + data.size() + "}}");
    }

    private synchronized void changeRules(Context ctx) throws IOException {
        ruleChanges.add(ctx.body());
        JsonNode body = Json.mapper().readTree(ctx.body());
        List<String> created = new ArrayList<>();
        for (JsonNode add : body.path("add")) {
            FakeXStreamRule rule = new FakeXStreamRule(Integer.toString(nextRuleId++), add.path("value").asText(), add.path("tag").asText());
            rules.add(rule);
            created.add("{\"id\":\"" + rule.id() + "\",\"value\":" + quote(rule.value()) + ",\"tag\":" + quote(rule.tag()) + "}");
        }
        int deleted = 0;
        for (JsonNode id : body.path("delete").path("ids")) {
            deleted += rules.removeIf(r -> r.id().equals(id.asText())) ? 1 : 0;
        }
        String summary = body.has("add")
                ? "{\"created\":" + created.size() + ",\"not_created\":0,\"valid\":" + created.size() + ",\"invalid\":0}"
                : "{\"deleted\":" + deleted + ",\"not_deleted\":0}";
        ctx.status(body.has("add") ? 201 : 200).contentType("application/json")
                .result((created.isEmpty() ? "{" : "{\"data\":[" + String.join(",", created) + "],")
                        + "\"meta\":{\"sent\":\"2026-10-02T09:00:00.000Z\",\"summary\":" + summary + "}}");
    }

    private void stream(Context ctx) throws IOException, InterruptedException {
        Refusal refusal = refusals.poll();
        if (refusal != null) {
            refusal.headers().forEach(ctx::header);
            ctx.status(refusal.status()).contentType("application/problem+json")
                    .result("{\"title\":\"Refused\",\"detail\":\"refused by the test\",\"type\":\"about:blank\",\"status\":" + refusal.status() + "}");
            return;
        }
        Live live = new Live(ctx.queryString());
        ctx.res().setStatus(200);
        ctx.res().setContentType("application/json");
        OutputStream out = ctx.res().getOutputStream();
        out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        connections.add(live);
        live.pump(out, () -> closed, Duration.ZERO, null);
    }

    private void recent(Context ctx) {
        searches.add(ctx.queryString());
        if (searchRefusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            ctx.status(503).contentType("application/json").result("{\"title\":\"Service Unavailable\",\"status\":503}");
            return;
        }
        String sinceId = ctx.queryParam("since_id");
        int offset = ctx.queryParam("next_token") == null ? 0 : Integer.parseInt(ctx.queryParam("next_token").substring(4));
        List<Tweet> newer = posted.stream().filter(t -> sinceId == null || XStreamSource.compareIds(t.id(), sinceId) > 0)
                .sorted(Comparator.comparing(Tweet::id, XStreamSource::compareIds).reversed()).toList();
        List<Tweet> page = newer.subList(Math.min(offset, newer.size()), Math.min(offset + 2, newer.size()));
        if (page.isEmpty()) {
            ctx.contentType("application/json").result("{\"meta\":{\"result_count\":0}}");
            return;
        }
        String next = offset + 2 < newer.size() ? ",\"next_token\":\"page" + (offset + 2) + "\"" : "";
        ctx.contentType("application/json").result("{\"data\":[" + String.join(",", page.stream().map(Tweet::data).toList())
                + "],\"includes\":{\"users\":[" + USER + "]},\"meta\":{\"newest_id\":\"" + page.get(0).id()
                + "\",\"oldest_id\":\"" + page.get(page.size() - 1).id() + "\",\"result_count\":" + page.size() + next + "}}");
    }

    static final String USER = """
            {"id":"2244994945","name":"Priya K","username":"priya_k","location":"Pune, India",\
            "public_metrics":{"followers_count":212,"following_count":80,"tweet_count":1812,"listed_count":1,"like_count":30}}""";

    static String data(String id, String text) {
        return """
                {"id":"%s","text":%s,"author_id":"2244994945","created_at":"2026-10-02T09:14:00.000Z","lang":"en",\
                "geo":{"place_id":"01a9a39529b27f36","coordinates":{"type":"Point","coordinates":[73.8077,18.5074]}},\
                "edit_history_tweet_ids":["%1$s"]}""".formatted(id, quote(text));
    }

    /** One filtered-stream message: the tweet, its expansions and the rules it matched. */
    static String message(String id, String text) {
        return "{\"data\":" + data(id, text) + ",\"includes\":{\"users\":[" + USER + "],\"places\":[{\"full_name\":\"Pune, India\","
                + "\"id\":\"01a9a39529b27f36\",\"country_code\":\"IN\",\"geo\":{\"type\":\"Feature\",\"bbox\":[73.7,18.4,74.0,18.6],\"properties\":{}}}]},"
                + "\"matching_rules\":[{\"id\":\"1000\",\"tag\":\"restock-radar:0\"}]}";
    }

    private static String quote(String text) {
        return Json.mapper().getNodeFactory().textNode(text).toString();
    }

    @Override
    public void close() {
        closed = true;
        app.stop();
    }
}
