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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.access.Actor;
import org.restockradar.access.TokenStore;
import org.restockradar.access.http.ApiJson;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Outlet;
import org.restockradar.dispatch.crews.Crew;
import org.restockradar.dispatch.crews.CrewStore;
import org.restockradar.dispatch.events.JobEventFeed;
import org.restockradar.dispatch.outlets.OutletStore;
import org.restockradar.dispatch.photos.PhotoStore;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.workflow.JobWorkflow;
import org.restockradar.embedded.testing.TestPostgres;

/** A crew's round over HTTP on a real PostgreSQL: one stop per outlet in 2-opt order, to the crew and to ops only. */
@Tag("integration")
final class CrewRouteApiIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Actor OPS = Actor.ops("ops-meera");

    private static HikariDataSource database;
    private static JobEventFeed feed;
    private static HttpApi api;
    private static String crewToken;
    private static String otherCrewToken;
    private static String opsToken;
    private static String marketerToken;
    private static List<Long> atMinusTwo;
    private static long atPlusOne;
    private static long atPlusFive;

    @BeforeAll
    static void start() {
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 4);
        DispatchSchema.migrate(database);
        JobStore jobs = new JobStore(database, CLOCK, Duration.ofHours(48));
        JobWorkflow workflow = new JobWorkflow(jobs, CLOCK);
        CrewStore crews = new CrewStore(database, CLOCK);
        crews.save(crew("crew-round"));
        crews.save(crew("crew-idle"));
        TokenStore tokens = new TokenStore(database, CLOCK);
        crewToken = tokens.issue(Actor.crew("rep-round", "crew-round"));
        otherCrewToken = tokens.issue(Actor.crew("rep-idle", "crew-idle"));
        opsToken = tokens.issue(OPS);
        marketerToken = tokens.issue(Actor.marketer("mk-1"));
        // On one meridian from the base at 18.50: shops at +1, -2 and +5 hundredths of a degree. Nearest neighbour
        // goes +1, -2, +5 (11 steps of 1.11 km); 2-opt finds -2, +1, +5 (9 steps).
        OutletStore outlets = new OutletStore(database, CLOCK);
        outlets.upsert(outlet("OUT-P1", "Plus One", 18.51));
        outlets.upsert(outlet("OUT-M2", "Minus Two", 18.48));
        outlets.upsert(outlet("OUT-P5", "Plus Five", 18.55));
        atPlusOne = jobs.record(report("round-1").at("OUT-P1", "Plus One", "Kothrud", "Pune").build()).jobId();
        atMinusTwo = new ArrayList<>();
        atMinusTwo.add(jobs.record(report("round-2").at("OUT-M2", "Minus Two", "Kothrud", "Pune").build()).jobId());
        atMinusTwo.add(jobs.record(report("round-3").at("OUT-M2", "Minus Two", "Kothrud", "Pune").sku("HIP-2").build()).jobId());
        atPlusFive = jobs.record(report("round-4").at("OUT-P5", "Plus Five", "Kothrud", "Pune").build()).jobId();
        for (long id : List.of(atPlusOne, atMinusTwo.get(0), atMinusTwo.get(1), atPlusFive)) {
            workflow.assign(id, "crew-round", OPS);
        }
        feed = new JobEventFeed(database, Duration.ofMillis(100));
        api = HttpApi.start("127.0.0.1", 0, jobs, () -> true, new WorkApi.Services(jobs, workflow, crews, tokens, feed,
                outlets, new PhotoStore(database, CLOCK), CLOCK, Duration.ofHours(12), Duration.ofMinutes(90),
                WorkApi.Services.DEFAULT_REQUESTS_PER_MINUTE));
    }

    @AfterAll
    static void stop() {
        api.close();
        feed.close();
        database.close();
    }

    @Test
    void shouldGiveTheCrewOneStopPerOutletInTwoOptOrder() throws Exception {
        HttpResponse<String> response = get("/api/my/route", crewToken);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode round = json(response);
        assertThat(round.get("crew_id").asText()).isEqualTo("crew-round");
        assertThat(round.get("start").get("lat").asDouble()).isEqualTo(18.50);
        List<String> outlets = new ArrayList<>();
        round.get("stops").forEach(stop -> outlets.add(stop.get("outlet_id").asText()));
        assertThat(outlets).as("one stop per outlet, the shortest order").containsExactly("OUT-M2", "OUT-P1", "OUT-P5");
        JsonNode first = round.get("stops").get(0);
        assertThat(first.get("stop").asInt()).isEqualTo(1);
        assertThat(first.get("leg_km").asDouble()).isEqualTo(2.22);
        List<Long> jobsAtFirst = new ArrayList<>();
        first.get("jobs").forEach(job -> jobsAtFirst.add(job.get("id").asLong()));
        assertThat(jobsAtFirst).containsExactlyInAnyOrderElementsOf(atMinusTwo);
        assertThat(round.get("stops").get(1).get("jobs").get(0).get("id").asLong()).isEqualTo(atPlusOne);
        assertThat(round.get("stops").get(2).get("jobs").get(0).get("id").asLong()).isEqualTo(atPlusFive);
        assertThat(round.get("total_km").asDouble()).isEqualTo(10.01);
        assertThat(round.get("nearest_neighbour_km").asDouble()).isEqualTo(12.23);
    }

    @Test
    void shouldGiveOpsTheSameRoundOfAChosenCrew() throws Exception {
        JsonNode viaOps = json(get("/api/crews/crew-round/route", opsToken));
        JsonNode viaCrew = json(get("/api/my/route", crewToken));

        assertThat(viaOps).isEqualTo(viaCrew);
        assertThat(get("/api/crews/no-such-crew/route", opsToken).statusCode()).isEqualTo(404);
    }

    @Test
    void shouldGiveAnotherCrewOnlyItsOwnEmptyRound() throws Exception {
        JsonNode round = json(get("/api/my/route", otherCrewToken));

        assertThat(round.get("crew_id").asText()).isEqualTo("crew-idle");
        assertThat(round.get("stops")).isEmpty();
    }

    @Test
    void shouldRefuseTheRoundsToTheWrongRoles() throws Exception {
        assertThat(get("/api/my/route", opsToken).statusCode()).isEqualTo(403);
        assertThat(get("/api/my/route", marketerToken).statusCode()).isEqualTo(403);
        assertThat(get("/api/my/route", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/crews/crew-round/route", crewToken).statusCode()).isEqualTo(403);
        assertThat(get("/api/crews/crew-round/route", marketerToken).statusCode()).isEqualTo(403);
        assertThat(get("/api/crews/crew-round/route", null).statusCode()).isEqualTo(401);
    }

    private static Crew crew(String id) {
        return new Crew(id, "Crew " + id, Crew.Kind.VAN, Set.of("pune|kothrud"), Set.of(), List.of(), new GeoPoint(18.50, 73.80),
                100, LocalTime.of(8, 0), LocalTime.of(18, 0), Crew.DEFAULT_TIME_ZONE, true);
    }

    private static Outlet outlet(String id, String name, double lat) {
        return new Outlet(id, name, "Pune", "Kothrud", "Pune", "MH", "India", new GeoPoint(lat, 73.80));
    }

    private static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return ApiJson.mapper().readTree(response.body());
    }
}
