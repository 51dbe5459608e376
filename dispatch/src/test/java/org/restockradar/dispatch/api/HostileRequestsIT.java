package org.restockradar.dispatch.api;

import org.restockradar.access.http.ApiJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.restockradar.dispatch.Reports.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.embedded.testing.MutableClock;
import org.restockradar.embedded.testing.TestPostgres;
import org.restockradar.access.Actor;
import org.restockradar.access.TokenStore;
import org.restockradar.dispatch.crews.Crew;
import org.restockradar.dispatch.crews.CrewStore;
import org.restockradar.dispatch.events.JobEventFeed;
import org.restockradar.dispatch.outlets.OutletStore;
import org.restockradar.dispatch.photos.PhotoStore;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.contracts.JobStatus;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.workflow.JobWorkflow;

/**
 * The API against a caller who tries to break it, on a real PostgreSQL: forged client addresses and rotating tokens
 * against the rate limit, a chunked body past the size limit, NUL bytes, the headers every answer carries, expired and
 * revoked tokens, and assignments to crews that cannot take the job.
 */
@Tag("integration")
final class HostileRequestsIT {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Actor OPS = Actor.ops("ops-meera");
    private static final AtomicInteger OUTLETS = new AtomicInteger();
    private static final int LIMIT = 5;

    private static HikariDataSource database;
    private static JobStore jobs;
    private static JobWorkflow workflow;
    private static CrewStore crews;
    private static TokenStore tokenStore;
    private static MutableClock tokenClock;
    private static JobEventFeed feed;
    private static HttpApi api;
    private static String opsToken;
    private static String crewToken;

    @BeforeAll
    static void start() {
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 8);
        DispatchSchema.migrate(database);
        jobs = new JobStore(database, CLOCK, Duration.ofHours(48));
        workflow = new JobWorkflow(jobs, CLOCK);
        crews = new CrewStore(database, CLOCK);
        crews.saveAll(List.of(crew("crew-a", "pune|kothrud", true), crew("crew-b", "pune|baner", true), crew("crew-idle", "pune|kothrud", false)));
        tokenClock = new MutableClock(NOW);
        tokenStore = new TokenStore(database, tokenClock);
        opsToken = tokenStore.issue(OPS);
        crewToken = tokenStore.issue(Actor.crew("rep-anil", "crew-a"));
        feed = new JobEventFeed(database, Duration.ofMillis(100));
        api = server(WorkApi.Services.DEFAULT_REQUESTS_PER_MINUTE);
    }

    @AfterAll
    static void stop() {
        api.close();
        feed.close();
        database.close();
    }

    private static HttpApi server(int requestsPerMinute) {
        return HttpApi.start("127.0.0.1", 0, jobs, () -> true, services(requestsPerMinute));
    }

    private static WorkApi.Services services(int requestsPerMinute) {
        return new WorkApi.Services(jobs, workflow, crews, tokenStore, feed, new OutletStore(database, CLOCK), new PhotoStore(database, CLOCK),
                CLOCK, Duration.ofHours(12), WorkApi.Services.DEFAULT_SLA_WARNING_BEFORE, requestsPerMinute);
    }

    @Test
    void shouldLimitAClientByItsConnectionWhateverAddressItsForwardedForHeaderNames() throws Exception {
        try (HttpApi limited = server(LIMIT)) {
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (int i = 0; i < 2 * LIMIT; i++) {
                // A bogus token and a new made-up address each time: what got 2,000 x 401 and no 429.
                answers.add(HTTP.send(HttpRequest.newBuilder(uri(limited, "/api/me")).header("Authorization", "Bearer rr_bogus" + i)
                        .header("X-Forwarded-For", "198.51.100." + i).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
            }

            assertThat(answers).extracting(HttpResponse::statusCode).startsWith(401, 401, 401, 401, 401).endsWith(429);
            HttpResponse<String> refused = answers.get(answers.size() - 1);
            assertThat(json(refused).get("error").asText()).contains("Rate limit");
            assertThat(refused.headers().firstValue("Retry-After")).as("every 429 says when to come back")
                    .hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        }
    }

    @Test
    void shouldTakeNoClientAddressFromTheForwardedForHeaderOfAnUntrustedPeer() throws Exception {
        try (HttpApi limited = server(LIMIT)) {
            for (int i = 0; i < 2 * LIMIT; i++) {
                HTTP.send(HttpRequest.newBuilder(uri(limited, "/api/me")).header("Authorization", "Bearer rr_bogus")
                        .header("X-Forwarded-For", "203.0.113.7").build(), HttpResponse.BodyHandlers.discarding());
            }
            // 700 requests naming someone else's address locked that address out: the header of a peer that is not a
            // trusted proxy names nobody, the connection is the client.
            HttpResponse<String> other = HTTP.send(HttpRequest.newBuilder(uri(limited, "/api/me")).header("Authorization", "Bearer " + opsToken)
                    .header("X-Forwarded-For", "203.0.113.8").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

            assertThat(other.statusCode()).as("the header names another client, the connection is the same: " + other.body()).isEqualTo(429);
        }
    }

    @Test
    void shouldTakeTheClientFromTheRightMostHopThatATrustedProxyAdded() throws Exception {
        try (HttpApi behindProxy = HttpApi.start("127.0.0.1", 0, jobs, () -> true, services(LIMIT), app -> { }, Set.of("127.0.0.1"))) {
            for (int i = 0; i <= LIMIT; i++) {
                HTTP.send(HttpRequest.newBuilder(uri(behindProxy, "/api/me")).header("Authorization", "Bearer rr_bogus" + i)
                        .header("X-Forwarded-For", "203.0.113.7").build(), HttpResponse.BodyHandlers.discarding());
            }

            HttpResponse<String> another = me(behindProxy, opsToken, "203.0.113.8");
            HttpResponse<String> sameWithMadeUpHop = me(behindProxy, opsToken, "198.51.100.1, 203.0.113.7");

            assertThat(another.statusCode()).as("another client behind the proxy: " + another.body()).isEqualTo(200);
            assertThat(sameWithMadeUpHop.statusCode()).as("the hop the proxy added is the client, not what it wrote to its left")
                    .isEqualTo(429);
        }
    }

    @Test
    void shouldLimitATokenWhateverAddressesItComesFrom() throws Exception {
        try (HttpApi behindProxy = HttpApi.start("127.0.0.1", 0, jobs, () -> true, services(LIMIT), app -> { }, Set.of("127.0.0.1"))) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i <= LIMIT; i++) {
                statuses.add(me(behindProxy, crewToken, "198.51.100." + i).statusCode());
            }
            HttpResponse<String> otherToken = me(behindProxy, opsToken, "198.51.100.200");

            assertThat(statuses).as("one token from a new address each time").endsWith(429).doesNotContain(401);
            assertThat(otherToken.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void shouldRefuseAnExpiredTokenAndARevokedOneSayingWhich() throws Exception {
        TokenStore.Issued expiring = tokenStore.issue(Actor.ops("ops-temp"), tokenClock.instant().plus(Duration.ofHours(1)));
        TokenStore.Issued revoked = tokenStore.issue(Actor.crew("rep-gone", "crew-a"), null);
        assertThat(send("GET", "/api/me", null, expiring.token()).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/me", null, revoked.token()).statusCode()).isEqualTo(200);

        tokenClock.advance(Duration.ofHours(1));
        assertThat(tokenStore.revoke(revoked.id())).isTrue();

        assertBad(send("GET", "/api/me", null, expiring.token()), 401, "expired");
        assertBad(send("GET", "/api/me", null, revoked.token()), 401, "revoked");
        assertThat(tokenStore.revoke(revoked.id())).as("revoked once").isFalse();
        assertThat(send("GET", "/api/me", null, opsToken).statusCode()).as("a token issued without expiry lives on").isEqualTo(200);
    }

    @Test
    void shouldRefuseAChunkedBodyPastTheLimitWhileReadingIt() throws Exception {
        long job = jobIn(JobStatus.ACCEPTED);
        byte[] body = ("{\"reason\":\"owner_refused\",\"note\":\"" + "x".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);

        // An input stream of unknown length: the client sends it chunked, with no Content-Length to check. The server
        // answers 413 and closes as soon as the limit is passed; a client still sending may see the connection cut before
        // it reads the answer (a race of the two sides, not a defect), so the request is sent again until one is read.
        HttpResponse<String> answer = null;
        for (int attempt = 0; attempt < 5 && answer == null; attempt++) {
            try {
                answer = HTTP.send(HttpRequest.newBuilder(uri(api, "/api/jobs/" + job + "/fail")).header("Authorization", "Bearer " + opsToken)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException cutWhileSending) {
                assertThat(jobs.find(job).orElseThrow().status()).as("a cut upload takes nothing").isEqualTo(JobStatus.ACCEPTED);
            }
        }

        assertThat(answer).as("an answer read in five attempts").isNotNull();
        assertBad(answer, 413, "larger than");
        assertThat(jobs.find(job).orElseThrow().status()).as("the body was not taken").isEqualTo(JobStatus.ACCEPTED);
    }

    @Test
    void shouldAnswerNulBytesInAQueryParameterOrABodyAsTheSendersFault() throws Exception {
        long job = jobIn(JobStatus.REPORTED);

        assertBad(send("GET", "/api/jobs?city=Pu%00ne", null, opsToken), 400, "NUL");
        assertBad(send("POST", "/api/jobs/" + job + "/cancel", "{\"reason\":\"dup\\u0000licate\"}", opsToken), 400, "NUL");
        assertBad(send("PUT", "/api/crews/crew-z", "{\"name\":\"Van\\u0000Z\",\"kind\":\"van\",\"localities\":[\"Pune|Kothrud\"],"
                + "\"daily_capacity\":5,\"shift_start\":\"08:00\",\"shift_end\":\"18:00\"}", opsToken), 400, "NUL");
        assertThat(jobs.find(job).orElseThrow().status()).isEqualTo(JobStatus.REPORTED);
        assertThat(crews.find("crew-z")).isEmpty();
    }

    @Test
    void shouldForbidSniffingAndReferrersEverywhereAndCachingOfAuthenticatedAnswers() throws Exception {
        List<HttpResponse<String>> answers = List.of(
                send("GET", "/api/health", null, null),
                send("GET", "/api/openapi.json", null, null),
                send("GET", "/api/no-such-route", null, null),
                send("GET", "/api/jobs", null, null),
                send("GET", "/api/jobs", null, opsToken),
                send("GET", "/api/my/jobs", null, crewToken));

        for (HttpResponse<String> answer : answers) {
            String what = answer.request().uri().getPath() + " " + answer.statusCode();
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(what).hasValue("no-referrer");
        }
        assertThat(answers.get(4).headers().firstValue("Cache-Control")).as("authenticated JSON").hasValue("no-store");
        assertThat(answers.get(5).headers().firstValue("Cache-Control")).as("authenticated JSON").hasValue("no-store");
    }

    @Test
    void shouldAnswerACrewThatAsksAboutAnotherCrewsJobAsIfItDidNotExist() throws Exception {
        long theirs = jobIn(JobStatus.REPORTED);
        workflow.assign(theirs, "crew-b", OPS);

        for (String path : List.of("/api/jobs/%d", "/api/jobs/%d/reports")) {
            HttpResponse<String> other = send("GET", path.formatted(theirs), null, crewToken);
            HttpResponse<String> missing = send("GET", path.formatted(999_999_999L), null, crewToken);
            assertThat(other.statusCode()).as(other.body()).isEqualTo(404);
            assertThat(json(other).get("error").asText()).isEqualTo(json(missing).get("error").asText().replace("999999999", Long.toString(theirs)));
        }
        for (String action : List.of("accept", "en-route", "complete", "fail")) {
            HttpResponse<String> other = send("POST", "/api/jobs/" + theirs + "/" + action, "{\"units_restocked\":1,\"reason\":\"shelf_full\"}", crewToken);
            assertBad(other, 404, "no job with id " + theirs);
        }
        assertThat(jobs.find(theirs).orElseThrow().status()).isEqualTo(JobStatus.ASSIGNED);
    }

    @Test
    void shouldRefuseToAssignAJobToACrewThatDoesNotExistIsInactiveOrDoesNotCoverIt() throws Exception {
        long job = jobIn(JobStatus.REPORTED);

        assertBad(send("POST", "/api/jobs/" + job + "/assign", "{\"crew_id\":\"crew-nobody\"}", opsToken), 404, "no crew crew-nobody");
        assertBad(send("POST", "/api/jobs/" + job + "/assign", "{\"crew_id\":\"crew-idle\"}", opsToken), 409, "not active");
        assertBad(send("POST", "/api/jobs/" + job + "/assign", "{\"crew_id\":\"crew-b\"}", opsToken), 409, "does not cover");
        assertThat(jobs.find(job).orElseThrow().status()).isEqualTo(JobStatus.REPORTED);
        assertThat(send("POST", "/api/jobs/" + job + "/assign", "{\"crew_id\":\"crew-a\"}", opsToken).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldLetOpsForceAnOutOfTerritoryAssignmentOnlyWithAnOverrideThatTheHistoryKeeps() throws Exception {
        long job = jobIn(JobStatus.REPORTED);

        assertBad(send("POST", "/api/jobs/" + job + "/assign", "{\"crew_id\":\"crew-b\",\"override\":\"yes\"}", opsToken), 400, "'override'");
        HttpResponse<String> forced = send("POST", "/api/jobs/" + job + "/assign", "{\"crew_id\":\"crew-b\",\"override\":true}", opsToken);

        assertThat(forced.statusCode()).as(forced.body()).isEqualTo(200);
        assertThat(json(forced).get("crew_id").asText()).isEqualTo("crew-b");
        assertThat(TestPostgres.scalar(database, "SELECT count(*) FROM job_event WHERE job_id = " + job
                + " AND to_status = 'assigned' AND crew_id = 'crew-b' AND detail->>'override' = 'true'")).isEqualTo(1);
        assertBad(send("POST", "/api/jobs/" + job + "/assign", "{\"crew_id\":\"crew-idle\",\"override\":true}", opsToken), 409, "not active");
        assertBad(send("POST", "/api/jobs/" + job + "/assign", "{\"crew_id\":\"crew-nobody\",\"override\":true}", opsToken), 404, "no crew");
    }

    private static void assertBad(HttpResponse<String> response, int status, String message) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(json(response).get("error").asText()).contains(message);
    }

    /** A new job of its own outlet in Kothrud (crew-a's and crew-idle's, not crew-b's), brought to the status by ops. */
    private static long jobIn(JobStatus status) {
        int n = OUTLETS.incrementAndGet();
        long job = jobs.record(report("hostile-" + n).at("OUT-HOSTILE-" + n, "Hostile Stores " + n, "Kothrud", "Pune").build()).jobId();
        if (status != JobStatus.REPORTED) {
            workflow.assign(job, "crew-a", OPS);
        }
        if (status == JobStatus.ACCEPTED) {
            workflow.accept(job, OPS);
        }
        assertThat(jobs.find(job).orElseThrow().status()).isEqualTo(status);
        return job;
    }

    private static Crew crew(String id, String locality, boolean active) {
        return new Crew(id, "Crew " + id, Crew.Kind.VAN, Set.of(locality), 1_000, LocalTime.of(8, 0), LocalTime.of(18, 0), active);
    }

    private static HttpResponse<String> send(String method, String path, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(api, path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> me(HttpApi server, String token, String forwardedFor) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(server, "/api/me")).header("Authorization", "Bearer " + token)
                .header("X-Forwarded-For", forwardedFor).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI uri(HttpApi server, String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return ApiJson.mapper().readTree(response.body());
    }
}
