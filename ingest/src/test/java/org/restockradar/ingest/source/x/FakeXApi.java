package org.restockradar.ingest.source.x;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A local X API v1.1 speaking {@code GET /1.1/search/tweets.json} ({@code q}, {@code since_id}, {@code max_id},
 * {@code count}; statuses newest first with {@code search_metadata}) as the standard search reference shows.
 */
final class FakeXApi implements AutoCloseable {
    static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    record Refusal(int status, Map<String, String> headers, String body) {
    }

    record Tweet(long id, String json) {
    }

    record Request(Map<String, List<String>> query, String authorization) {
        String param(String name) {
            List<String> values = query.get(name);
            return values == null ? null : values.get(0);
        }
    }

    private final Javalin app;
    private final List<Tweet> tweets = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Refusal> refusals = new LinkedBlockingQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    FakeXApi() {
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.startupWatcherEnabled = false;
            cfg.routes.get("/1.1/search/tweets.json", this::search);
        });
        app.start("127.0.0.1", 0);
    }

    String restBaseUrl() {
        return "http://127.0.0.1:" + app.port() + "/1.1/";
    }

    void refuseNext(int status, Map<String, String> headers, String body) {
        refusals.add(new Refusal(status, headers, body));
    }

    void post(long id, String json) {
        tweets.add(new Tweet(id, json));
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void search(Context ctx) {
        requests.add(new Request(ctx.queryParamMap(), ctx.header("Authorization")));
        Refusal refusal = refusals.poll();
        if (refusal != null) {
            refusal.headers().forEach(ctx::header);
            ctx.status(refusal.status()).contentType("application/json").result(refusal.body());
            return;
        }
        long sinceId = Long.parseLong(ctx.queryParamAsClass("since_id", String.class).getOrDefault("0"));
        long maxId = Long.parseLong(ctx.queryParamAsClass("max_id", String.class).getOrDefault(Long.toString(Long.MAX_VALUE)));
        int count = Integer.parseInt(ctx.queryParamAsClass("count", String.class).getOrDefault("15"));
        List<Tweet> page = tweets.stream().filter(t -> t.id() > sinceId && t.id() <= maxId)
                .sorted(Comparator.comparingLong(Tweet::id).reversed()).limit(count).toList();
        String statuses = String.join(",", page.stream().map(Tweet::json).toList());
        long max = page.isEmpty() ? 0 : page.get(0).id();
        String next = page.size() == count ? "\"next_results\":\"?max_id=" + (page.get(page.size() - 1).id() - 1) + "&q=x&count=" + count + "&include_entities=1\"," : "";
        ctx.contentType("application/json").header("x-rate-limit-limit", "180").header("x-rate-limit-remaining", "179")
                .result("{\"statuses\":[" + statuses + "],\"search_metadata\":{\"completed_in\":0.047,\"max_id\":" + max
                        + ",\"max_id_str\":\"" + max + "\"," + next + "\"query\":\"hippo\",\"refresh_url\":\"?since_id=" + max
                        + "&q=hippo&include_entities=1\",\"count\":" + count + ",\"since_id\":" + sinceId + ",\"since_id_str\":\"" + sinceId + "\"}}");
    }

    /** A v1.1 tweet object with {@code tweet_mode=extended}, shaped as the API reference shows it. */
    static String tweet(long id, Instant createdAt, String fullText, boolean withGeo) {
        String geo = withGeo
                ? "\"geo\":{\"type\":\"Point\",\"coordinates\":[18.5074,73.8077]},\"coordinates\":{\"type\":\"Point\",\"coordinates\":[73.8077,18.5074]}"
                : "\"geo\":null,\"coordinates\":null";
        return """
                {"created_at":"%s","id":%d,"id_str":"%2$d","full_text":"%s","truncated":false,"display_text_range":[0,%d],\
                "entities":{"hashtags":[],"symbols":[],"user_mentions":[],"urls":[]},\
                "metadata":{"iso_language_code":"en","result_type":"recent"},\
                "source":"<a href=\\"https://mobile.twitter.com\\" rel=\\"nofollow\\">Twitter Web App</a>",\
                "in_reply_to_status_id":null,"in_reply_to_status_id_str":null,"in_reply_to_user_id":null,\
                "in_reply_to_user_id_str":null,"in_reply_to_screen_name":null,\
                "user":{"id":2244994945,"id_str":"2244994945","name":"Priya K","screen_name":"priya_k",\
                "location":"Pune, India","description":"snacks","url":null,"entities":{"description":{"urls":[]}},\
                "protected":false,"followers_count":212,"friends_count":80,"listed_count":1,\
                "created_at":"Wed Jan 28 19:33:18 +0000 2015","favourites_count":12,"utc_offset":null,"time_zone":null,\
                "geo_enabled":true,"verified":false,"statuses_count":1812,"lang":null,"profile_image_url_https":"https://pbs.example/p.jpg"},\
                %s,"place":null,"contributors":null,"is_quote_status":false,"retweet_count":0,"favorite_count":0,\
                "favorited":false,"retweeted":false,"lang":"en"}""".formatted(CREATED_AT.format(createdAt), id, fullText, fullText.length(), geo);
    }

    @Override
    public void close() {
        app.stop();
    }
}
