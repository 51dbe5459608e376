package org.restockradar.dispatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restockradar.dispatch.Reports.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.access.Actor;
import org.restockradar.access.TokenStore;
import org.restockradar.access.http.ApiJson;
import org.restockradar.contracts.JobStatus;
import org.restockradar.dispatch.crews.Crew;
import org.restockradar.dispatch.crews.CrewStore;
import org.restockradar.dispatch.events.JobEventFeed;
import org.restockradar.dispatch.events.JobHistory;
import org.restockradar.dispatch.outlets.OutletStore;
import org.restockradar.dispatch.photos.PhotoStore;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.embedded.testing.TestPostgres;
import org.restockradar.dispatch.workflow.JobWorkflow;

/**
 * The {@code Idempotency-Key} header on a crew's POSTs, over HTTP on a real PostgreSQL: the same key twice is one effect
 * and the same answer; another key follows the lifecycle's rules; a key reused for another request is refused; a move on
 * a job taken from the crew meanwhile is answered with what became of it.
 */
@Tag("integration")
final class IdempotencyKeysIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Actor OPS = Actor.ops("ops-meera");
    private static final AtomicInteger OUTLETS = new AtomicInteger();

    private static HikariDataSource database;
    private static JobStore jobs;
    private static JobWorkflow workflow;
    private static JobHistory history;
    private static HttpApi api;
    private static JobEventFeed feed;
    private static String crewA;
    private static String crewB;
    private static String opsToken;

    @BeforeAll
    static void start() {
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 4);
        DispatchSchema.migrate(database);
        jobs = new JobStore(database, CLOCK, Duration.ofHours(48));
        workflow = new JobWorkflow(jobs, CLOCK);
        history = new JobHistory(database);
        CrewStore crews = new CrewStore(database, CLOCK);
        crews.saveAll(List.of(crew("crew-a", "pune|kothrud"), crew("crew-b", "pune|kothrud"), crew("crew-c", "pune|baner")));
        TokenStore tokens = new TokenStore(database, CLOCK);
        crewA = tokens.issue(Actor.crew("rep-anil", "crew-a"));
        crewB = tokens.issue(Actor.crew("rep-bina", "crew-b"));
        opsToken = tokens.issue(OPS);
        feed = new JobEventFeed(database, Duration.ofMillis(100));
        api = HttpApi.start("127.0.0.1", 0, jobs, () -> true, new WorkApi.Services(jobs, workflow, crews, tokens, feed,
                new OutletStore(database, CLOCK), new PhotoStore(database, CLOCK), CLOCK, Duration.ofHours(12), Duration.ofMinutes(90),
                WorkApi.Services.DEFAULT_REQUESTS_PER_MINUTE));
    }

    @AfterAll
    static void stop() {
        api.close();
        feed.close();
        database.close();
    }

    @Test
    void shouldApplyAMoveSentTwiceWithOneKeyOnceAndAnswerTheSame() throws Exception {
        long job = assignedTo("crew-a");
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = post("/api/jobs/" + job + "/accept", "", crewA, key);
        HttpResponse<String> again = post("/api/jobs/" + job + "/accept", "", crewA, key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(again.headers().firstValue(IdempotentRequests.REPLAYED)).hasValue("true");
        assertThat(first.headers().firstValue(IdempotentRequests.REPLAYED)).isEmpty();
        assertThat(moves(job, "accepted")).as("one acceptance in the job's history").isEqualTo(1);
    }

    @Test
    void shouldCompleteOnceWithTheFirstProofWhenACompletionIsSentAgain() throws Exception {
        long job = assignedTo("crew-a");
        workflow.accept(job, OPS);
        workflow.enRoute(job, OPS);
        String key = UUID.randomUUID().toString();
        String proof = "{\"units_restocked\":12,\"note\":\"two cartons\",\"latitude\":18.5074,\"longitude\":73.8077}";

        HttpResponse<String> first = post("/api/jobs/" + job + "/complete", proof, crewA, key);
        HttpResponse<String> again = post("/api/jobs/" + job + "/complete", proof, crewA, key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("status").asText()).isEqualTo("restocked");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(moves(job, "restocked")).isEqualTo(1);

        HttpResponse<String> otherProof = post("/api/jobs/" + job + "/complete", proof.replace("12", "99"), crewA, key);
        assertThat(otherProof.statusCode()).as("the same key with another body").isEqualTo(422);
    }

    @Test
    void shouldClaimOneJobForAClaimSentTwiceWithOneKey() throws Exception {
        long soonest = reported("Baner");
        long next = reported("Baner");
        String crewC = new TokenStore(database, CLOCK).issue(Actor.crew("rep-chetan", "crew-c"));
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = post("/api/claims", "", crewC, key);
        HttpResponse<String> again = post("/api/claims", "", crewC, key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(again).get("id").asLong()).isEqualTo(json(first).get("id").asLong()).isEqualTo(soonest);
        assertThat(jobs.find(next).orElseThrow().status()).as("the second job is still free to claim").isEqualTo(JobStatus.REPORTED);

        HttpResponse<String> newKey = post("/api/claims", "", crewC, UUID.randomUUID().toString());
        assertThat(json(newKey).get("id").asLong()).as("a new key is a new claim").isEqualTo(next);
    }

    @Test
    void shouldFollowTheLifecycleForTheSameMoveUnderAnotherKey() throws Exception {
        long job = assignedTo("crew-a");

        HttpResponse<String> first = post("/api/jobs/" + job + "/accept", "", crewA, UUID.randomUUID().toString());
        HttpResponse<String> second = post("/api/jobs/" + job + "/accept", "", crewA, UUID.randomUUID().toString());
        HttpResponse<String> unkeyed = post("/api/jobs/" + job + "/accept", "", crewA, null);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).as("a second acceptance is refused as without keys").isEqualTo(409);
        assertThat(unkeyed.statusCode()).isEqualTo(409);
        assertThat(moves(job, "accepted")).isEqualTo(1);
    }

    @Test
    void shouldRefuseAKeyUsedForAnotherRequest() throws Exception {
        long job = assignedTo("crew-a");
        long other = assignedTo("crew-a");
        String key = UUID.randomUUID().toString();
        assertThat(post("/api/jobs/" + job + "/accept", "", crewA, key).statusCode()).isEqualTo(200);

        HttpResponse<String> elsewhere = post("/api/jobs/" + other + "/accept", "", crewA, key);
        HttpResponse<String> otherBody = post("/api/jobs/" + job + "/fail", "{\"reason\":\"owner_refused\"}", crewA, key);

        assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(422);
        assertThat(json(elsewhere).get("error").asText()).contains("POST /api/jobs/" + job + "/accept");
        assertThat(otherBody.statusCode()).isEqualTo(422);
        assertThat(jobs.find(other).orElseThrow().status()).isEqualTo(JobStatus.ASSIGNED);
        assertThat(jobs.find(job).orElseThrow().status()).isEqualTo(JobStatus.ACCEPTED);
    }

    @Test
    void shouldKeepKeysApartPerActor() throws Exception {
        long mine = assignedTo("crew-a");
        long theirs = assignedTo("crew-b");
        String key = UUID.randomUUID().toString();

        assertThat(post("/api/jobs/" + mine + "/accept", "", crewA, key).statusCode()).isEqualTo(200);
        HttpResponse<String> same = post("/api/jobs/" + theirs + "/accept", "", crewB, key);

        assertThat(same.statusCode()).as("another crew's key is its own").isEqualTo(200);
        assertThat(jobs.find(theirs).orElseThrow().status()).isEqualTo(JobStatus.ACCEPTED);
    }

    @Test
    void shouldTellACrewThatAJobWasTakenFromItAndReplayThatAnswer() throws Exception {
        long job = assignedTo("crew-a");
        workflow.assign(job, "crew-b", OPS, true);
        long takenBack = assignedTo("crew-a");
        workflow.unassign(takenBack, OPS, "wrong shop");
        String key = UUID.randomUUID().toString();

        HttpResponse<String> reassigned = post("/api/jobs/" + job + "/accept", "", crewA, key);
        HttpResponse<String> again = post("/api/jobs/" + job + "/accept", "", crewA, key);
        HttpResponse<String> unassigned = post("/api/jobs/" + takenBack + "/complete", "{\"units_restocked\":3}", crewA, UUID.randomUUID().toString());

        assertThat(reassigned.statusCode()).isEqualTo(409);
        assertThat(json(reassigned).get("error").asText()).contains("job " + job + " is no longer yours").contains("another crew");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).isEqualTo(reassigned.body());
        assertThat(unassigned.statusCode()).isEqualTo(409);
        assertThat(json(unassigned).get("error").asText()).contains("no longer yours").contains("took it back");
        assertThat(jobs.find(job).orElseThrow().status()).isEqualTo(JobStatus.ASSIGNED);
        assertThat(jobs.find(job).orElseThrow().crewId()).isEqualTo("crew-b");
    }

    @Test
    void shouldRefuseAKeyThatIsNotVisibleAscii() throws Exception {
        long job = assignedTo("crew-a");

        HttpResponse<String> response = post("/api/jobs/" + job + "/accept", "", crewA, "key with spaces");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(jobs.find(job).orElseThrow().status()).isEqualTo(JobStatus.ASSIGNED);
    }

    /** How many events of the job's history moved it to the status. */
    private static long moves(long job, String toStatus) {
        return history.of(job).stream().filter(event -> toStatus.equals(event.toStatus())).count();
    }

    private static long reported(String locality) {
        int n = OUTLETS.incrementAndGet();
        return jobs.record(report("idem-" + n).at("OUT-IDEM-" + n, "Idem Stores " + n, locality, "Pune")
                .reportedAt(org.restockradar.dispatch.Reports.T0.plusSeconds(n)).build()).jobId();
    }

    private static long assignedTo(String crew) {
        long job = reported("Kothrud");
        workflow.assign(job, crew, OPS, false);
        return job;
    }

    private static Crew crew(String id, String locality) {
        return new Crew(id, "Crew " + id, Crew.Kind.VAN, Set.of(locality), 1_000, LocalTime.of(0, 0), LocalTime.of(23, 59), true);
    }

    private static HttpResponse<String> post(String path, String body, String token, String key) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (key != null) {
            request.header(IdempotentRequests.HEADER, key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return ApiJson.mapper().readTree(response.body());
    }
}
