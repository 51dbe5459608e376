package org.restockradar.dispatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restockradar.dispatch.Reports.T0;
import static org.restockradar.dispatch.Reports.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.embedded.testing.TestPostgres;
import org.restockradar.access.TokenStore;
import org.restockradar.dispatch.DispatchTables;
import org.restockradar.dispatch.crews.CrewStore;
import org.restockradar.dispatch.events.JobEventFeed;
import org.restockradar.access.Actor;
import org.restockradar.dispatch.workflow.JobWorkflow;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.dispatch.store.Recorded;

@Tag("integration")
final class JobsApiIT {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static HikariDataSource database;
    private static JobStore store;
    private static final AtomicBoolean consumerRunning = new AtomicBoolean(true);
    private static HttpApi api;
    private static String opsToken;
    private static JobEventFeed feed;

    @BeforeAll
    static void start() {
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 4);
        DispatchSchema.migrate(database);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        store = new JobStore(database, clock, Duration.ofHours(48));
        TokenStore tokens = new TokenStore(database, clock);
        opsToken = tokens.issue(Actor.ops("ops-it"));
        feed = new JobEventFeed(database, Duration.ofMillis(250));
        api = HttpApi.start("127.0.0.1", 0, store, consumerRunning::get, services(store, database, clock));
    }

    private static WorkApi.Services services(JobStore jobs, javax.sql.DataSource dataSource, Clock clock) {
        return new WorkApi.Services(jobs, new JobWorkflow(jobs, clock), new CrewStore(dataSource, clock), new TokenStore(dataSource, clock), feed);
    }

    @AfterAll
    static void stop() {
        api.close();
        feed.close();
        database.close();
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        consumerRunning.set(true);
        DispatchTables.emptyJobs(database);
    }

    @Test
    void shouldListJobsSoonestDueFirstWithTheirFieldsInCamelCase() throws Exception {
        Recorded later = store.record(report("x-1").sku("HIPPO-CHIPS-50G").by("@asha").reportedAt(T0.plusSeconds(3600)).build());
        store.record(report("x-2").sku("HIPPO-CHIPS-50G").by("@ravi").reportedAt(T0.plusSeconds(7200)).build());
        Recorded sooner = store.record(report("x-3").sku(null).by("@meera").reportedAt(T0).build());

        HttpResponse<String> response = get("/api/jobs");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode jobs = JSON.readTree(response.body());
        assertThat(jobs.isArray()).isTrue();
        assertThat(jobs).extracting(job -> job.get("id").asLong()).containsExactly(sooner.jobId(), later.jobId());
        JsonNode chips = jobs.get(1);
        assertThat(fieldNames(chips)).contains("id", "outlet_id", "outlet_name", "city", "locality", "brand", "sku", "status",
                "created_at", "due_at", "report_count", "reporters");
        assertThat(chips.get("outlet_id").asText()).isEqualTo("OUT-PUNE-001");
        assertThat(chips.get("outlet_name").asText()).isEqualTo("Sharma General Store");
        assertThat(chips.get("city").asText()).isEqualTo("Pune");
        assertThat(chips.get("locality").asText()).isEqualTo("Kothrud");
        assertThat(chips.get("brand").asText()).isEqualTo("Hippo");
        assertThat(chips.get("sku").asText()).isEqualTo("HIPPO-CHIPS-50G");
        assertThat(chips.get("status").asText()).isEqualTo("reported");
        assertThat(chips.get("created_at").asText()).isEqualTo("2026-11-20T10:00:00Z");
        assertThat(chips.get("due_at").asText()).isEqualTo("2026-11-22T10:30:00Z");
        assertThat(chips.get("report_count").asInt()).isEqualTo(2);
        assertThat(chips.get("reporters")).extracting(JsonNode::asText).containsExactly("@asha", "@ravi");
        assertThat(jobs.get(0).get("sku").isNull()).as("a brand-level job has sku null").isTrue();
    }

    @Test
    void shouldFilterJobsByStatusAndCity() throws Exception {
        store.record(report("x-1").build());
        store.record(report("x-2").at("OUT-MUM-001", "Patel Kirana", "Andheri", "Mumbai").build());

        assertThat(outletIds(get("/api/jobs?city=mumbai"))).containsExactly("OUT-MUM-001");
        assertThat(outletIds(get("/api/jobs?city=Pune&status=reported"))).containsExactly("OUT-PUNE-001");
        assertThat(outletIds(get("/api/jobs?status=reported"))).hasSize(2);
        assertThat(outletIds(get("/api/jobs?city=Delhi"))).isEmpty();
        assertThat(outletIds(get("/api/jobs?limit=1"))).hasSize(1);
    }

    @Test
    void shouldFilterJobsByBrandCrewAndSeveralStatuses() throws Exception {
        store.record(report("x-1").build());
        long mumbai = store.record(report("x-2").at("OUT-MUM-001", "Patel Kirana", "Andheri", "Mumbai").brand("Kurkure").build()).jobId();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO crew (id, name, kind, daily_capacity, shift_start, shift_end, updated_at)"
                    + " VALUES ('van-m', 'Van M', 'van', 5, '08:00', '18:00', now()) ON CONFLICT DO NOTHING");
            statement.execute("UPDATE restock_job SET status = 'assigned', crew_id = 'van-m' WHERE id = " + mumbai);
        }

        assertThat(outletIds(get("/api/jobs?brand=kurkure"))).containsExactly("OUT-MUM-001");
        assertThat(outletIds(get("/api/jobs?crew=van-m"))).containsExactly("OUT-MUM-001");
        assertThat(outletIds(get("/api/jobs?status=reported,assigned"))).hasSize(2);
        assertThat(outletIds(get("/api/jobs?status=reported&status=assigned"))).hasSize(2);
        assertThat(outletIds(get("/api/jobs?status=assigned"))).containsExactly("OUT-MUM-001");
    }

    @Test
    void shouldRefuseReadsWithoutAToken() throws Exception {
        long job = store.record(report("x-1").build()).jobId();
        for (String path : List.of("/api/jobs", "/api/jobs/" + job)) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(error(response)).contains("Bearer");
        }
    }

    @Test
    void shouldRefuseAnUnknownStatusWithAClearMessage() throws Exception {
        HttpResponse<String> response = get("/api/jobs?status=lost");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).contains("unknown job status 'lost'").contains("reported");
    }

    @Test
    void shouldRefuseALimitOutOfRange() throws Exception {
        HttpResponse<String> response = get("/api/jobs?limit=100000");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).contains("limit must be within [1, 1000]");
    }

    @Test
    void shouldServeOneJobById() throws Exception {
        Recorded recorded = store.record(report("x-1").by("@asha").build());

        HttpResponse<String> response = get("/api/jobs/" + recorded.jobId());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode job = JSON.readTree(response.body());
        assertThat(job.get("id").asLong()).isEqualTo(recorded.jobId());
        assertThat(job.get("reporters")).extracting(JsonNode::asText).containsExactly("@asha");
        assertThat(job.get("due_at").asText()).isEqualTo("2026-11-22T09:30:00Z");
    }

    @Test
    void shouldAnswer404ForAnUnknownJobAnd400ForAnIdThatIsNotANumber() throws Exception {
        HttpResponse<String> unknown = get("/api/jobs/987654");
        HttpResponse<String> notANumber = get("/api/jobs/abc");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(error(unknown)).isEqualTo("no job with id 987654");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(error(notANumber)).isEqualTo("job id must be a whole number: 'abc'");
    }

    @Test
    void shouldAnswer404AsJsonForAnUnknownRoute() throws Exception {
        HttpResponse<String> response = get("/api/nothing-here");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(error(response)).contains("/api/nothing-here");
    }

    @Test
    void shouldRefuseABodyLargerThanTheLimit() throws Exception {
        byte[] body = new byte[(int) HttpApi.MAX_REQUEST_BYTES + 1];
        HttpRequest request = HttpRequest.newBuilder(uri("/api/jobs")).header("Authorization", "Bearer " + opsToken).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();

        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(error(response)).contains("larger than the " + HttpApi.MAX_REQUEST_BYTES);
    }

    @Test
    void shouldServeStaticFilesFromTheClassPathFolderPublic() throws Exception {
        HttpResponse<String> response = get("/probe.txt");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("static files are served\n");
    }

    @Test
    void shouldBeHealthyWhenTheDatabaseAnswersAndTheConsumerRuns() throws Exception {
        HttpResponse<String> response = get("/api/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = JSON.readTree(response.body());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("database").asText()).isEqualTo("UP");
        assertThat(health.get("consumer").asText()).isEqualTo("UP");
    }

    @Test
    void shouldBeUnhealthyWhenTheConsumerIsNotRunning() throws Exception {
        consumerRunning.set(false);

        HttpResponse<String> response = get("/api/health");

        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode health = JSON.readTree(response.body());
        assertThat(health.get("status").asText()).isEqualTo("DOWN");
        assertThat(health.get("consumer").asText()).isEqualTo("DOWN");
        assertThat(health.get("database").asText()).isEqualTo("UP");
    }

    @Test
    void shouldBeUnhealthyAndAnswer503WhenTheDatabaseIsUnreachable() throws Exception {
        JobStore unreachable = new JobStore(TestPostgres.unreachable(), Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(48));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        try (HttpApi cutOff = HttpApi.start("127.0.0.1", 0, unreachable, () -> true, services(unreachable, unreachable.dataSource(), clock))) {
            HttpResponse<String> health = get(cutOff, "/api/health");
            HttpResponse<String> jobs = get(cutOff, "/api/jobs");

            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(health.body()).get("database").asText()).isEqualTo("DOWN");
            assertThat(jobs.statusCode()).isEqualTo(503);
            assertThat(error(jobs)).contains("database is unavailable");
        }
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(api, path);
    }

    private static HttpResponse<String> get(HttpApi server, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + opsToken).timeout(Duration.ofSeconds(10)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + api.port() + path);
    }

    private static String error(HttpResponse<String> response) throws IOException {
        JsonNode body = JSON.readTree(response.body());
        assertThat(fieldNames(body)).containsExactly("error");
        return body.get("error").asText();
    }

    private static List<String> outletIds(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JSON.readTree(response.body()).forEach(job -> ids.add(job.get("outlet_id").asText()));
        return ids;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
