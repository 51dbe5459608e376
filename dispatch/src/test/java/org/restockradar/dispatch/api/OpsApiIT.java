package org.restockradar.dispatch.api;

import org.restockradar.access.http.ApiJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.restockradar.dispatch.Reports.report;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Outlet;
import org.restockradar.embedded.testing.TestPostgres;
import org.restockradar.access.Actor;
import org.restockradar.access.TokenStore;
import org.restockradar.dispatch.crews.CrewStore;
import org.restockradar.dispatch.events.JobEventFeed;
import org.restockradar.dispatch.needslocation.NeedsLocationStore;
import org.restockradar.dispatch.outlets.OutletStore;
import org.restockradar.dispatch.stats.StatsStore;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.workflow.JobWorkflow;

/** The ops dashboard routes over HTTP on a real PostgreSQL: ops only, clear 4xx, placing a report opens a job. */
@Tag("integration")
final class OpsApiIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicInteger MENTIONS = new AtomicInteger();

    enum Caller { OPS, CREW, MARKETER, ANONYMOUS }

    private static HikariDataSource database;
    private static NeedsLocationStore needsLocation;
    private static HttpApi api;
    private static JobEventFeed feed;
    private static Map<Caller, String> tokens;

    @BeforeAll
    static void start() {
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 8);
        DispatchSchema.migrate(database);
        JobStore jobs = new JobStore(database, CLOCK, Duration.ofHours(48));
        CrewStore crews = new CrewStore(database, CLOCK);
        try (java.sql.Connection connection = database.getConnection(); java.sql.Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO crew (id, name, kind, daily_capacity, shift_start, shift_end, updated_at) "
                    + "VALUES ('crew-a', 'Van A', 'van', 10, '08:00', '20:00', now())");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot add crew-a", e);
        }
        OutletStore outlets = new OutletStore(database, CLOCK);
        outlets.upsert(new Outlet("PUN-1", "Sharma General Store", "12 FC Road 411004", "Kothrud", "Pune", "MH", "IN", new GeoPoint(18.5, 73.8)));
        TokenStore tokenStore = new TokenStore(database, CLOCK);
        tokens = Map.of(
                Caller.OPS, tokenStore.issue(Actor.ops("ops-meera")),
                Caller.CREW, tokenStore.issue(Actor.crew("rep-anil", "crew-a")),
                Caller.MARKETER, tokenStore.issue(Actor.marketer("mk-1")));
        needsLocation = new NeedsLocationStore(database, jobs::record, CLOCK);
        feed = new JobEventFeed(database, Duration.ofMillis(100));
        api = HttpApi.start("127.0.0.1", 0, jobs, () -> true, new WorkApi.Services(jobs, new JobWorkflow(jobs, CLOCK), crews, tokenStore, feed),
                app -> OpsApi.register(app, new OpsApi.Services(tokenStore, needsLocation, new StatsStore(database, since -> 7, CLOCK), 10_000)));
    }

    @AfterAll
    static void stop() {
        api.close();
        feed.close();
        database.close();
    }

    /** A route and what ops get from it: each route is refused to every other caller. */
    static Stream<Arguments> routes() {
        return Stream.of(Caller.CREW, Caller.MARKETER, Caller.ANONYMOUS).flatMap(caller -> Stream.of(
                Arguments.of("GET", "/api/needs-location", "", caller),
                Arguments.of("GET", "/api/stats/overview", "", caller),
                Arguments.of("POST", "/api/needs-location/%s/place", "{\"outlet_id\":\"PUN-1\"}", caller),
                Arguments.of("POST", "/api/needs-location/%s/dismiss", "{\"reason\":\"not ours\"}", caller)));
    }

    @ParameterizedTest(name = "{0} {1} by {3}")
    @MethodSource("routes")
    void shouldServeTheDashboardRoutesToOpsOnly(String method, String path, String body, Caller caller) throws Exception {
        String mention = unplaced();

        HttpResponse<String> refused = call(method, path.formatted(mention), body, caller);
        HttpResponse<String> served = call(method, path.formatted(mention), body, Caller.OPS);

        assertThat(refused.statusCode()).isEqualTo(caller == Caller.ANONYMOUS ? 401 : 403);
        assertThat(json(refused).get("error").asText()).isNotBlank();
        assertThat(served.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldPlaceAReportAtAnOutletAndRefuseAnotherOutletAfterwards() throws Exception {
        String mention = unplaced();
        HttpResponse<String> listed = call("GET", "/api/needs-location", "", Caller.OPS);
        JsonNode entry = find(json(listed), mention);
        assertThat(entry.get("candidates").get(0).get("id").asText()).isEqualTo("PUN-1");

        HttpResponse<String> placed = call("POST", "/api/needs-location/" + mention + "/place", "{\"outlet_id\":\"PUN-1\"}", Caller.OPS);
        HttpResponse<String> elsewhere = call("POST", "/api/needs-location/" + mention + "/place", "{\"outlet_id\":\"PUN-9\"}", Caller.OPS);

        assertThat(placed.statusCode()).isEqualTo(200);
        assertThat(json(placed).get("job_id").asLong()).isPositive();
        assertThat(elsewhere.statusCode()).isEqualTo(409);
        assertThat(json(elsewhere).get("error").asText()).contains("placed at outlet PUN-1");
    }

    @Test
    void shouldAnswerBadInputWithAClearClientError() throws Exception {
        String mention = unplaced();

        HttpResponse<String> badDays = call("GET", "/api/stats/overview?days=week", "", Caller.OPS);
        HttpResponse<String> noOutlet = call("POST", "/api/needs-location/" + mention + "/place", "{}", Caller.OPS);
        HttpResponse<String> unknown = call("POST", "/api/needs-location/x-nobody/place", "{\"outlet_id\":\"PUN-1\"}", Caller.OPS);
        HttpResponse<String> badStatus = call("GET", "/api/needs-location?status=lost", "", Caller.OPS);

        assertThat(badDays.statusCode()).isEqualTo(400);
        assertThat(json(badDays).get("error").asText()).contains("days");
        assertThat(noOutlet.statusCode()).isEqualTo(400);
        assertThat(json(noOutlet).get("error").asText()).contains("outlet_id");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(badStatus.statusCode()).isEqualTo(400);
    }

    @Test
    void shouldAnswerBadInputWith400EvenOnAServerWithoutTheWorkRoutes() throws Exception {
        JobStore jobs = new JobStore(database, CLOCK, Duration.ofHours(48));
        // No WorkApi.Services: the ops routes alone, whose bad input must not depend on another route set's handlers.
        try (HttpApi opsOnly = HttpApi.start("127.0.0.1", 0, jobs, () -> true, null,
                app -> OpsApi.register(app, new OpsApi.Services(new TokenStore(database, CLOCK), needsLocation,
                        new StatsStore(database, since -> 7, CLOCK), 10_000)))) {
            String mention = unplaced();

            for (String path : new String[] {"/api/stats/overview?days=week", "/api/stats/overview?days=0", "/api/needs-location?limit=lots",
                    "/api/needs-location?limit=9999", "/api/needs-location?status=lost"}) {
                HttpResponse<String> bad = call(opsOnly, "GET", path, "", Caller.OPS);
                assertThat(bad.statusCode()).as(path + " -> " + bad.body()).isEqualTo(400);
                assertThat(json(bad).get("error").asText()).as(path).containsAnyOf("days", "limit", "status");
            }
            HttpResponse<String> noReason = call(opsOnly, "POST", "/api/needs-location/" + mention + "/dismiss", "{}", Caller.OPS);
            assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
            assertThat(json(noReason).get("error").asText()).contains("reason");
        }
    }

    @Test
    void shouldServeTheFunnelWithTheMentionCount() throws Exception {
        HttpResponse<String> overview = call("GET", "/api/stats/overview?days=3", "", Caller.OPS);

        assertThat(overview.statusCode()).isEqualTo(200);
        JsonNode body = json(overview);
        assertThat(body.get("funnel").get("mentions").asLong()).isEqualTo(7);
        assertThat(body.get("jobs_per_day")).hasSize(3);
        assertThat(body.get("reports_per_hour")).hasSize(24);
    }

    private static String unplaced() {
        String mention = "x-ops-" + MENTIONS.incrementAndGet();
        needsLocation.take(report(mention).withoutOutlet().at(null, null, "Kothrud", "Pune").build());
        return mention;
    }

    private static JsonNode find(JsonNode entries, String mention) {
        for (JsonNode entry : entries) {
            if (entry.get("mention_id").asText().equals(mention)) {
                return entry;
            }
        }
        throw new AssertionError(mention + " is not listed: " + entries);
    }

    private static HttpResponse<String> call(String method, String path, String body, Caller caller) throws Exception {
        return call(api, method, path, body, caller);
    }

    private static HttpResponse<String> call(HttpApi server, String method, String path, String body, Caller caller) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (caller != Caller.ANONYMOUS) {
            request.header("Authorization", "Bearer " + tokens.get(caller));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return ApiJson.mapper().readTree(response.body());
    }
}
