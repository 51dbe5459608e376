package org.restockradar.dispatch.crews;

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
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.dispatch.TestPostgres;
import org.restockradar.dispatch.store.IllegalTransitionException;
import org.restockradar.dispatch.store.Job;
import org.restockradar.dispatch.store.JobStatus;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.store.Migrations;
import org.restockradar.dispatch.workflow.AccessDeniedException;
import org.restockradar.dispatch.workflow.Actor;
import org.restockradar.dispatch.workflow.JobWorkflow;

/** Crews, their territories, auto-assignment and claims on a real PostgreSQL. */
@Tag("integration")
final class CrewsAndClaimsIT {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static HikariDataSource database;
    private static CrewStore crews;
    private static JobStore manual;
    private static JobStore autoAssigning;
    private static JobWorkflow workflow;

    @BeforeAll
    static void startDatabase() {
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 8);
        Migrations.migrate(database);
        crews = new CrewStore(database, CLOCK);
        manual = new JobStore(database, CLOCK, Duration.ofHours(48));
        autoAssigning = new JobStore(database, CLOCK, Duration.ofHours(48), Duration.ofDays(7), AutoAssigner::assign);
        workflow = new JobWorkflow(manual, CLOCK);
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        execute("TRUNCATE outbox, job_event, stockout_report, restock_job, crew_territory, crew RESTART IDENTITY CASCADE");
    }

    @Test
    void shouldSaveACrewAndReplaceItsTerritoryWhenSavedAgain() {
        crews.save(crew("van-1", 10, "pune|kothrud", "pune|baner"));
        crews.save(crew("van-1", 12, "pune|aundh"));

        assertThat(crews.find("van-1")).hasValueSatisfying(crew -> {
            assertThat(crew.localities()).containsExactly("pune|aundh");
            assertThat(crew.dailyCapacity()).isEqualTo(12);
        });
        assertThat(crews.list()).hasSize(1);
        assertThat(crews.find("nobody")).isEmpty();
    }

    @Test
    void shouldAutoAssignNewJobsToTheLeastLoadedCoveringCrewRelativeToCapacity() throws SQLException {
        crews.saveAll(java.util.List.of(crew("van-small", 1, "pune|kothrud"), crew("van-big", 3, "pune|kothrud"),
                crew("van-elsewhere", 10, "pune|baner")));

        String[] assigned = new String[5];
        for (int i = 0; i < 5; i++) {
            long id = autoAssigning.record(report("x-" + i).sku("SKU-" + i).build()).jobId();
            Job job = manual.find(id).orElseThrow();
            assigned[i] = job.status() == JobStatus.ASSIGNED ? job.crewId() : job.status().code();
        }

        // Loads 0/1, 0/3 -> van-big (id order breaks the tie); then 0/1 < 1/3 -> van-small; then van-big twice; then all full.
        assertThat(assigned).containsExactly("van-big", "van-small", "van-big", "van-big", "reported");
        assertThat(scalar("SELECT count(*) FROM job_event WHERE detail->>'auto_assigned' = 'true'")).isEqualTo(4);
    }

    @Test
    void shouldFlagAJobNoCrewCoversForOps() throws SQLException {
        crews.save(crew("van-1", 10, "pune|baner"));

        long id = autoAssigning.record(report("x-1").build()).jobId();

        assertThat(manual.find(id).orElseThrow().status()).isEqualTo(JobStatus.REPORTED);
        assertThat(scalar("SELECT count(*) FROM restock_job WHERE uncovered AND id = " + id)).isEqualTo(1);
        assertThat(scalar("SELECT count(*) FROM job_event WHERE kind = 'UNCOVERED' AND job_id = " + id)).isEqualTo(1);
    }

    @Test
    void shouldClaimTheSoonestDueJobOfItsOwnTerritoryOnly() {
        crews.save(crew("van-1", 10, "pune|kothrud"));
        long later = manual.record(report("x-1").sku("A").reportedAt(T0.plusSeconds(600)).build()).jobId();
        long sooner = manual.record(report("x-2").sku("B").reportedAt(T0).build()).jobId();
        manual.record(report("x-3").at("OUT-PUNE-002", "Joshi Stores", "Baner", "Pune").reportedAt(T0.minusSeconds(600)).build());
        Actor anil = Actor.crew("rep-anil", "van-1");

        assertThat(workflow.claimNext(anil)).hasValueSatisfying(job -> {
            assertThat(job.id()).isEqualTo(sooner);
            assertThat(job.status()).isEqualTo(JobStatus.ASSIGNED);
            assertThat(job.crewId()).isEqualTo("van-1");
        });
        assertThat(workflow.claimNext(anil)).map(Job::id).hasValue(later);
        assertThat(workflow.claimNext(anil)).as("the Baner job is outside its territory").isEmpty();
        assertThat(manual.listForCrew("van-1", 10)).extracting(Job::id).containsExactly(sooner, later);
    }

    @Test
    void shouldRefuseAClaimBeyondCapacityOrByAnUnknownCrewOrByOps() {
        crews.save(crew("van-1", 1, "pune|kothrud"));
        manual.record(report("x-1").sku("A").build());
        manual.record(report("x-2").sku("B").build());
        Actor anil = Actor.crew("rep-anil", "van-1");
        assertThat(workflow.claimNext(anil)).isPresent();

        assertThatThrownBy(() -> workflow.claimNext(anil)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("crew van-1 holds as many open jobs as its daily capacity");
        assertThatThrownBy(() -> workflow.claimNext(Actor.crew("rep-x", "ghost"))).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("crew ghost is not registered or not active");
        assertThatThrownBy(() -> workflow.claimNext(Actor.ops("ops-1"))).isInstanceOf(AccessDeniedException.class);
    }

    private static Crew crew(String id, int capacity, String... localities) {
        return new Crew(id, "Crew " + id, Crew.Kind.VAN, Set.of(localities), capacity, LocalTime.of(8, 0), LocalTime.of(18, 0), true);
    }

    private static long scalar(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
