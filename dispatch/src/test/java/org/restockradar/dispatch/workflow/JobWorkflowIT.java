package org.restockradar.dispatch.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restockradar.dispatch.Reports.T0;
import static org.restockradar.dispatch.Reports.report;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.Topics;
import org.restockradar.embedded.testing.TestPostgres;
import org.restockradar.access.Actor;
import org.restockradar.dispatch.DispatchTables;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.contracts.IllegalTransitionException;
import org.restockradar.dispatch.store.Job;
import org.restockradar.contracts.JobStatus;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.store.Recorded;

/** The lifecycle on a real PostgreSQL: each change, its event with who and when, its outbox row, and every refusal. */
@Tag("integration")
final class JobWorkflowIT {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Actor OPS = Actor.ops("ops-meera");
    private static final Actor CREW_A = Actor.crew("rep-anil", "crew-a");
    private static final Actor CREW_B = Actor.crew("rep-bina", "crew-b");

    private static HikariDataSource database;
    private static JobStore store;
    private static JobWorkflow workflow;

    @BeforeAll
    static void startDatabase() {
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 8);
        DispatchSchema.migrate(database);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        store = new JobStore(database, clock, Duration.ofHours(48), Duration.ofDays(7));
        workflow = new JobWorkflow(store, clock);
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        DispatchTables.emptyJobs(database);
    }

    @Test
    void shouldTakeAJobFromReportToVerifiedRecordingWhoDidEachStep() throws SQLException {
        long job = store.record(report("x-1").build()).jobId();

        workflow.assign(job, "crew-a", OPS);
        workflow.accept(job, CREW_A);
        workflow.enRoute(job, CREW_A);
        Job restocked = workflow.complete(job, CREW_A, new Proof(24, "two cartons", "photos/x-1.jpg", 18.5074, 73.8077));
        Job verified = workflow.verify(job, OPS);

        assertThat(restocked.status()).isEqualTo(JobStatus.RESTOCKED);
        assertThat(verified.status()).isEqualTo(JobStatus.VERIFIED);
        assertThat(verified.crewId()).isEqualTo("crew-a");
        assertThat(events(job)).containsExactly(
                "OPENED null>reported dispatch/system",
                "STATUS_CHANGED reported>assigned ops-meera/ops",
                "STATUS_CHANGED assigned>accepted rep-anil/crew",
                "STATUS_CHANGED accepted>en_route rep-anil/crew",
                "STATUS_CHANGED en_route>restocked rep-anil/crew",
                "STATUS_CHANGED restocked>verified ops-meera/ops");
        assertThat(scalar("SELECT proof->>'units_restocked' FROM restock_job WHERE id = " + job)).isEqualTo("24");
        assertThat(scalar("SELECT detail->>'photo_ref' FROM job_event WHERE to_status = 'restocked'")).isEqualTo("photos/x-1.jpg");
        assertThat(scalar("SELECT count(*) FROM outbox WHERE topic = '" + Topics.JOB_EVENTS.name() + "' AND record_key = '" + job + "'"))
                .as("one outbox row per event").isEqualTo("6");
        assertThat(scalar("SELECT count(*) FROM job_event e JOIN outbox o USING (event_id)")).isEqualTo("6");
    }

    @Test
    void shouldRefuseAnIllegalMoveWithAClearMessageAndChangeNothing() throws SQLException {
        long job = store.record(report("x-1").build()).jobId();

        assertThatThrownBy(() -> workflow.verify(job, OPS))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("job " + job + " cannot go from reported to verified; from reported it can go to: assigned, cancelled");
        workflow.assign(job, "crew-a", OPS);
        assertThatThrownBy(() -> workflow.complete(job, CREW_A, new Proof(3, null, null, null, null)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("cannot go from assigned to restocked");

        assertThat(store.find(job).orElseThrow().status()).isEqualTo(JobStatus.ASSIGNED);
        assertThat(events(job)).hasSize(2);
    }

    @Test
    void shouldLetOnlyTheJobsOwnCrewMoveItAndOnlyOpsAssignVerifyOrCancel() throws SQLException {
        long job = store.record(report("x-1").build()).jobId();
        workflow.assign(job, "crew-a", OPS);

        assertThatThrownBy(() -> workflow.accept(job, CREW_B))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("job " + job + " is not assigned to crew crew-b; only its own crew may move to accepted it");
        assertThatThrownBy(() -> workflow.assign(job, "crew-b", CREW_B))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("only ops may assign");
        assertThatThrownBy(() -> workflow.cancel(job, CREW_A, "not worth it"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("only ops may cancel");
        assertThatThrownBy(() -> workflow.accept(job, Actor.marketer("mk-1")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("marketer mk-1 may not");
        assertThatThrownBy(() -> workflow.accept(424242, CREW_A)).isInstanceOf(NoSuchJobException.class).hasMessage("no job with id 424242");

        assertThat(store.find(job).orElseThrow().status()).isEqualTo(JobStatus.ASSIGNED);
        assertThat(events(job)).hasSize(2);
    }

    @Test
    void shouldKeepTheReasonOfAFailureAndCloseTheJob() throws SQLException {
        long job = store.record(report("x-1").build()).jobId();
        workflow.assign(job, "crew-a", OPS);
        workflow.accept(job, CREW_A);

        Job failed = workflow.fail(job, CREW_A, FailureReason.OUTLET_CLOSED, "shutter down at 11:00");

        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.failureReason()).isEqualTo("outlet_closed");
        assertThat(scalar("SELECT reason FROM job_event WHERE to_status = 'failed'")).isEqualTo("outlet_closed");
        assertThatThrownBy(() -> workflow.cancel(job, OPS, "too late")).hasMessageContaining("failed is final");
        assertThat(store.record(report("x-2").build()).outcome()).as("a failed job takes no more reports").isEqualTo(Recorded.Outcome.OPENED_JOB);
    }

    @Test
    void shouldReassignAndRecordThePreviousCrew() throws SQLException {
        long job = store.record(report("x-1").build()).jobId();
        workflow.assign(job, "crew-a", OPS);
        workflow.accept(job, CREW_A);

        Job moved = workflow.assign(job, "crew-b", OPS);

        assertThat(moved.status()).isEqualTo(JobStatus.ASSIGNED);
        assertThat(moved.crewId()).isEqualTo("crew-b");
        assertThat(events(job)).last().isEqualTo("REASSIGNED accepted>assigned ops-meera/ops");
        assertThat(scalar("SELECT detail->>'previous_crew_id' FROM job_event WHERE kind = 'REASSIGNED'")).isEqualTo("crew-a");
        assertThatThrownBy(() -> workflow.accept(job, CREW_A)).isInstanceOf(AccessDeniedException.class);
        assertThat(workflow.accept(job, CREW_B).status()).isEqualTo(JobStatus.ACCEPTED);
    }

    @Test
    void shouldAttachReportsUntilRestockedThenOpenANewJobLinkedToTheRestockedOne() {
        long job = store.record(report("x-1").reportedAt(T0).build()).jobId();
        workflow.assign(job, "crew-a", OPS);
        workflow.accept(job, CREW_A);
        assertThat(store.record(report("x-2").by("@ravi").reportedAt(T0.plusSeconds(60)).build()))
                .as("an accepted job still takes reports").isEqualTo(new Recorded(job, Recorded.Outcome.ATTACHED));
        workflow.enRoute(job, CREW_A);
        workflow.complete(job, CREW_A, new Proof(10, null, null, null, null));

        // NOW (the restock time) + 1 h: soon after the restock.
        Recorded soon = store.record(report("x-3").by("@sam").reportedAt(NOW.plus(Duration.ofHours(1))).build());
        Recorded muchLater = null;

        assertThat(soon.outcome()).isEqualTo(Recorded.Outcome.OPENED_JOB);
        assertThat(store.find(soon.jobId()).orElseThrow().followsJobId()).isEqualTo(job);
        workflow.cancel(soon.jobId(), OPS, "duplicate of the restock");
        muchLater = store.record(report("x-4").by("@sam").reportedAt(NOW.plus(Duration.ofDays(8))).build());
        assertThat(store.find(muchLater.jobId()).orElseThrow().followsJobId()).as("beyond the reopen window").isNull();
    }

    private static List<String> events(long job) throws SQLException {
        List<String> events = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT kind, from_status, to_status, actor, actor_role, occurred_at FROM job_event "
                     + "WHERE job_id = " + job + " ORDER BY id")) {
            while (rows.next()) {
                assertThat(rows.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant()).isEqualTo(NOW);
                events.add(JobEvent.Kind.valueOf(rows.getString(1)) + " " + rows.getString(2) + ">" + rows.getString(3) + " "
                        + rows.getString(4) + "/" + rows.getString(5));
            }
        }
        return events;
    }

    private static String scalar(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
