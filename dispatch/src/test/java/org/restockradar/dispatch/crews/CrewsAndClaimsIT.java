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
import org.restockradar.embedded.testing.TestPostgres;
import org.restockradar.contracts.IllegalTransitionException;
import org.restockradar.dispatch.DispatchTables;
import org.restockradar.dispatch.store.Job;
import org.restockradar.contracts.JobStatus;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.store.DispatchSchema;
import java.time.ZoneId;
import java.util.List;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.Topics;
import org.restockradar.contracts.Outlet;
import org.restockradar.dispatch.outlets.OutletStore;
import org.restockradar.dispatch.workflow.AccessDeniedException;
import org.restockradar.access.Actor;
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
    private static OutletStore outlets;

    @BeforeAll
    static void startDatabase() {
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 8);
        DispatchSchema.migrate(database);
        crews = new CrewStore(database, CLOCK);
        manual = new JobStore(database, CLOCK, Duration.ofHours(48));
        autoAssigning = new JobStore(database, CLOCK, Duration.ofHours(48), Duration.ofDays(7), new AutoAssigner(25).listener());
        workflow = new JobWorkflow(manual, CLOCK);
        outlets = new OutletStore(database, CLOCK);
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        DispatchTables.emptyJobsCrewsAndOutlets(database);
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
        assertThat(TestPostgres.scalar(database, "SELECT count(*) FROM job_event WHERE detail->>'auto_assigned' = 'true'")).isEqualTo(4);
    }

    @Test
    void shouldFlagAJobNoCrewCoversForOps() throws SQLException {
        crews.save(crew("van-1", 10, "pune|baner"));

        long id = autoAssigning.record(report("x-1").build()).jobId();

        assertThat(manual.find(id).orElseThrow().status()).isEqualTo(JobStatus.REPORTED);
        assertThat(TestPostgres.scalar(database, "SELECT count(*) FROM restock_job WHERE uncovered AND id = " + id)).isEqualTo(1);
        assertThat(TestPostgres.scalar(database, "SELECT count(*) FROM job_event WHERE kind = 'UNCOVERED' AND job_id = " + id)).isEqualTo(1);
    }

    @Test
    void shouldCoverAJobWhoseLocalityIsWrittenWithOtherCaseSpacesOrLettersThanTheCrews() throws SQLException {
        crews.save(crew("van-1", 10, "Las Piñas | Talon Uno"));

        long spaced = autoAssigning.record(report("x-1").sku("A").at("OUT-LP-1", "Aling Nena Store", " Talon Uno ", "Las Piñas ").build()).jobId();
        long capitals = autoAssigning.record(report("x-2").sku("B").at("OUT-LP-2", "Mang Ben Sari-Sari", "TALON UNO", "LAS PIÑAS").build()).jobId();

        assertThat(manual.find(spaced).orElseThrow().crewId()).isEqualTo("van-1");
        assertThat(manual.find(capitals).orElseThrow().crewId()).as("Ñ lowered as ñ, whatever the database's locale").isEqualTo("van-1");
        assertThat(crews.find("van-1").orElseThrow().localities()).containsExactly("las piñas|talon uno");
        assertThat(TestPostgres.scalar(database, "SELECT count(*) FROM restock_job WHERE uncovered")).isZero();
    }

    @Test
    void shouldRefuseATerritoryEntryWithoutACityOrALocality() {
        assertThatThrownBy(() -> crew("van-1", 10, "Pune | ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("city|locality");
        assertThatThrownBy(() -> crew("van-1", 10, "Kothrud")).isInstanceOf(IllegalArgumentException.class);
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
    void shouldWriteTheClaimsEventToTheHistoryAndTheOutboxAsTheTopicsSerdeReadsIt() throws SQLException {
        crews.save(crew("van-1", 10, "pune|kothrud"));
        long id = manual.record(report("e-1").build()).jobId();

        Job claimed = workflow.claimNext(Actor.crew("rep-anil", "van-1")).orElseThrow();

        assertThat(claimed.id()).isEqualTo(id);
        byte[] payload;
        String eventId;
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT o.payload, o.record_key, e.event_id FROM outbox o JOIN job_event e ON e.event_id = o.event_id"
                     + " WHERE e.job_id = " + id + " AND e.to_status = 'assigned'")) {
            assertThat(row.next()).isTrue();
            payload = row.getBytes(1);
            assertThat(row.getString(2)).isEqualTo(Long.toString(id));
            eventId = row.getString(3);
        }
        JobEvent event = Topics.JOB_EVENTS.valueSerde().deserializer().deserialize(Topics.JOB_EVENTS.name(), payload);
        assertThat(event.jobId()).isEqualTo(id);
        assertThat(event.eventId()).isEqualTo(eventId);
        assertThat(event.kind()).isEqualTo(JobEvent.Kind.STATUS_CHANGED);
        assertThat(event.fromStatus()).isEqualTo("reported");
        assertThat(event.toStatus()).isEqualTo("assigned");
        assertThat(event.crewId()).isEqualTo("van-1");
        assertThat(event.actor()).isEqualTo("rep-anil");
        assertThat(event.detail()).containsEntry("claimed", "true");
        assertThat(event.occurredAt()).isEqualTo(NOW);
        assertThat(crews.loads()).containsEntry("van-1", 1);
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

    @Test
    void shouldSaveAndReadPincodesAnAreaABaseAndATimeZone() {
        Crew crew = new Crew("van-mnl", "Manila Van", Crew.Kind.VAN, Set.of(), Set.of("1008", "1015"), KOTHRUD_AREA, new GeoPoint(14.6, 120.98),
                20, LocalTime.of(7, 0), LocalTime.of(16, 0), ZoneId.of("Asia/Manila"), true);
        crews.save(crew);

        assertThat(crews.find("van-mnl")).hasValue(crew);
    }

    @Test
    void shouldAutoAssignByPincodeAndByAreaAndFlagWhatNeitherCovers() throws SQLException {
        outlets.upsert(new Outlet("OUT-PIN", "Pin Stores", "Paud Rd, Pune 411038", "Nowhere Listed", "Pune", "MH", "India", new GeoPoint(18.60, 73.90)));
        outlets.upsert(new Outlet("OUT-AREA", "Area Stores", "Kothrud, Pune", "Unlisted", "Pune", "MH", "India", new GeoPoint(18.505, 73.81)));
        outlets.upsert(new Outlet("OUT-OUT", "Far Stores", "Pune", "Unlisted", "Pune", "MH", "India", new GeoPoint(19.5, 74.5)));
        crews.saveAll(List.of(
                new Crew("by-pin", "By Pin", Crew.Kind.VAN, Set.of(), Set.of("411038"), List.of(), null, 10, LocalTime.of(8, 0),
                        LocalTime.of(18, 0), Crew.DEFAULT_TIME_ZONE, true),
                new Crew("by-area", "By Area", Crew.Kind.VAN, Set.of(), Set.of(), KOTHRUD_AREA, null, 10, LocalTime.of(8, 0),
                        LocalTime.of(18, 0), Crew.DEFAULT_TIME_ZONE, true)));

        long pin = autoAssigning.record(report("p-1").at("OUT-PIN", "Pin Stores", "Nowhere Listed", "Pune").build()).jobId();
        long area = autoAssigning.record(report("p-2").at("OUT-AREA", "Area Stores", "Unlisted", "Pune").build()).jobId();
        long far = autoAssigning.record(report("p-3").at("OUT-OUT", "Far Stores", "Unlisted", "Pune").build()).jobId();

        assertThat(manual.find(pin).orElseThrow().crewId()).isEqualTo("by-pin");
        assertThat(manual.find(area).orElseThrow().crewId()).isEqualTo("by-area");
        assertThat(manual.find(far).orElseThrow().uncovered()).isTrue();
        assertThat(manual.find(far).orElseThrow().status()).isEqualTo(JobStatus.REPORTED);
    }

    @Test
    void shouldWeighDistanceFromTheCrewsBaseAgainstItsLoad() {
        outlets.upsert(new Outlet("OUT-NEAR-A", "Near A", "Kothrud, Pune", "Kothrud", "Pune", "MH", "India", new GeoPoint(18.5074, 73.8077)));
        // Van A is based at the outlet, van B 30 km away: A gets jobs until its load outweighs B's distance.
        crews.saveAll(List.of(
                new Crew("van-a", "Van A", Crew.Kind.VAN, Set.of("pune|kothrud"), Set.of(), List.of(), new GeoPoint(18.5074, 73.8077), 10,
                        LocalTime.of(8, 0), LocalTime.of(18, 0), Crew.DEFAULT_TIME_ZONE, true),
                new Crew("van-b", "Van B", Crew.Kind.VAN, Set.of("pune|kothrud"), Set.of(), List.of(), new GeoPoint(18.7772, 73.8077), 10,
                        LocalTime.of(8, 0), LocalTime.of(18, 0), Crew.DEFAULT_TIME_ZONE, true)));

        List<String> assigned = new java.util.ArrayList<>();
        for (int i = 0; i < 14; i++) {
            long id = autoAssigning.record(report("d-" + i).at("OUT-NEAR-A", "Near A", "Kothrud", "Pune").sku("SKU-" + i).build()).jobId();
            assigned.add(manual.find(id).orElseThrow().crewId());
        }

        // 30 km / 25 km = 1.2: van A takes jobs while its load is at most 1.2 of capacity-share above B's.
        assertThat(assigned.subList(0, 10)).containsOnly("van-a");
        assertThat(assigned.subList(10, 14)).containsOnly("van-b");
    }

    @Test
    void shouldGiveAnOffShiftCrewOnlyJobsItsNextShiftCanMake() {
        // 10:00Z is 15:30 in Kolkata and 18:00 in Manila.
        crews.saveAll(List.of(
                new Crew("night-off", "Off now", Crew.Kind.VAN, Set.of("pune|kothrud"), Set.of(), List.of(), null, 10,
                        LocalTime.of(6, 0), LocalTime.of(9, 0), Crew.DEFAULT_TIME_ZONE, true)));
        long soon = new JobStore(database, CLOCK, Duration.ofHours(2), Duration.ofDays(7), new AutoAssigner(25).listener())
                .record(report("s-1").reportedAt(NOW).build()).jobId();
        long later = autoAssigning.record(report("s-2").sku("OTHER").reportedAt(NOW).build()).jobId();

        assertThat(manual.find(soon).orElseThrow().status()).as("due 12:00Z, next shift 00:30Z tomorrow").isEqualTo(JobStatus.REPORTED);
        assertThat(manual.find(soon).orElseThrow().uncovered()).isFalse();
        assertThat(manual.find(later).orElseThrow().crewId()).as("due in 48 h: the next shift makes it").isEqualTo("night-off");
    }

    @Test
    void shouldLetACrewClaimByPincodeAndByArea() {
        outlets.upsert(new Outlet("OUT-PIN", "Pin Stores", "Paud Rd, Pune 411038", "Elsewhere", "Pune", "MH", "India", new GeoPoint(18.60, 73.90)));
        outlets.upsert(new Outlet("OUT-AREA", "Area Stores", "Kothrud, Pune", "Elsewhere", "Pune", "MH", "India", new GeoPoint(18.505, 73.81)));
        crews.save(new Crew("van-x", "Van X", Crew.Kind.VAN, Set.of(), Set.of("411038"), KOTHRUD_AREA, null, 10, LocalTime.of(8, 0),
                LocalTime.of(18, 0), Crew.DEFAULT_TIME_ZONE, true));
        long pin = manual.record(report("c-1").at("OUT-PIN", "Pin Stores", "Elsewhere", "Pune").reportedAt(T0).build()).jobId();
        long area = manual.record(report("c-2").at("OUT-AREA", "Area Stores", "Elsewhere", "Pune").reportedAt(T0.plusSeconds(60)).build()).jobId();
        manual.record(report("c-3").at("OUT-UNKNOWN", "Unknown", "Elsewhere", "Pune").build());
        Actor crew = Actor.crew("rep-x", "van-x");

        assertThat(workflow.claimNext(crew)).map(Job::id).hasValue(pin);
        assertThat(workflow.claimNext(crew)).map(Job::id).hasValue(area);
        assertThat(workflow.claimNext(crew)).isEmpty();
    }

    @Test
    void shouldKeepEachCrewsOpenJobCountExactThroughEveryMove() throws SQLException {
        crews.saveAll(List.of(crew("van-1", 10, "pune|kothrud"), crew("van-2", 10, "pune|kothrud")));
        Actor ops = Actor.ops("ops-1");
        long a = manual.record(report("m-1").sku("A").build()).jobId();
        long b = manual.record(report("m-2").sku("B").build()).jobId();
        long c = manual.record(report("m-3").sku("C").build()).jobId();
        workflow.assign(a, "van-1", ops);
        workflow.assign(b, "van-1", ops);
        workflow.claimNext(Actor.crew("rep-2", "van-2"));
        workflow.assign(b, "van-2", ops);
        workflow.accept(a, ops);
        workflow.enRoute(a, ops);
        workflow.complete(a, ops, new org.restockradar.dispatch.workflow.Proof(3, null, null, null, null));
        workflow.unassign(c, ops, null);

        assertThat(TestPostgres.scalar(database, "SELECT count(*) FROM crew c WHERE c.open_jobs <> (SELECT count(*) FROM restock_job j"
                + " WHERE j.crew_id = c.id AND j.status IN ('assigned', 'accepted', 'en_route'))")).isZero();
        assertThat(crews.loads()).containsEntry("van-1", 0).containsEntry("van-2", 1);
    }

    private static final List<GeoPoint> KOTHRUD_AREA = List.of(new GeoPoint(18.49, 73.79), new GeoPoint(18.52, 73.79),
            new GeoPoint(18.52, 73.83), new GeoPoint(18.49, 73.83));

    private static Crew crew(String id, int capacity, String... localities) {
        return new Crew(id, "Crew " + id, Crew.Kind.VAN, Set.of(localities), capacity, LocalTime.of(8, 0), LocalTime.of(18, 0), true);
    }


}
