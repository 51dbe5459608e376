package org.restockradar.replies;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.Reporters;
import org.restockradar.contracts.Source;
import org.restockradar.contracts.StockoutReport;
import org.restockradar.embedded.testing.TestPostgres;
import org.restockradar.access.Actor;
import org.restockradar.access.TokenStore;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.Set;
import org.restockradar.access.RateLimit;
import org.restockradar.access.http.ApiErrors;
import org.restockradar.access.http.ApiJson;
import org.restockradar.dbkit.store.Database;

/** The ops routes of replies, added to the running HTTP API as dispatch does, on a real PostgreSQL. */
@Tag("integration")
final class RepliesApiIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String NUMBER = "+91 98123 45678";

    /** A rate limit no test but the one about it reaches. */
    private static final int UNLIMITED = 1_000_000;

    private static HikariDataSource database;
    private static TokenStore tokens;
    private static Javalin api;
    private static String ops;
    private static String marketer;
    private static long job;

    @BeforeAll
    static void start() throws java.sql.SQLException {
        database = new Database(TestPostgres.freshDatabase(), "postgres", "postgres").pool("replies-api-it", 4, "replies");
        RepliesService.migrations("replies").migrate(database);
        // The token table as dispatch's migrations leave it: replies only reads it, through the TokenStore.
        TestPostgres.createTokenTable(database);
        tokens = new TokenStore(database, CLOCK);
        ops = tokens.issue(Actor.ops("ops-meera"));
        marketer = tokens.issue(Actor.marketer("mkt-rohan"));
        JobEvents jobs = new JobEvents(CLOCK);
        job = jobs.record(new StockoutReport("whatsapp-wamid.AB12", Source.WHATSAPP, CLOCK.instant(),
                new Author(Reporters.phoneId(NUMBER), "+********5678", null, null, null), "no Hippo", "Hippo", null,
                "OUT-1", "Sharma General Store", "Kothrud", "Pune", 0.9));
        new ReplyPlanner(database, CLOCK, Set.of("verified")).plan(jobs.last(job));
        api = server(UNLIMITED);
    }

    /** The routes on a server of their own, set up as the server that serves them does: one rate limit, the API's JSON, the shared errors. */
    private static Javalin server(int requestsPerMinute) {
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.appData(RateLimit.KEY, new RateLimit(Set.of(), CLOCK));
            config.jsonMapper(new JavalinJackson(ApiJson.mapper(), false));
            RepliesApi.register(config.routes, services(requestsPerMinute));
            ApiErrors.register(config.routes);
        });
        return app.start("127.0.0.1", 0);
    }

    private static RepliesApi.Services services(int requestsPerMinute) {
        return new RepliesApi.Services(tokens, new OptOuts(database, CLOCK), new ReplyContacts(database, CLOCK), new ReplyLog(database),
                requestsPerMinute);
    }

    @AfterAll
    static void stop() {
        api.stop();
        database.close();
    }

    private static HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        return call(api, method, path, token, body);
    }

    private static HttpResponse<String> call(Javalin server, String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldLetOpsOnly() throws Exception {
        assertThat(call("GET", "/api/replies", null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/replies", "nonsense", null).statusCode()).isEqualTo(401);
        HttpResponse<String> forbidden = call("PUT", "/api/replies/opt-outs/x/priya", marketer, null);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("\"error\"", "only ops");
    }

    @Test
    void shouldListRepliesSentFailedWithTheirReasonAndOptedOutFilteredByStatus() throws Exception {
        try (java.sql.Connection connection = database.getConnection(); java.sql.PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO reply (job_id, kind, source, reporter_id, reporter_handle, mention_id, status, attempts, planned_at, next_attempt_at,
                                   sent_at, external_id, last_error)
                VALUES (?, 'job_opened', 'x', ?, ?, ?, ?, 1, now(), now(), ?, ?, ?)""")) {
            Object[][] rows = {
                {"u-sent", "sent", java.sql.Timestamp.from(CLOCK.instant()), "tweet-1", null},
                {"u-failed", "failed", null, null, "HTTP 403: You are not allowed to reply to this post"},
                {"u-stop", "skipped", null, null, ReplySender.OPTED_OUT},
                {"u-nochannel", "skipped", null, null, "no reply channel for x is configured"}};
            for (Object[] row : rows) {
                insert.setLong(1, 7001);
                insert.setString(2, (String) row[0]);
                insert.setString(3, "@" + row[0]);
                insert.setString(4, "x-" + row[0]);
                insert.setString(5, (String) row[1]);
                insert.setTimestamp(6, (java.sql.Timestamp) row[2]);
                insert.setString(7, (String) row[3]);
                insert.setString(8, (String) row[4]);
                insert.addBatch();
            }
            insert.executeBatch();
        }

        com.fasterxml.jackson.databind.JsonNode all = ApiJson.mapper().readTree(call("GET", "/api/replies?job_id=7001", ops, null).body());
        assertThat(all).extracting(r -> r.get("reporter_id").asText() + ":" + r.get("outcome").asText() + ":" + r.get("reason").asText(null))
                .containsExactlyInAnyOrder("u-sent:sent:null", "u-failed:failed:HTTP 403: You are not allowed to reply to this post",
                        "u-stop:opted_out:" + ReplySender.OPTED_OUT, "u-nochannel:skipped:no reply channel for x is configured");
        assertThat(ApiJson.mapper().readTree(call("GET", "/api/replies?job_id=7001&status=opted_out", ops, null).body()))
                .extracting(r -> r.get("reporter_id").asText()).containsExactly("u-stop");
        assertThat(ApiJson.mapper().readTree(call("GET", "/api/replies?job_id=7001&status=failed", ops, null).body()))
                .extracting(r -> r.get("reporter_id").asText()).containsExactly("u-failed");
        assertThat(ApiJson.mapper().readTree(call("GET", "/api/replies?job_id=7001&status=sent", ops, null).body()))
                .extracting(r -> r.get("reporter_id").asText()).containsExactly("u-sent");
        assertThat(call("GET", "/api/replies?status=opted_out", marketer, null).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldListTheRepliesOfAJob() throws Exception {
        HttpResponse<String> list = call("GET", "/api/replies?job_id=" + job, ops, null);

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"kind\":\"job_opened\"", "\"status\":\"pending\"", "\"mention_id\":\"whatsapp-wamid.AB12\"");
        assertThat(call("GET", "/api/replies?status=lost", ops, null).statusCode()).isEqualTo(400);
    }

    @Test
    void shouldAnswerABadLimitOrJobIdWithABadRequestThatSaysWhy() throws Exception {
        assertBad(call("GET", "/api/replies?limit=9999999999", ops, null), "limit must be within [1, 500]: 9999999999");
        assertBad(call("GET", "/api/replies?limit=99999999999999999999", ops, null), "limit must be within [1, 500]: 99999999999999999999");
        assertBad(call("GET", "/api/replies?limit=-2147483649", ops, null), "limit must be within [1, 500]: -2147483649");
        assertBad(call("GET", "/api/replies?limit=0", ops, null), "limit must be within [1, 500]: 0");
        assertBad(call("GET", "/api/replies?limit=ten", ops, null), "limit must be a whole number: 'ten'");
        assertBad(call("GET", "/api/replies?job_id=99999999999999999999", ops, null), "job_id is out of range: '99999999999999999999'");
        assertBad(call("GET", "/api/replies?job_id=seven", ops, null), "job_id must be a whole number: 'seven'");
        assertThat(call("GET", "/api/replies?limit=500", ops, null).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRefuseAClientPastTheRateLimitWithTooManyRequestsBeforeLookingAtItsToken() throws Exception {
        Javalin limited = server(3);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                statuses.add(call(limited, "GET", "/api/replies/opt-outs/x/limited", ops, null).statusCode());
            }

            assertThat(statuses).contains(429);
            assertThat(statuses.subList(statuses.indexOf(429), statuses.size())).as("refused from then on").containsOnly(429);
            HttpResponse<String> anonymous = call(limited, "GET", "/api/replies/opt-outs/x/limited", null, null);
            assertThat(anonymous.statusCode()).as("the limit comes before the token: " + anonymous.body()).isEqualTo(429);
            assertThat(anonymous.body()).contains("\"error\"", "Rate limit");
        } finally {
            limited.stop();
        }
    }

    @Test
    void shouldOptAReporterOutAndInAgain() throws Exception {
        assertThat(call("PUT", "/api/replies/opt-outs/mastodon/asha", ops, "{\"reason\":\"asked by DM\"}").body()).contains("\"changed\":true");
        assertThat(call("GET", "/api/replies/opt-outs/mastodon/asha", ops, null).body()).contains("\"opted_out\":true");
        assertThat(new OptOuts(database, CLOCK).isOptedOut(Source.MASTODON, "asha")).isTrue();

        assertThat(call("DELETE", "/api/replies/opt-outs/mastodon/asha", ops, null).body()).contains("\"changed\":true");
        assertThat(call("GET", "/api/replies/opt-outs/mastodon/asha", ops, null).body()).contains("\"opted_out\":false");
        assertThat(call("PUT", "/api/replies/opt-outs/myspace/asha", ops, null).statusCode()).isEqualTo(400);
    }

    @Test
    void shouldKeepANumberOnlyForTheReporterItBelongsTo() throws Exception {
        String reporter = Reporters.phoneId(NUMBER);
        HttpResponse<String> wrong = call("PUT", "/api/replies/contacts/whatsapp/" + reporter, ops, "{\"address\":\"+919800000000\"}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("not the one of reporter");

        assertThat(call("PUT", "/api/replies/contacts/whatsapp/" + reporter, ops, "{\"address\":\"" + NUMBER + "\"}").statusCode()).isEqualTo(200);
        assertThat(call("DELETE", "/api/replies/contacts/whatsapp/" + reporter, ops, null).body()).contains("\"removed\":true");
    }

    private static void assertBad(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"error\"", message);
    }
}
