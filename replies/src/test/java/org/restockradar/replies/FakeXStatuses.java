package org.restockradar.replies;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local X API v1.1 speaking {@code POST /1.1/statuses/update.json} (form-encoded {@code status},
 * {@code in_reply_to_status_id}, {@code auto_populate_reply_metadata}; OAuth 1.0a header) and answering the new
 * tweet object, as the API reference shows it.
 */
final class FakeXStatuses extends FakeApi {
    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private final AtomicLong nextId = new AtomicLong(1_900_000_000_000_000_000L);

    FakeXStatuses() {
        start(routes -> routes.post("/1.1/statuses/update.json", this::update));
    }

    String restBaseUrl() {
        return baseUrl() + "/1.1/";
    }

    private void update(Context ctx) {
        if (recordAndMaybeRefuse(ctx)) {
            return;
        }
        String authorization = ctx.header("Authorization");
        if (authorization == null || !authorization.startsWith("OAuth ") || !authorization.contains("oauth_token=\"")) {
            ctx.status(401).contentType("application/json").result("{\"errors\":[{\"code\":32,\"message\":\"Could not authenticate you.\"}]}");
            return;
        }
        long id = nextId.incrementAndGet();
        String inReplyTo = ctx.formParam("in_reply_to_status_id");
        String text = ctx.formParam("status").replace("\\", "\\\\").replace("\"", "\\\"");
        ctx.contentType("application/json").result("""
                {"created_at":"%s","id":%d,"id_str":"%2$d","text":"%s","truncated":false,\
                "entities":{"hashtags":[],"symbols":[],"user_mentions":[],"urls":[]},\
                "source":"<a href=\\"https://restockradar.example\\" rel=\\"nofollow\\">Restock Radar</a>",\
                "in_reply_to_status_id":%s,"in_reply_to_status_id_str":"%4$s","in_reply_to_user_id":null,\
                "in_reply_to_user_id_str":null,"in_reply_to_screen_name":null,\
                "user":{"id":1500000000,"id_str":"1500000000","name":"Restock Radar","screen_name":"restockradar",\
                "location":null,"description":"","url":null,"entities":{"description":{"urls":[]}},\
                "protected":false,"followers_count":10,"friends_count":0,"listed_count":0,\
                "created_at":"Wed Jan 28 19:33:18 +0000 2015","favourites_count":0,"utc_offset":null,"time_zone":null,\
                "geo_enabled":false,"verified":false,"statuses_count":1,"lang":null},\
                "geo":null,"coordinates":null,"place":null,"contributors":null,"is_quote_status":false,\
                "retweet_count":0,"favorite_count":0,"favorited":false,"retweeted":false,"lang":"en"}"""
                .formatted(CREATED_AT.format(Instant.now()), id, text, inReplyTo));
    }
}
