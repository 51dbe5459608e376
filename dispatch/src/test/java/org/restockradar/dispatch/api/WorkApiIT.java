package org.restockradar.dispatch.api;

import org.restockradar.access.http.ApiJson;
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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
import org.restockradar.dispatch.crews.Crew;
import org.restockradar.dispatch.crews.CrewStore;
import org.restockradar.dispatch.events.JobEventFeed;
import org.restockradar.dispatch.outlets.OutletStore;
import org.restockradar.dispatch.photos.PhotoStore;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.contracts.JobStatus;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.workflow.JobWorkflow;
import org.restockradar.dispatch.workflow.Proof;

/** The work API over HTTP on a real PostgreSQL: the matrix of role x endpoint x another crew's job, and bad input. */
@Tag("integration")
final class WorkApiIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Actor OPS = Actor.ops("ops-meera");
    private static final AtomicInteger OUTLETS = new AtomicInteger();

    /** Who calls: the job's own crew, another crew, ops, a marketer, nobody. */
    enum Caller { OPS, OWN_CREW, OTHER_CREW, MARKETER, ANONYMOUS }

    private static HikariDataSource database;
    private static JobStore jobs;
    private static JobWorkflow workflow;
    private static HttpApi api;
    private static Map<Caller, String> tokens;
    private static JobEventFeed feed;

    @BeforeAll
    static void start() {
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 8);
        DispatchSchema.migrate(database);
        jobs = new JobStore(database, CLOCK, Duration.ofHours(48));
        workflow = new JobWorkflow(jobs, CLOCK);
        CrewStore crews = new CrewStore(database, CLOCK);
        crews.saveAll(List.of(crew("crew-a"), crew("crew-b")));
        TokenStore tokenStore = new TokenStore(database, CLOCK);
        tokens = Map.of(
                Caller.OPS, tokenStore.issue(OPS),
                Caller.OWN_CREW, tokenStore.issue(Actor.crew("rep-anil", "crew-a")),
                Caller.OTHER_CREW, tokenStore.issue(Actor.crew("rep-bina", "crew-b")),
                Caller.MARKETER, tokenStore.issue(Actor.marketer("mk-1")));
        feed = new JobEventFeed(database, Duration.ofMillis(100));
        api = HttpApi.start("127.0.0.1", 0, jobs, () -> true, new WorkApi.Services(jobs, workflow, crews, tokenStore, feed,
                new OutletStore(database, CLOCK), new PhotoStore(database, CLOCK), CLOCK, Duration.ofHours(12), Duration.ofMinutes(90),
                WorkApi.Services.DEFAULT_REQUESTS_PER_MINUTE));
    }

    @AfterAll
    static void stop() {
        api.close();
        feed.close();
        database.close();
    }

    /**
     * An endpoint, the status its job must be in (assigned to crew-a when not reported), its body, who may call it, and
     * bodies it refuses (none for an endpoint that takes no body).
     */
    private record Endpoint(String action, JobStatus precondition, String body, Set<Caller> allowed, List<String> badBodies) {
        Endpoint(String action, JobStatus precondition, String body, Set<Caller> allowed) {
            this(action, precondition, body, allowed, List.of());
        }

        /** Whether the caller's role may use the endpoint at all: another crew may, on its own jobs. */
        boolean allowsRoleOf(Caller caller) {
            return allowed.contains(caller) || caller == Caller.OTHER_CREW && allowed.contains(Caller.OWN_CREW);
        }

        @Override
        public String toString() {
            return action;
        }
    }

    private static final Set<Caller> OPS_ONLY = Set.of(Caller.OPS);
    private static final Set<Caller> OPS_AND_OWN_CREW = Set.of(Caller.OPS, Caller.OWN_CREW);
    private static final String NOT_JSON = "{not json";
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("assign", JobStatus.REPORTED, "{\"crew_id\":\"crew-a\"}", OPS_ONLY, List.of(NOT_JSON, "{}", "{\"crew_id\":7}")),
            new Endpoint("unassign", JobStatus.ASSIGNED, "{\"note\":\"wrong crew\"}", OPS_ONLY, List.of(NOT_JSON, "{\"note\":7}")),
            new Endpoint("accept", JobStatus.ASSIGNED, "", OPS_AND_OWN_CREW),
            new Endpoint("en-route", JobStatus.ACCEPTED, "", OPS_AND_OWN_CREW),
            new Endpoint("complete", JobStatus.EN_ROUTE, "{\"units_restocked\":12,\"note\":\"2 cartons\",\"latitude\":18.5,\"longitude\":73.8}",
                    OPS_AND_OWN_CREW, List.of(NOT_JSON, "{\"note\":\"x\"}", "{\"units_restocked\":0}", "{\"units_restocked\":4,\"photo_ref\":\"ph_unknown\"}")),
            new Endpoint("fail", JobStatus.ACCEPTED, "{\"reason\":\"owner_refused\"}", OPS_AND_OWN_CREW, List.of(NOT_JSON, "{}", "{\"reason\":\"rain\"}")),
            new Endpoint("verify", JobStatus.RESTOCKED, "", OPS_ONLY),
            new Endpoint("cancel", JobStatus.ASSIGNED, "{\"reason\":\"duplicate\"}", OPS_ONLY, List.of(NOT_JSON, "{}", "{\"reason\":\" \"}")));
    /** A job id no job has. */
    private static final long NO_SUCH_JOB = 999_999_999L;

    static Stream<Arguments> matrix() {
        return ENDPOINTS.stream().flatMap(endpoint -> Stream.of(Caller.values()).map(caller -> Arguments.of(endpoint, caller)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("matrix")
    void shouldLetOnlyTheRightRoleAndCrewActOnAJob(Endpoint endpoint, Caller caller) throws Exception {
        long job = jobIn(endpoint.precondition());

        HttpResponse<String> response = post("/api/jobs/" + job + "/" + endpoint.action(), endpoint.body(), caller);

        int expected = caller == Caller.ANONYMOUS ? 401 : endpoint.allowed().contains(caller) ? 200 : refusal(endpoint, caller);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        JobStatus after = jobs.find(job).orElseThrow().status();
        if (expected == 200) {
            assertThat(after).isNotEqualTo(endpoint.precondition());
            assertThat(json(response).get("id").asLong()).isEqualTo(job);
        } else {
            assertThat(after).as("a refused call changes nothing").isEqualTo(endpoint.precondition());
            assertThat(json(response).get("error").asText()).isNotBlank();
        }
    }

    /**
     * What a caller who may not act on a job gets: 403 when its role may not use the endpoint; 404 for another crew,
     * the same as for a job that does not exist, so that a crew cannot tell which job ids exist.
     */
    private static int refusal(Endpoint endpoint, Caller caller) {
        return endpoint.allowsRoleOf(caller) && caller == Caller.OTHER_CREW ? 404 : 403;
    }

    static Stream<Arguments> badBodies() {
        return ENDPOINTS.stream().filter(endpoint -> !endpoint.badBodies().isEmpty())
                .flatMap(endpoint -> Stream.of(Caller.values()).map(caller -> Arguments.of(endpoint, caller)));
    }

    @ParameterizedTest(name = "{0} with a bad body by {1}")
    @MethodSource("badBodies")
    void shouldRefuseACallerWhoMayNotActWhateverTheBodyAndTellAnAllowedOneWhatIsWrongWithIt(Endpoint endpoint, Caller caller) throws Exception {
        long job = jobIn(endpoint.precondition());

        for (String body : endpoint.badBodies()) {
            HttpResponse<String> response = post("/api/jobs/" + job + "/" + endpoint.action(), body, caller);

            int expected = caller == Caller.ANONYMOUS ? 401 : endpoint.allowed().contains(caller) ? 400 : refusal(endpoint, caller);
            assertThat(response.statusCode()).as(body + " -> " + response.body()).isEqualTo(expected);
            assertThat(json(response).get("error").asText()).isNotBlank();
        }
        assertThat(jobs.find(job).orElseThrow().status()).as("a refused call changes nothing").isEqualTo(endpoint.precondition());
    }

    @ParameterizedTest(name = "{0} of a job that does not exist by {1}")
    @MethodSource("matrix")
    void shouldRefuseACallerWhoMayNotUseAnEndpointBeforeSayingTheJobDoesNotExist(Endpoint endpoint, Caller caller) throws Exception {
        HttpResponse<String> response = post("/api/jobs/" + NO_SUCH_JOB + "/" + endpoint.action(), endpoint.body(), caller);

        int expected = caller == Caller.ANONYMOUS ? 401 : endpoint.allowsRoleOf(caller) ? 404 : 403;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        assertThat(json(response).get("error").asText()).isNotBlank();
    }

    /** A read of one job (assigned to crew-a): who may read it. */
    private record JobRead(String path, Set<Caller> allowed) {
        @Override
        public String toString() {
            return path;
        }
    }

    private static final List<JobRead> JOB_READS = List.of(
            new JobRead("/api/jobs/{id}", OPS_AND_OWN_CREW),
            new JobRead("/api/jobs/{id}/reports", OPS_AND_OWN_CREW),
            new JobRead("/api/jobs/{id}/events", OPS_AND_OWN_CREW));

    static Stream<Arguments> jobReads() {
        return JOB_READS.stream().flatMap(read -> Stream.of(Caller.values()).map(caller -> Arguments.of(read, caller)));
    }

    @ParameterizedTest(name = "GET {0} by {1}")
    @MethodSource("jobReads")
    void shouldLetOnlyOpsAndTheJobsOwnCrewReadAJob(JobRead read, Caller caller) throws Exception {
        long job = jobIn(JobStatus.ASSIGNED);

        HttpResponse<String> response = get(read.path().replace("{id}", Long.toString(job)), caller);

        // Another crew's job is, to a crew, no job at all.
        int expected = caller == Caller.ANONYMOUS ? 401 : read.allowed().contains(caller) ? 200 : caller == Caller.OTHER_CREW ? 404 : 403;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        if (expected != 200) {
            assertThat(json(response).get("error").asText()).isNotBlank();
        }
        HttpResponse<String> missing = get(read.path().replace("{id}", Long.toString(NO_SUCH_JOB)), caller);
        int expectedMissing = caller == Caller.ANONYMOUS ? 401 : caller == Caller.MARKETER ? 403 : 404;
        assertThat(missing.statusCode()).as("a job that does not exist: " + missing.body()).isEqualTo(expectedMissing);
    }

    /** A route that is not about one job: who may call it (GET). */
    private record Route(String path, Set<Caller> allowed) {
        @Override
        public String toString() {
            return path;
        }
    }

    private static final Set<Caller> CREWS = Set.of(Caller.OWN_CREW, Caller.OTHER_CREW);
    private static final List<Route> ROUTES = List.of(
            new Route("/api/jobs", OPS_ONLY),
            new Route("/api/jobs?status=assigned,accepted&crew=crew-a&brand=Hippo&city=Pune", OPS_ONLY),
            new Route("/api/me", Set.of(Caller.OPS, Caller.OWN_CREW, Caller.OTHER_CREW, Caller.MARKETER)),
            new Route("/api/outlets?open_jobs=true", OPS_ONLY),
            new Route("/api/crews", OPS_ONLY),
            new Route("/api/my/jobs", CREWS));

    static Stream<Arguments> routes() {
        return ROUTES.stream().flatMap(route -> Stream.of(Caller.values()).map(caller -> Arguments.of(route, caller)));
    }

    @ParameterizedTest(name = "GET {0} by {1}")
    @MethodSource("routes")
    void shouldLetOnlyTheRightRoleCallARoute(Route route, Caller caller) throws Exception {
        HttpResponse<String> response = get(route.path(), caller);

        int expected = caller == Caller.ANONYMOUS ? 401 : route.allowed().contains(caller) ? 200 : 403;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
    }

    @Test
    void shouldTellTheCallerWhoItIs() throws Exception {
        JsonNode crew = json(get("/api/me", Caller.OWN_CREW));
        assertThat(crew.get("actor").asText()).isEqualTo("rep-anil");
        assertThat(crew.get("role").asText()).isEqualTo("crew");
        assertThat(crew.get("crew_id").asText()).isEqualTo("crew-a");
        JsonNode ops = json(get("/api/me", Caller.OPS));
        assertThat(ops.get("role").asText()).isEqualTo("ops");
        assertThat(ops.get("crew_id").isNull()).isTrue();
    }

    @Test
    void shouldTellThePagesTheSlaWarningThresholdTheServerWasGiven() throws Exception {
        // The server here was started with a 90 min threshold, not the 12 h default: the pages must get that one.
        assertThat(json(get("/api/me", Caller.OWN_CREW)).get("sla_warning_before_seconds").asLong()).isEqualTo(5400);
        assertThat(json(get("/api/me", Caller.OPS)).get("sla_warning_before_seconds").asLong()).isEqualTo(5400);
    }

    @Test
    void shouldListTheReportsMergedIntoAJob() throws Exception {
        long job = jobIn(JobStatus.ASSIGNED);
        mergeReport(job, "merged-" + job, "still none");

        JsonNode reports = json(get("/api/jobs/" + job + "/reports", Caller.OWN_CREW));

        assertThat(reports).hasSize(2);
        assertThat(reports.get(1).get("mention_id").asText()).isEqualTo("merged-" + job);
        assertThat(reports.get(1).get("reporter_handle").asText()).isEqualTo("@ravi");
        assertThat(reports.get(1).get("text").asText()).isEqualTo("still none");
        assertThat(reports.get(1).get("source").asText()).isEqualTo("x");
        assertThat(reports.get(1).get("reported_at").asText()).isEqualTo("2026-11-20T09:31:00Z");
        assertBad(get("/api/jobs/999999/reports", Caller.OPS), 404, "no job with id 999999");
    }

    @Test
    void shouldListOutletsWithOpenJobsAndShowJobsWhereTheirOutletIs() throws Exception {
        OutletStore outlets = new OutletStore(database, CLOCK);
        outlets.upsert(new Outlet("OUT-API-MAP", "Map Stores", "Paud Rd, Kothrud, Pune 411038", "Kothrud", "Pune", "Maharashtra", "India",
                new GeoPoint(18.5074, 73.8077)));
        outlets.upsert(new Outlet("OUT-API-IDLE", "Idle Stores", "Baner, Pune 411045", "Baner", "Pune", "Maharashtra", "India",
                new GeoPoint(18.559, 73.7868)));
        long job = jobs.record(report("map-1").at("OUT-API-MAP", "Map Stores", "Kothrud", "Pune").build()).jobId();
        workflow.assign(job, "crew-a", OPS);

        JsonNode open = json(get("/api/outlets?open_jobs=true", Caller.OPS));
        JsonNode all = json(get("/api/outlets", Caller.OPS));

        List<String> openIds = new ArrayList<>();
        open.forEach(outlet -> openIds.add(outlet.get("id").asText()));
        assertThat(openIds).contains("OUT-API-MAP").doesNotContain("OUT-API-IDLE");
        assertThat(all.toString()).contains("OUT-API-IDLE");
        JsonNode map = open.get(openIds.indexOf("OUT-API-MAP"));
        assertThat(map.get("open_jobs").asInt()).isEqualTo(1);
        assertThat(map.get("lat").asDouble()).isEqualTo(18.5074);
        assertThat(map.get("locality").asText()).isEqualTo("Kothrud");
        JsonNode mine = null;
        for (JsonNode listed : json(get("/api/my/jobs", Caller.OWN_CREW))) {
            if (listed.get("id").asLong() == job) {
                mine = listed;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("outlet_location").get("lat").asDouble()).isEqualTo(18.5074);
        assertThat(mine.get("outlet_location").get("lon").asDouble()).isEqualTo(73.8077);
        assertThat(mine.get("crew_id").asText()).isEqualTo("crew-a");
        assertThat(mine.get("uncovered").asBoolean()).isFalse();
    }

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1};

    @ParameterizedTest(name = "photos by {0}")
    @org.junit.jupiter.params.provider.EnumSource(Caller.class)
    void shouldLetOnlyTheJobsCrewUploadAPhotoAndOnlyItAndOpsSeeIt(Caller caller) throws Exception {
        long job = jobIn(JobStatus.EN_ROUTE);
        String ref = json(upload(job, JPEG, "image/jpeg", Caller.OWN_CREW)).get("photo_ref").asText();

        HttpResponse<String> uploaded = upload(job, JPEG, "image/jpeg", caller);
        HttpResponse<byte[]> seen = HTTP.send(authorized(HttpRequest.newBuilder(uri("/api/photos/" + ref)), caller).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        HttpResponse<String> uploadedToNoJob = upload(NO_SUCH_JOB, JPEG, "image/jpeg", caller);
        HttpResponse<String> unknown = get("/api/photos/ph_unknown", caller);

        // To another crew, the job and its photo are as if they did not exist.
        int expectedUpload = caller == Caller.ANONYMOUS ? 401 : caller == Caller.OWN_CREW ? 201 : caller == Caller.OTHER_CREW ? 404 : 403;
        int expectedView = caller == Caller.ANONYMOUS ? 401 : OPS_AND_OWN_CREW.contains(caller) ? 200 : caller == Caller.OTHER_CREW ? 404 : 403;
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(expectedUpload);
        assertThat(seen.statusCode()).isEqualTo(expectedView);
        // Only a caller whose role may use the route learns that the job or the photo does not exist.
        int expectedUploadToNoJob = caller == Caller.ANONYMOUS ? 401 : CREWS.contains(caller) ? 404 : 403;
        int expectedUnknown = caller == Caller.ANONYMOUS ? 401 : caller == Caller.MARKETER ? 403 : 404;
        assertThat(uploadedToNoJob.statusCode()).as(uploadedToNoJob.body()).isEqualTo(expectedUploadToNoJob);
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(expectedUnknown);
        if (expectedView == 200) {
            assertThat(seen.body()).isEqualTo(JPEG);
            assertThat(seen.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            assertThat(seen.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    @Test
    void shouldTakeAnUploadedPhotoAsProofOfItsOwnJobOnly() throws Exception {
        long job = jobIn(JobStatus.EN_ROUTE);
        long other = jobIn(JobStatus.EN_ROUTE);
        String ref = json(upload(job, JPEG, "image/jpeg", Caller.OWN_CREW)).get("photo_ref").asText();
        String otherRef = json(upload(other, JPEG, "image/jpeg", Caller.OWN_CREW)).get("photo_ref").asText();

        assertBad(post("/api/jobs/" + job + "/complete", "{\"units_restocked\":4,\"photo_ref\":\"" + otherRef + "\"}", Caller.OWN_CREW),
                400, "is not a photo uploaded for job " + job);
        assertBad(post("/api/jobs/" + job + "/complete", "{\"units_restocked\":4,\"photo_ref\":\"photos/x.jpg\"}", Caller.OWN_CREW),
                400, "is not a photo uploaded");
        HttpResponse<String> done = post("/api/jobs/" + job + "/complete", "{\"units_restocked\":4,\"photo_ref\":\"" + ref + "\"}", Caller.OWN_CREW);

        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(json(done).get("status").asText()).isEqualTo("restocked");
    }

    @Test
    void shouldRefuseAnUploadThatIsNotAJpegOrPngOrTooLargeOrNotMultipart() throws Exception {
        long job = jobIn(JobStatus.ACCEPTED);

        assertBad(upload(job, "<svg onload=alert(1)/>".getBytes(StandardCharsets.UTF_8), "image/jpeg", Caller.OWN_CREW), 400,
                "must be a JPEG or a PNG");
        assertBad(upload(job, new byte[0], "image/png", Caller.OWN_CREW), 400, "the photo is empty");
        byte[] large = new byte[PhotoStore.MAX_BYTES + 1];
        System.arraycopy(JPEG, 0, large, 0, JPEG.length);
        assertBad(upload(job, large, "image/jpeg", Caller.OWN_CREW), 413, "2097152");
        byte[] huge = new byte[3 * 1024 * 1024];
        assertBad(upload(job, huge, "image/jpeg", Caller.OWN_CREW), 413, "larger than");
        assertBad(post("/api/jobs/" + job + "/photos", "{\"photo\":\"base64...\"}", Caller.OWN_CREW), 400, "multipart/form-data, field 'photo'");
        assertBad(upload(jobIn(JobStatus.RESTOCKED), JPEG, "image/jpeg", Caller.OWN_CREW), 409, "photos are taken while");
        assertBad(upload(999_999, JPEG, "image/jpeg", Caller.OWN_CREW), 404, "no job with id 999999");
        assertBad(get("/api/photos/ph_unknown", Caller.OPS), 404, "no photo ph_unknown");
    }

    private static HttpResponse<String> upload(long job, byte[] photo, String type, Caller caller) throws IOException, InterruptedException {
        String boundary = "rr-boundary-" + job;
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"shelf.jpg\"\r\nContent-Type: " + type
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + photo.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(photo, 0, body, head.length, photo.length);
        System.arraycopy(tail, 0, body, head.length + photo.length, tail.length);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/jobs/" + job + "/photos")).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return HTTP.send(authorized(request, caller).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, Caller caller) {
        return caller == Caller.ANONYMOUS ? request : request.header("Authorization", "Bearer " + tokens.get(caller));
    }

    @Test
    void shouldLetOnlyACrewClaimAndReturnNoContentWhenNothingIsLeft() throws Exception {
        for (Caller caller : List.of(Caller.OPS, Caller.MARKETER)) {
            assertThat(post("/api/claims", "", caller).statusCode()).isEqualTo(403);
        }
        assertThat(post("/api/claims", "", Caller.ANONYMOUS).statusCode()).isEqualTo(401);
        long job = jobIn(JobStatus.REPORTED);
        HttpResponse<String> claimed = post("/api/claims", "", Caller.OTHER_CREW);
        assertThat(claimed.statusCode()).isEqualTo(200);
        assertThat(json(claimed).get("status").asText()).isEqualTo("assigned");
        // Earlier tests left reported jobs too: claim until none is left, then 204.
        int status = 200;
        for (int i = 0; i < 200 && status == 200; i++) {
            status = post("/api/claims", "", Caller.OTHER_CREW).statusCode();
        }
        assertThat(status).isEqualTo(204);
        assertThat(jobs.find(job).orElseThrow().crewId()).isNotNull();
    }

    @Test
    void shouldShowACrewItsOwnJobsOnly() throws Exception {
        long mine = jobIn(JobStatus.ASSIGNED);
        long theirs = jobIn(JobStatus.REPORTED);
        workflow.assign(theirs, "crew-b", OPS);

        HttpResponse<String> list = get("/api/my/jobs", Caller.OWN_CREW);

        assertThat(list.statusCode()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        json(list).forEach(job -> ids.add(job.get("id").asLong()));
        assertThat(ids).contains(mine).doesNotContain(theirs);
        assertThat(get("/api/my/jobs", Caller.OPS).statusCode()).isEqualTo(403);
        assertThat(get("/api/my/jobs", Caller.ANONYMOUS).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldListACrewsJobsInRouteOrderWithTheirDistanceFromItsBase() throws Exception {
        CrewStore crews = new CrewStore(database, CLOCK);
        crews.save(new Crew("crew-route", "Route Van", Crew.Kind.VAN, Set.of("pune|kothrud"), Set.of(), List.of(), new GeoPoint(18.50, 73.80),
                100, LocalTime.of(8, 0), LocalTime.of(18, 0), Crew.DEFAULT_TIME_ZONE, true));
        String token = new TokenStore(database, CLOCK).issue(Actor.crew("rep-route", "crew-route"));
        OutletStore outlets = new OutletStore(database, CLOCK);
        outlets.upsert(new Outlet("OUT-R-FAR", "Far", "Pune", "Kothrud", "Pune", "MH", "India", new GeoPoint(18.60, 73.80)));
        outlets.upsert(new Outlet("OUT-R-NEAR", "Near", "Pune", "Kothrud", "Pune", "MH", "India", new GeoPoint(18.51, 73.80)));
        long far = jobs.record(report("route-1").at("OUT-R-FAR", "Far", "Kothrud", "Pune").build()).jobId();
        long near = jobs.record(report("route-2").at("OUT-R-NEAR", "Near", "Kothrud", "Pune").reportedAt(org.restockradar.dispatch.Reports.T0.plusSeconds(600)).build()).jobId();
        workflow.assign(far, "crew-route", OPS);
        workflow.assign(near, "crew-route", OPS);

        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/api/my/jobs")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode route = json(response);
        assertThat(route).hasSize(2);
        assertThat(route.get(0).get("id").asLong()).as("nearer first, though due later").isEqualTo(near);
        assertThat(route.get(0).get("route_order").asInt()).isEqualTo(1);
        assertThat(route.get(0).get("distance_km").asDouble()).isEqualTo(1.11);
        assertThat(route.get(1).get("id").asLong()).isEqualTo(far);
        assertThat(route.get(1).get("route_order").asInt()).isEqualTo(2);
        assertThat(route.get(1).get("distance_km").asDouble()).isEqualTo(11.12);
        JsonNode viaOps = json(get("/api/jobs/" + far, Caller.OPS));
        assertThat(viaOps.get("distance_km").isNull()).as("only the work list says how far").isTrue();
        assertThat(viaOps.get("route_order").isNull()).isTrue();
    }

    @Test
    void shouldLetOnlyOpsManageCrews() throws Exception {
        String body = "{\"name\":\"Van C\",\"kind\":\"van\",\"localities\":[\"Pune|Baner\"],\"daily_capacity\":9,"
                + "\"shift_start\":\"08:00\",\"shift_end\":\"17:00\"}";
        assertThat(send("PUT", "/api/crews/crew-c", body, Caller.OWN_CREW).statusCode()).isEqualTo(403);
        assertThat(send("PUT", "/api/crews/crew-c", body, Caller.MARKETER).statusCode()).isEqualTo(403);

        HttpResponse<String> saved = send("PUT", "/api/crews/crew-c", body, Caller.OPS);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(json(saved).get("localities").get(0).asText()).isEqualTo("pune|baner");
        assertThat(get("/api/crews", Caller.OPS).body()).contains("\"id\":\"crew-c\"");
        assertThat(get("/api/crews", Caller.OWN_CREW).statusCode()).isEqualTo(403);
        assertThat(send("PUT", "/api/crews/crew-d", "{\"name\":\"x\"}", Caller.OPS).statusCode()).isEqualTo(400);
    }

    @Test
    void shouldSaveACrewsPincodesAreaBaseAndTimeZoneOverHttp() throws Exception {
        String body = "{\"name\":\"Van P\",\"kind\":\"van\",\"pincodes\":[\"411038\"],\"polygon\":[[18.49,73.79],[18.52,73.79],[18.52,73.83]],"
                + "\"base\":{\"lat\":18.5,\"lon\":73.8},\"daily_capacity\":9,\"shift_start\":\"08:00\",\"shift_end\":\"17:00\",\"time_zone\":\"Asia/Kolkata\"}";

        HttpResponse<String> saved = send("PUT", "/api/crews/crew-p", body, Caller.OPS);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode crew = json(saved);
        assertThat(crew.get("pincodes").get(0).asText()).isEqualTo("411038");
        assertThat(crew.get("polygon")).hasSize(3);
        assertThat(crew.get("base").get("lat").asDouble()).isEqualTo(18.5);
        assertThat(crew.get("time_zone").asText()).isEqualTo("Asia/Kolkata");
        assertThat(new CrewStore(database, CLOCK).find("crew-p")).hasValueSatisfying(stored -> assertThat(stored.area()).hasSize(3));
        assertBad(send("PUT", "/api/crews/crew-p", body.replace("[18.52,73.83]", "[18.52]"), Caller.OPS), 400, "[lat, lon] pairs");
        assertBad(send("PUT", "/api/crews/crew-p", body.replace("Asia/Kolkata", "Mars/Base"), Caller.OPS), 400, "unknown time zone");
        assertBad(send("PUT", "/api/crews/crew-p", body.replace("\"pincodes\":[\"411038\"],\"polygon\":[[18.49,73.79],[18.52,73.79],[18.52,73.83]],", ""),
                Caller.OPS), 400, "needs a territory");
        assertBad(send("PUT", "/api/crews/crew-p", body.replace("411038", "41"), Caller.OPS), 400, "4 to 6 digits");
    }

    @Test
    void shouldAnswerBadInputWithA4xxThatSaysWhy() throws Exception {
        long enRoute = jobIn(JobStatus.EN_ROUTE);
        long reported = jobIn(JobStatus.REPORTED);

        assertBad(post("/api/jobs/" + enRoute + "/complete", "{not json", Caller.OWN_CREW), 400, "not JSON");
        assertBad(post("/api/jobs/" + enRoute + "/complete", "{\"note\":\"x\"}", Caller.OWN_CREW), 400, "'units_restocked' is required");
        assertBad(post("/api/jobs/" + enRoute + "/complete", "{\"units_restocked\":0}", Caller.OWN_CREW), 400, "at least 1");
        assertBad(post("/api/jobs/" + enRoute + "/fail", "{\"reason\":\"rain\"}", Caller.OWN_CREW), 400, "unknown failure reason 'rain'");
        assertBad(post("/api/jobs/" + reported + "/verify", "", Caller.OPS), 409, "cannot go from reported to verified");
        assertBad(post("/api/jobs/999999/accept", "", Caller.OPS), 404, "no job with id 999999");
        assertBad(post("/api/jobs/abc/accept", "", Caller.OPS), 400, "job id must be a whole number");
        HttpResponse<String> forged = HTTP.send(HttpRequest.newBuilder(uri("/api/jobs/" + reported + "/cancel"))
                .header("Authorization", "Bearer rr_forged").POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"x\"}")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertBad(forged, 401, "unknown or revoked");
        assertBad(post("/api/jobs/" + reported + "/cancel", "{\"reason\":\"" + "x".repeat(20_000) + "\"}", Caller.OPS), 413, "larger than");
        assertThat(jobs.find(enRoute).orElseThrow().status()).isEqualTo(JobStatus.EN_ROUTE);
        assertThat(jobs.find(reported).orElseThrow().status()).isEqualTo(JobStatus.REPORTED);
    }

    @Test
    void shouldStreamToACrewTheEventsOfItsOwnJobsOnly() throws Exception {
        assertThat(get("/api/events/stream", Caller.MARKETER).statusCode()).isEqualTo(403);
        assertThat(get("/api/events/stream", Caller.ANONYMOUS).statusCode()).isEqualTo(401);
        List<String> received = new ArrayList<>();
        long theirs;
        long mine;
        try (EventStream stream = EventStream.open(Caller.OWN_CREW)) {
            theirs = jobIn(JobStatus.REPORTED);
            workflow.assign(theirs, "crew-b", OPS);
            mine = jobIn(JobStatus.REPORTED);
            workflow.assign(mine, "crew-a", OPS);

            long awaited = mine;
            stream.readUntil(line -> {
                received.add(line);
                return line.startsWith("data:") && line.contains("\"job_id\":" + awaited + ",");
            });
        }
        assertThat(received).anySatisfy(line -> assertThat(line).isEqualTo("event: job-event"));
        assertThat(received).anySatisfy(line -> assertThat(line).startsWith("id: "));
        assertThat(received).filteredOn(line -> line.startsWith("data:"))
                .noneMatch(line -> line.contains("\"job_id\":" + theirs + ","))
                .anySatisfy(line -> assertThat(line).contains("\"to_status\":\"assigned\"").contains("\"crew_id\":\"crew-a\""));
    }

    @Test
    void shouldTellTheOldCrewOfAJobReassignedTakenBackOrCancelledSoThatItLeavesItsPhone() throws Exception {
        long reassigned = jobIn(JobStatus.ACCEPTED);
        long takenBack = jobIn(JobStatus.ASSIGNED);
        long cancelled = jobIn(JobStatus.ASSIGNED);
        Map<Long, String> told = new java.util.concurrent.ConcurrentHashMap<>();

        try (EventStream stream = EventStream.open(Caller.OWN_CREW)) {
            workflow.assign(reassigned, "crew-b", OPS);
            assertThat(post("/api/jobs/" + takenBack + "/unassign", "{\"note\":\"the van broke down\"}", Caller.OPS).statusCode()).isEqualTo(200);
            workflow.cancel(cancelled, OPS, "duplicate");

            stream.readUntil(line -> {
                if (line.startsWith("data:")) {
                    JsonNode event = ApiJson.mapper().readTree(line.substring("data:".length()));
                    told.put(event.get("job_id").asLong(), event.get("kind").asText() + " " + event.get("to_status").asText());
                }
                // Each job's earlier events may come too: read until its last one.
                return "REASSIGNED assigned".equals(told.get(reassigned)) && "STATUS_CHANGED reported".equals(told.get(takenBack))
                        && "STATUS_CHANGED cancelled".equals(told.get(cancelled));
            });
        }

        assertThat(told).containsEntry(reassigned, "REASSIGNED assigned").containsEntry(takenBack, "STATUS_CHANGED reported")
                .containsEntry(cancelled, "STATUS_CHANGED cancelled");
        JsonNode history = json(get("/api/jobs/" + takenBack + "/events", Caller.OPS));
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("to_status").asText()).isEqualTo("reported");
        assertThat(last.get("reason").asText()).isEqualTo("the van broke down");
        assertThat(last.get("detail").get("previous_crew_id").asText()).isEqualTo("crew-a");
        assertThat(get("/api/jobs/" + takenBack, Caller.OWN_CREW).statusCode()).as("no longer its job").isEqualTo(404);
    }

    @Test
    void shouldOfferOpsOnlyTheActiveCrewsThatCoverAJob() throws Exception {
        String kothrud = "\"localities\":[\"Pune|Kothrud\"],\"daily_capacity\":9,\"shift_start\":\"08:00\",\"shift_end\":\"17:00\"";
        assertThat(send("PUT", "/api/crews/crew-idle", "{\"name\":\"Idle\",\"kind\":\"van\",\"active\":false," + kothrud + "}",
                Caller.OPS).statusCode()).isEqualTo(200);
        assertThat(send("PUT", "/api/crews/crew-mumbai", "{\"name\":\"Mumbai\",\"kind\":\"van\",\"localities\":[\"Mumbai|Dadar West\"],"
                + "\"daily_capacity\":9,\"shift_start\":\"08:00\",\"shift_end\":\"17:00\"}", Caller.OPS).statusCode()).isEqualTo(200);
        long job = jobIn(JobStatus.ASSIGNED);

        HttpResponse<String> offered = get("/api/jobs/" + job + "/crews", Caller.OPS);

        assertThat(offered.statusCode()).as(offered.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json(offered).forEach(crew -> ids.add(crew.get("id").asText()));
        assertThat(ids).containsExactly("crew-a", "crew-b");
        assertThat(json(offered).get(0).get("localities").get(0).asText()).isEqualTo("pune|kothrud");
        assertThat(get("/api/jobs/" + job + "/crews", Caller.OWN_CREW).statusCode()).isEqualTo(403);
        assertThat(get("/api/jobs/" + job + "/crews", Caller.MARKETER).statusCode()).isEqualTo(403);
        assertThat(get("/api/jobs/" + job + "/crews", Caller.ANONYMOUS).statusCode()).isEqualTo(401);
        assertThat(get("/api/jobs/" + NO_SUCH_JOB + "/crews", Caller.OPS).statusCode()).isEqualTo(404);
        // What is not offered is refused without the override, and recorded with it.
        assertThat(post("/api/jobs/" + job + "/assign", "{\"crew_id\":\"crew-mumbai\"}", Caller.OPS).statusCode()).isEqualTo(409);
        assertThat(post("/api/jobs/" + job + "/assign", "{\"crew_id\":\"crew-idle\",\"override\":true}", Caller.OPS).statusCode()).isEqualTo(409);
        assertThat(post("/api/jobs/" + job + "/assign", "{\"crew_id\":\"crew-mumbai\",\"override\":true}", Caller.OPS).statusCode()).isEqualTo(200);
        JsonNode history = json(get("/api/jobs/" + job + "/events", Caller.OPS));
        assertThat(history.get(history.size() - 1).get("detail").get("override").asText()).isEqualTo("true");
    }

    /** A client of the event stream, once the server has said it is subscribed. */
    private record EventStream(Iterator<String> lines, Stream<String> body, ExecutorService reader) implements AutoCloseable {
        static EventStream open(Caller caller) throws Exception {
            HttpRequest subscribe = HttpRequest.newBuilder(uri("/api/events/stream")).header("Accept", "text/event-stream")
                    .header("Authorization", "Bearer " + tokens.get(caller)).build();
            HttpResponse<Stream<String>> response = HTTP.send(subscribe, HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            EventStream stream = new EventStream(response.body().iterator(), response.body(), Executors.newSingleThreadExecutor());
            // Events made before the server has subscribed this client would not reach it: wait for its word.
            stream.readUntil(": subscribed"::equals);
            return stream;
        }

        /** Reads lines until one satisfies the condition (30 s at most). */
        void readUntil(LineCondition done) throws Exception {
            reader.submit(() -> {
                while (lines.hasNext()) {
                    if (done.test(lines.next())) {
                        return null;
                    }
                }
                throw new IllegalStateException("the event stream ended");
            }).get(30, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            reader.shutdownNow();
            body.close();
        }
    }

    @FunctionalInterface
    private interface LineCondition {
        boolean test(String line) throws Exception;
    }

    @Test
    void shouldShowOpsTheProofTheCrewSentAndTheJobsWholeHistory() throws Exception {
        long job = jobIn(JobStatus.EN_ROUTE);
        String photo = json(upload(job, JPEG, "image/jpeg", Caller.OWN_CREW)).get("photo_ref").asText();
        assertThat(post("/api/jobs/" + job + "/complete", "{\"units_restocked\": 12, \"note\": \"top shelf full\", \"photo_ref\": \""
                + photo + "\", \"latitude\": 18.5074, \"longitude\": 73.8077}", Caller.OWN_CREW).statusCode()).isEqualTo(200);

        JsonNode detail = json(get("/api/jobs/" + job, Caller.OPS));
        JsonNode history = json(get("/api/jobs/" + job + "/events", Caller.OPS));

        assertThat(detail.get("status").asText()).isEqualTo("restocked");
        JsonNode proof = detail.get("proof");
        assertThat(proof.get("units_restocked").asInt()).isEqualTo(12);
        assertThat(proof.get("note").asText()).isEqualTo("top shelf full");
        assertThat(proof.get("photo_url").asText()).isEqualTo("/api/photos/" + photo);
        assertThat(proof.get("latitude").asDouble()).isEqualTo(18.5074);
        assertThat(proof.get("longitude").asDouble()).isEqualTo(73.8077);
        assertThat(proof.get("restocked_by").asText()).isEqualTo("rep-anil");
        assertThat(detail.get("failure_reason").isNull()).isTrue();
        assertThat(history).extracting(event -> event.get("kind").asText() + ":" + event.get("to_status").asText())
                .containsExactly("OPENED:reported", "STATUS_CHANGED:assigned", "STATUS_CHANGED:accepted", "STATUS_CHANGED:en_route",
                        "STATUS_CHANGED:restocked");
        JsonNode restock = history.get(4);
        assertThat(restock.get("actor").asText()).isEqualTo("rep-anil");
        assertThat(restock.get("actor_role").asText()).isEqualTo("crew");
        assertThat(restock.get("detail").get("units_restocked").asText()).isEqualTo("12");
        assertThat(restock.get("occurred_at").asText()).isEqualTo("2026-11-20T10:00:00Z");
        assertThat(json(get("/api/jobs/" + job + "/events", Caller.OWN_CREW))).hasSize(5);
    }

    @Test
    void shouldShowOpsWhyACrewCouldNotRestock() throws Exception {
        long job = jobIn(JobStatus.ACCEPTED);
        assertThat(post("/api/jobs/" + job + "/fail", "{\"reason\": \"outlet_closed\", \"note\": \"shutter down at 11\"}",
                Caller.OWN_CREW).statusCode()).isEqualTo(200);

        JsonNode detail = json(get("/api/jobs/" + job, Caller.OPS));

        assertThat(detail.get("failure_reason").asText()).isEqualTo("outlet_closed");
        assertThat(detail.get("failure_note").asText()).isEqualTo("shutter down at 11");
        assertThat(detail.get("proof").isNull()).isTrue();
        JsonNode last = json(get("/api/jobs/" + job + "/events", Caller.OPS)).get(3);
        assertThat(last.get("to_status").asText()).isEqualTo("failed");
        assertThat(last.get("reason").asText()).isEqualTo("outlet_closed");
    }

    @Test
    void shouldLinkEachReportToItsOriginalPostWhereTheSourceHasOne() throws Exception {
        long job = jobIn(JobStatus.REPORTED);
        mergeReport(job, "x-77" + job, "none here");

        JsonNode reports = json(get("/api/jobs/" + job + "/reports", Caller.OPS));

        assertThat(reports.get(0).get("url").isNull()).as("a mention id that names no public post").isTrue();
        assertThat(reports.get(1).get("url").asText()).isEqualTo("https://x.com/i/web/status/77" + job);
    }

    @Test
    void shouldRefuseAnEventStreamRequestThatDoesNotAcceptEventsRatherThanAnswerAnEmptyPage() throws Exception {
        HttpRequest anyType = HttpRequest.newBuilder(uri("/api/events/stream")).header("Accept", "*/*")
                .header("Authorization", "Bearer " + tokens.get(Caller.OPS)).timeout(Duration.ofSeconds(10)).build();

        HttpResponse<String> response = HTTP.send(anyType, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertBad(response, 406, "text/event-stream");
    }

    @Test
    void shouldSendAReconnectingClientEveryEventItMissedBeyondOnePage() throws Exception {
        long job = jobIn(JobStatus.REPORTED);
        String before;
        try (var connection = database.getConnection(); var statement = connection.createStatement();
             var row = statement.executeQuery("SELECT pg_current_xact_id()::text")) {
            row.next();
            before = row.getString(1) + "-0";
        }
        int missed = 1_234;
        String lastEventId;
        try (var connection = database.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("""
                    INSERT INTO job_event (event_id, job_id, kind, to_status, actor, actor_role, detail, occurred_at)
                    SELECT gen_random_uuid(), %d, 'SLA_WARNING', 'reported', 'dispatch', 'system', jsonb_build_object('n', n::text), now()
                    FROM generate_series(1, %d) AS n
                    """.formatted(job, missed));
            try (var row = statement.executeQuery("SELECT event_id::text FROM job_event WHERE job_id = " + job + " ORDER BY id DESC LIMIT 1")) {
                row.next();
                lastEventId = row.getString(1);
            }
        }
        // The live feed must have gone past them, so that only the catch-up can bring them to the client.
        CountDownLatch passed = new CountDownLatch(1);
        Runnable unsubscribe = feed.subscribe(item -> {
            if (item.event().eventId().equals(lastEventId)) {
                passed.countDown();
            }
        });
        try {
            assertThat(passed.await(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            unsubscribe.run();
        }

        HttpRequest reconnect = HttpRequest.newBuilder(uri("/api/events/stream")).header("Accept", "text/event-stream")
                .header("Last-Event-ID", before).header("Authorization", "Bearer " + tokens.get(Caller.OPS)).build();
        HttpResponse<Stream<String>> stream = HTTP.send(reconnect, HttpResponse.BodyHandlers.ofLines());
        Set<String> numbers = java.util.concurrent.ConcurrentHashMap.newKeySet();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try (Stream<String> lines = stream.body()) {
            Iterator<String> it = lines.iterator();
            // The catch-up comes before the word that the client is subscribed.
            reader.submit(() -> {
                while (it.hasNext()) {
                    String line = it.next();
                    if (line.equals(": subscribed")) {
                        return null;
                    }
                    if (line.startsWith("data:") && line.contains("\"job_id\":" + job + ",") && line.contains("SLA_WARNING")) {
                        numbers.add(ApiJson.mapper().readTree(line.substring("data:".length())).get("detail").get("n").asText());
                    }
                }
                return null;
            }).get(60, TimeUnit.SECONDS);
        } finally {
            reader.shutdownNow();
        }
        assertThat(numbers).hasSize(missed);
    }

    @Test
    void shouldTakeATokenInTheQueryOnTheEventStreamOnly() throws Exception {
        HttpRequest subscribe = HttpRequest.newBuilder(uri("/api/events/stream?access_token=" + tokens.get(Caller.OPS)))
                .header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> stream = HTTP.send(subscribe, HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = stream.body()) {
            assertThat(stream.statusCode()).isEqualTo(200);
        }
        HttpResponse<String> forged = HTTP.send(HttpRequest.newBuilder(uri("/api/events/stream?access_token=rr_forged")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertBad(forged, 401, "unknown or revoked");
        HttpResponse<String> marketer = HTTP.send(HttpRequest.newBuilder(uri("/api/events/stream?access_token=" + tokens.get(Caller.MARKETER)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertBad(marketer, 403, "only ops and crews");
        HttpResponse<String> jobsByQuery = HTTP.send(HttpRequest.newBuilder(uri("/api/jobs?access_token=" + tokens.get(Caller.OPS))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertBad(jobsByQuery, 401, "Authorization: Bearer");
    }

    @Test
    void shouldRefuseAClientPastTheRateLimitWithTooManyRequests() throws Exception {
        CrewStore crews = new CrewStore(database, CLOCK);
        TokenStore tokenStore = new TokenStore(database, CLOCK);
        try (HttpApi limited = HttpApi.start("127.0.0.1", 0, jobs, () -> true,
                new WorkApi.Services(jobs, workflow, crews, tokenStore, feed, new OutletStore(database, CLOCK), new PhotoStore(database, CLOCK), CLOCK,
                        java.time.Duration.ofHours(12), WorkApi.Services.DEFAULT_SLA_WARNING_BEFORE, 3))) {
            URI myJobs = URI.create("http://127.0.0.1:" + limited.port() + "/api/my/jobs");
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                statuses.add(HTTP.send(HttpRequest.newBuilder(myJobs).header("Authorization", "Bearer " + tokens.get(Caller.OWN_CREW)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).statusCode());
            }
            assertThat(statuses).contains(429);
            assertThat(statuses.subList(statuses.indexOf(429), statuses.size())).as("refused from then on").containsOnly(429);
            HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(myJobs).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertBad(refused, 429, "Rate limit");
        }
    }

    private static void assertBad(HttpResponse<String> response, int status, String message) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(json(response).get("error").asText()).contains(message);
    }

    /** A new job of its own outlet, brought to the status by ops (and given to crew-a on the way). */
    private static long jobIn(JobStatus status) {
        int n = OUTLETS.incrementAndGet();
        long job = jobs.record(report("api-" + n).at("OUT-API-" + n, "Api Stores " + n, "Kothrud", "Pune").build()).jobId();
        List<JobStatus> path = List.of(JobStatus.ASSIGNED, JobStatus.ACCEPTED, JobStatus.EN_ROUTE, JobStatus.RESTOCKED);
        for (JobStatus step : path) {
            if (jobs.find(job).orElseThrow().status() == status) {
                break;
            }
            switch (step) {
                case ASSIGNED -> workflow.assign(job, "crew-a", OPS);
                case ACCEPTED -> workflow.accept(job, OPS);
                case EN_ROUTE -> workflow.enRoute(job, OPS);
                case RESTOCKED -> workflow.complete(job, OPS, new Proof(1, null, null, null, null));
                default -> throw new IllegalStateException("no path to " + status);
            }
        }
        assertThat(jobs.find(job).orElseThrow().status()).isEqualTo(status);
        return job;
    }

    /** A second report by @ravi, a minute after the first, merged into the job. */
    private static void mergeReport(long job, String mentionId, String text) {
        String outlet = jobs.find(job).orElseThrow().outletId();
        jobs.record(report(mentionId).at(outlet, "Api Stores", "Kothrud", "Pune").by("@ravi").text(text)
                .reportedAt(org.restockradar.dispatch.Reports.T0.plusSeconds(60)).build());
    }

    private static Crew crew(String id) {
        return new Crew(id, "Crew " + id, Crew.Kind.VAN, Set.of("pune|kothrud"), 1_000, LocalTime.of(8, 0), LocalTime.of(18, 0), true);
    }

    private static HttpResponse<String> post(String path, String body, Caller caller) throws IOException, InterruptedException {
        return send("POST", path, body, caller);
    }

    private static HttpResponse<String> get(String path, Caller caller) throws IOException, InterruptedException {
        return send("GET", path, null, caller);
    }

    private static HttpResponse<String> send(String method, String path, String body, Caller caller) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (caller != Caller.ANONYMOUS) {
            request.header("Authorization", "Bearer " + tokens.get(caller));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + api.port() + path);
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return ApiJson.mapper().readTree(response.body());
    }
}
