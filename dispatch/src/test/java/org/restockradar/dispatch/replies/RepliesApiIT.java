package org.restockradar.dispatch.replies;

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
import java.util.EnumSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.Source;
import org.restockradar.contracts.StockoutReport;
import org.restockradar.dispatch.TestPostgres;
import org.restockradar.dispatch.access.TokenStore;
import org.restockradar.dispatch.api.HttpApi;
import org.restockradar.dispatch.store.JobStatus;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.store.Migrations;
import org.restockradar.dispatch.workflow.Actor;

/** The ops routes of replies, added to the running HTTP API as dispatch does, on a real PostgreSQL. */
@Tag("integration")
final class RepliesApiIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String NUMBER = "+91 98123 45678";

    private static HikariDataSource database;
    private static HttpApi api;
    private static String ops;
    private static String marketer;
    private static long job;

    @BeforeAll
    static void start() {
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 4);
        Migrations.migrate(database);
        JobStore jobs = new JobStore(database, CLOCK, Duration.ofHours(48));
        TokenStore tokens = new TokenStore(database, CLOCK);
        ops = tokens.issue(Actor.ops("ops-meera"));
        marketer = tokens.issue(Actor.marketer("mkt-rohan"));
        job = jobs.record(new StockoutReport("whatsapp-wamid.AB12", Source.WHATSAPP, CLOCK.instant(),
                new Author(ReplyContacts.phoneId(NUMBER), "+********5678", null, null, null), "no Hippo", "Hippo", null,
                "OUT-1", "Sharma General Store", "Kothrud", "Pune", 0.9)).jobId();
        new ReplyPlanner(database, CLOCK, EnumSet.of(JobStatus.VERIFIED)).planJobOpened(job);
        api = HttpApi.start("127.0.0.1", 0, jobs, () -> true);
        api.register(app -> RepliesApi.register(app, new RepliesApi.Services(tokens, new OptOuts(database, CLOCK),
                new ReplyContacts(database, CLOCK), new ReplyLog(database))));
    }

    @AfterAll
    static void stop() {
        api.close();
        database.close();
    }

    private static HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
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
    void shouldListTheRepliesOfAJob() throws Exception {
        HttpResponse<String> list = call("GET", "/api/replies?job_id=" + job, ops, null);

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"kind\":\"job_opened\"", "\"status\":\"pending\"", "\"mention_id\":\"whatsapp-wamid.AB12\"");
        assertThat(call("GET", "/api/replies?status=lost", ops, null).statusCode()).isEqualTo(400);
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
        String reporter = ReplyContacts.phoneId(NUMBER);
        HttpResponse<String> wrong = call("PUT", "/api/replies/contacts/whatsapp/" + reporter, ops, "{\"address\":\"+919800000000\"}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("not the one of reporter");

        assertThat(call("PUT", "/api/replies/contacts/whatsapp/" + reporter, ops, "{\"address\":\"" + NUMBER + "\"}").statusCode()).isEqualTo(200);
        assertThat(call("DELETE", "/api/replies/contacts/whatsapp/" + reporter, ops, null).body()).contains("\"removed\":true");
    }
}
