package org.restockradar.dispatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restockradar.dispatch.Reports.T0;
import static org.restockradar.dispatch.Reports.report;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.embedded.testing.TestPostgres;
import org.restockradar.access.Actor;
import org.restockradar.access.TokenStore;
import org.restockradar.dispatch.DispatchTables;
import org.restockradar.dispatch.crews.AutoAssigner;
import org.restockradar.dispatch.crews.CoverageRecheck;
import org.restockradar.dispatch.crews.Crew;
import org.restockradar.dispatch.crews.CrewStore;
import org.restockradar.dispatch.events.JobEventFeed;
import org.restockradar.dispatch.outlets.OutletStore;
import org.restockradar.dispatch.photos.PhotoStore;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.dispatch.store.Job;
import org.restockradar.contracts.JobStatus;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.workflow.JobWorkflow;

/**
 * Jobs flagged uncovered are placed when ops later save a crew that covers them (PUT /api/crews/{id}), on a real
 * PostgreSQL: one API whose dispatcher auto-assigns, one whose crews claim.
 */
@Tag("integration")
final class CoverOnCrewSaveIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Covers Kothrud, where {@code report(...)} puts its outlet by default. */
    private static final String KOTHRUD_CREW = "{\"name\":\"Van K\",\"kind\":\"van\",\"localities\":[\"Pune|Kothrud\"],\"daily_capacity\":5,"
            + "\"shift_start\":\"00:00\",\"shift_end\":\"23:59\",\"active\":%s}";

    private static HikariDataSource database;
    private static JobStore opening;
    private static JobStore manual;
    private static JobWorkflow workflow;
    private static CrewStore crews;
    private static JobEventFeed feed;
    private static HttpApi assigning;
    private static HttpApi claiming;
    private static TokenStore tokens;
    private static String opsToken;

    @BeforeAll
    static void start() {
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 8);
        DispatchSchema.migrate(database);
        // Jobs open through the auto-assigner, so that a job no crew covers is flagged.
        opening = new JobStore(database, CLOCK, Duration.ofHours(48), Duration.ofDays(7), new AutoAssigner(25).listener());
        manual = new JobStore(database, CLOCK, Duration.ofHours(48));
        workflow = new JobWorkflow(manual, CLOCK);
        crews = new CrewStore(database, CLOCK, CoverageRecheck.assigningWith(new AutoAssigner(25)));
        tokens = new TokenStore(database, CLOCK);
        feed = new JobEventFeed(database, Duration.ofMillis(100));
        assigning = api(crews, tokens);
        claiming = api(new CrewStore(database, CLOCK, CoverageRecheck.clearOnly()), tokens);
    }

    private static HttpApi api(CrewStore crewStore, TokenStore tokenStore) {
        return HttpApi.start("127.0.0.1", 0, manual, () -> true, new WorkApi.Services(manual, workflow, crewStore, tokenStore, feed,
                new OutletStore(database, CLOCK), new PhotoStore(database, CLOCK), CLOCK, Duration.ofHours(12),
                WorkApi.Services.DEFAULT_SLA_WARNING_BEFORE, WorkApi.Services.DEFAULT_REQUESTS_PER_MINUTE));
    }

    @AfterAll
    static void stop() {
        assigning.close();
        claiming.close();
        feed.close();
        database.close();
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        DispatchTables.emptyJobsCrewsAndOutlets(database);
        // Truncating crew cascades to api_token.
        opsToken = tokens.issue(Actor.ops("ops-meera"));
        crews.save(crew("van-baner", "pune|baner", true));
    }

    @Test
    void shouldAssignAnUncoveredJobToTheCrewSavedToCoverItWhenAutoAssigning() throws Exception {
        long kothrud = opening.record(report("x-1").build()).jobId();
        long hadapsar = opening.record(report("x-2").at("OUT-PUNE-009", "Far Stores", "Hadapsar", "Pune").build()).jobId();
        assertThat(flagged(kothrud)).as("no crew covers Kothrud yet").isTrue();

        HttpResponse<String> saved = put(assigning, "van-k", KOTHRUD_CREW.formatted("true"));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        Job job = manual.find(kothrud).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.ASSIGNED);
        assertThat(job.crewId()).isEqualTo("van-k");
        assertThat(flagged(kothrud)).isFalse();
        assertThat(TestPostgres.scalar(database, "SELECT count(*) FROM job_event WHERE kind = 'COVERED' AND actor = 'ops-meera' AND actor_role = 'ops'"
                + " AND occurred_at = '2026-11-20T10:00:00Z' AND job_id = " + kothrud)).isEqualTo(1);
        assertThat(TestPostgres.scalar(database, "SELECT count(*) FROM job_event WHERE kind = 'STATUS_CHANGED' AND to_status = 'assigned' AND crew_id = 'van-k'"
                + " AND actor = 'auto-assign' AND job_id = " + kothrud)).isEqualTo(1);
        assertThat(TestPostgres.scalar(database, "SELECT count(*) FROM outbox WHERE record_key = '" + kothrud + "'"))
                .as("opened, uncovered, covered, assigned: each through the outbox").isEqualTo(4);
        assertThat(openJobs("van-k")).isEqualTo(1);
        assertThat(flagged(hadapsar)).as("still covered by nobody").isTrue();
        assertThat(manual.find(hadapsar).orElseThrow().status()).isEqualTo(JobStatus.REPORTED);

        long events = TestPostgres.scalar(database, "SELECT count(*) FROM job_event");
        assertThat(put(assigning, "van-k", KOTHRUD_CREW.formatted("true")).statusCode()).isEqualTo(200);

        assertThat(TestPostgres.scalar(database, "SELECT count(*) FROM job_event")).as("the second save places nothing").isEqualTo(events);
        assertThat(openJobs("van-k")).isEqualTo(1);
    }

    @Test
    void shouldAssignWhenACoveringCrewIsMadeActiveAgain() throws Exception {
        assertThat(put(assigning, "van-k", KOTHRUD_CREW.formatted("false")).statusCode()).isEqualTo(200);
        long kothrud = opening.record(report("x-1").build()).jobId();
        assertThat(flagged(kothrud)).as("an inactive crew covers nothing").isTrue();

        assertThat(put(assigning, "van-k", KOTHRUD_CREW.formatted("true")).statusCode()).isEqualTo(200);

        assertThat(manual.find(kothrud).orElseThrow().crewId()).isEqualTo("van-k");
        assertThat(flagged(kothrud)).isFalse();
    }

    @Test
    void shouldOnlyClearTheFlagWhenCrewsClaimAndLetTheCoveringCrewClaimIt() throws Exception {
        long kothrud = opening.record(report("x-1").build()).jobId();
        long hadapsar = opening.record(report("x-2").at("OUT-PUNE-009", "Far Stores", "Hadapsar", "Pune").build()).jobId();

        assertThat(put(claiming, "van-k", KOTHRUD_CREW.formatted("true")).statusCode()).isEqualTo(200);
        assertThat(put(claiming, "van-k", KOTHRUD_CREW.formatted("true")).statusCode()).isEqualTo(200);

        assertThat(flagged(kothrud)).isFalse();
        assertThat(manual.find(kothrud).orElseThrow().status()).isEqualTo(JobStatus.REPORTED);
        assertThat(TestPostgres.scalar(database, "SELECT count(*) FROM job_event WHERE kind = 'COVERED' AND job_id = " + kothrud))
                .as("once, however often the crew is saved").isEqualTo(1);
        assertThat(TestPostgres.scalar(database, "SELECT count(*) FROM outbox WHERE record_key = '" + kothrud + "'")).isEqualTo(3);
        assertThat(openJobs("van-k")).isZero();
        assertThat(flagged(hadapsar)).isTrue();

        assertThat(workflow.claimNext(Actor.crew("rep-anil", "van-k"))).map(Job::id).hasValue(kothrud);
        assertThat(openJobs("van-k")).isEqualTo(1);
    }

    @Test
    void shouldPlaceTheSoonestDueJobsFirstAndTheRestOnTheNextSave() throws SQLException {
        long[] jobs = new long[3];
        for (int i = 0; i < jobs.length; i++) {
            // Later reports are due later: jobs[0] is due soonest.
            jobs[i] = opening.record(report("x-" + i).sku("SKU-" + i).reportedAt(T0.plusSeconds(60L * i)).build()).jobId();
        }
        CrewStore bounded = new CrewStore(database, CLOCK, CoverageRecheck.assigningWith(new AutoAssigner(25)).withLimit(2));

        CoverageRecheck.Outcome first = bounded.save(crew("van-k", "pune|kothrud", true), "ops-meera", "ops");

        assertThat(first.covered()).containsExactly(jobs[0], jobs[1]);
        assertThat(first.assigned()).containsOnlyKeys(jobs[0], jobs[1]);
        assertThat(flagged(jobs[2])).isTrue();

        CoverageRecheck.Outcome second = bounded.save(crew("van-k", "pune|kothrud", true), "ops-meera", "ops");

        assertThat(second.covered()).containsExactly(jobs[2]);
        assertThat(bounded.save(crew("van-k", "pune|kothrud", true)).covered()).isEmpty();
        assertThat(openJobs("van-k")).isEqualTo(3);
    }

    private static Crew crew(String id, String locality, boolean active) {
        return new Crew(id, "Crew " + id, Crew.Kind.VAN, Set.of(locality), 10, LocalTime.MIN, LocalTime.of(23, 59), active);
    }

    private static HttpResponse<String> put(HttpApi api, String crewId, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/api/crews/" + crewId))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + opsToken)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static boolean flagged(long jobId) throws SQLException {
        return TestPostgres.scalar(database, "SELECT count(*) FROM restock_job WHERE uncovered AND id = " + jobId) == 1;
    }

    private static long openJobs(String crewId) throws SQLException {
        return TestPostgres.scalar(database, "SELECT open_jobs FROM crew WHERE id = '" + crewId + "'");
    }


}
