package org.restockradar.dispatch.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restockradar.dispatch.Reports.T0;
import static org.restockradar.dispatch.Reports.report;
import static org.restockradar.dispatch.intake.IntakeRows.recordOf;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.DeadLetter;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.JobStatus;
import org.restockradar.contracts.Outlet;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.StockoutReport;
import org.restockradar.contracts.Topics;
import org.restockradar.dispatch.DispatchTables;
import org.restockradar.dispatch.crews.AutoAssigner;
import org.restockradar.dispatch.crews.Crew;
import org.restockradar.dispatch.crews.CrewStore;
import org.restockradar.dispatch.intake.ReportIntake.Outcome;
import org.restockradar.dispatch.outlets.OutletStore;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.dispatch.store.EventLog;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.store.OpenedJobListener;
import org.restockradar.dispatch.store.SlaPolicy;
import org.restockradar.embedded.testing.TestPostgres;

/** The intake of a poll's reports in one transaction ({@link ReportIntake#handleAll}), on a real PostgreSQL. */
@Tag("integration")
final class BatchIntakeIT {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final String TOPIC = Topics.STOCKOUT_REPORTS.name();

    private static HikariDataSource database;

    private final List<DeadLetter> deadLetters = new ArrayList<>();
    private final List<Long> openedJobs = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private ReportIntake intake;

    @BeforeAll
    static void startDatabase() {
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 4);
        DispatchSchema.migrate(database);
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        DispatchTables.emptyJobs(database);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        JobStore jobs = new JobStore(database, clock, Duration.ofHours(48), JobStore.DEFAULT_REOPEN_WINDOW, (connection, opened, now) -> {
            opened.forEach(job -> openedJobs.add(job.jobId()));
            return List.of();
        });
        intake = new ReportIntake(ReportRecorder.of(jobs), deadLetters::add, clock, meters);
    }

    @Test
    void shouldOpenOneJobPerOutletAndAttachTheLaterReportsInOrder() throws SQLException {
        List<ConsumerRecord<String, byte[]>> batch = List.of(
                recordOf(0, report("x-1").by("@asha").reportedAt(T0).build()),
                recordOf(1, report("x-2").at("OUT-PUNE-002", "Patil Stores", "Baner", "Pune").by("@ravi").reportedAt(T0).build()),
                recordOf(2, report("x-3").by("@meena").reportedAt(T0.plusSeconds(60)).build()),
                recordOf(3, report("x-4").by("@john").reportedAt(T0.plusSeconds(120)).build()));

        List<Outcome> outcomes = intake.handleAll(batch);

        assertThat(outcomes).containsOnly(Outcome.RECORDED);
        assertThat(rows("SELECT outlet_id || ':' || report_count FROM restock_job ORDER BY id"))
                .containsExactly("OUT-PUNE-001:3", "OUT-PUNE-002:1");
        assertThat(rows("SELECT mention_id || '>' || job_id FROM stockout_report ORDER BY received_at, mention_id"))
                .containsExactly("x-1>1", "x-2>2", "x-3>1", "x-4>1");
        assertThat(rows("SELECT job_id || ':' || kind FROM job_event ORDER BY id")).containsExactly("1:OPENED", "2:OPENED");
        assertThat(publishedEvents()).extracting(event -> event.jobId() + ":" + event.kind() + ":" + event.reports().size())
                .containsExactly("1:OPENED:1", "2:OPENED:1", "1:REPORT_ADDED:1", "1:REPORT_ADDED:1");
        assertThat(openedJobs).containsExactly(1L, 2L);
        assertThat(meters.counter(ReportIntake.JOBS_OPENED).count()).isEqualTo(2.0);
        assertThat(meters.counter(ReportIntake.REPORTS, "outcome", "recorded").count()).isEqualTo(4.0);
    }

    @Test
    void shouldChangeNothingWhenTheSameBatchIsDeliveredTwice() throws SQLException {
        List<ConsumerRecord<String, byte[]>> batch = List.of(
                recordOf(0, report("x-1").by("@asha").build()),
                recordOf(1, report("x-2").by("@ravi").reportedAt(T0.plusSeconds(30)).build()),
                recordOf(2, report("x-3").at("OUT-PUNE-002", "Patil Stores", "Baner", "Pune").build()));
        intake.handleAll(batch);
        List<String> before = IntakeRows.snapshot(database);

        List<Outcome> again = intake.handleAll(batch);

        assertThat(again).containsOnly(Outcome.DUPLICATE);
        assertThat(IntakeRows.snapshot(database)).isEqualTo(before);
        assertThat(openedJobs).hasSize(2);
        assertThat(meters.counter(ReportIntake.REPORTS, "outcome", "duplicate").count()).isEqualTo(3.0);
    }

    @Test
    void shouldDeadLetterAnUndecodableRecordAndRecordTheRest() throws SQLException {
        List<ConsumerRecord<String, byte[]>> batch = List.of(
                recordOf(0, report("x-1").build()),
                new ConsumerRecord<>(TOPIC, 0, 1L, "OUT-PUNE-001", "{not json".getBytes(StandardCharsets.UTF_8)),
                recordOf(2, report("x-2").by("@ravi").build()));

        List<Outcome> outcomes = intake.handleAll(batch);

        assertThat(outcomes).containsExactly(Outcome.RECORDED, Outcome.DEAD_LETTERED, Outcome.RECORDED);
        assertThat(deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.offset()).isEqualTo(1L);
            assertThat(letter.reason()).startsWith("cannot decode");
        });
        assertThat(rows("SELECT mention_id FROM stockout_report ORDER BY mention_id")).containsExactly("x-1", "x-2");
    }

    @Test
    void shouldDeadLetterOnlyTheReportTheDatabaseRefuses() throws SQLException {
        List<ConsumerRecord<String, byte[]>> batch = List.of(
                recordOf(0, report("x-1").build()),
                recordOf(1, report("x-2").text("nul \u0000 inside").build()),
                recordOf(2, report("x-3").by("@ravi").build()));

        List<Outcome> outcomes = intake.handleAll(batch);

        assertThat(outcomes).containsExactly(Outcome.RECORDED, Outcome.DEAD_LETTERED, Outcome.RECORDED);
        assertThat(deadLetters).singleElement().satisfies(letter -> assertThat(letter.reason()).startsWith("refused by dispatch"));
        assertThat(rows("SELECT mention_id FROM stockout_report ORDER BY mention_id")).containsExactly("x-1", "x-3");
        assertThat(rows("SELECT outlet_id || ':' || report_count FROM restock_job")).containsExactly("OUT-PUNE-001:2");
    }

    @Test
    void shouldWriteTheSameOutboxRowsAsTheOneByOnePath() throws SQLException {
        List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String outlet = "OUT-PUNE-00" + (i % 3);
            batch.add(recordOf(i, report("x-" + i).at(outlet, "Store " + outlet, "Kothrud", "Pune").by("@r" + i)
                    .reportedAt(T0.plusSeconds(i)).build()));
        }
        batch.add(recordOf(12, report("x-0").build()));
        for (ConsumerRecord<String, byte[]> record : batch) {
            intake.handle(record);
        }
        List<String> oneByOne = outboxWithoutEventIds();
        emptyTables();

        intake.handleAll(batch);

        assertThat(outboxWithoutEventIds()).hasSize(12).isEqualTo(oneByOne);
    }

    @Test
    void shouldWriteTheSameRowsAndEventsAsTheOneByOnePathWhenJobsAreOpenReopenedAndMovedBack() throws SQLException {
        JobStore jobs = new JobStore(database, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(48));
        assertSamePathsFor(ReportRecorder.of(jobs), 200);
    }

    @Test
    void shouldWriteWhatTheListenerDidAsIfToldOfEachOpenedJobBeforeTheNextReport() throws SQLException {
        // The listener assigns each job and returns an event that carries the job's reports: what it says must be what it
        // says one by one, and later reports of the job must carry the status it left.
        JobStore jobs = new JobStore(database, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(48), JobStore.DEFAULT_REOPEN_WINDOW,
                (connection, opened, now) -> {
                    List<JobEvent> events = new ArrayList<>();
                    for (OpenedJobListener.OpenedJob job : opened) {
                        try (var assign = connection.prepareStatement(
                                "UPDATE restock_job SET status = 'assigned', crew_id = 'crew-1', assigned_at = ? WHERE id = ?")) {
                            assign.setObject(1, now.atOffset(ZoneOffset.UTC));
                            assign.setLong(2, job.jobId());
                            assign.executeUpdate();
                        }
                        events.add(EventLog.event(job.jobId(), JobEvent.Kind.STATUS_CHANGED, JobStatus.REPORTED, JobStatus.ASSIGNED,
                                "crew-1", "auto-assign", JobStore.SYSTEM_ROLE, null, Map.of("due", job.dueAt().toString()), now));
                    }
                    return events;
                });
        assertSamePathsFor(ReportRecorder.of(jobs), 4);
        emptyTables();
        assertSamePathsFor(ReportRecorder.of(jobs), 200);
    }

    @Test
    void shouldAutoAssignAndFlagAPollsNewJobsAsOneByOneAndChangeNothingWhenItComesAgain() throws SQLException {
        // Two crews share Kothrud (capacities 1 and 3), one has Baner (capacity 1); Aundh is nobody's. Nine new jobs in
        // Kothrud fill both crews in the order the loads give, later reports join assigned and uncovered jobs.
        JobStore jobs = new JobStore(database, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(48), JobStore.DEFAULT_REOPEN_WINDOW,
                new AutoAssigner(25).listener());
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            records.add(recordOf(records.size(), report("k-" + i).at("OUT-K" + i, "Kothrud Store " + i, "Kothrud", "Pune").by("@k" + i)
                    .reportedAt(T0.plusSeconds(i)).build()));
            if (i % 3 == 0) {
                records.add(recordOf(records.size(), report("b-" + i).at("OUT-B" + i, "Baner Store " + i, "Baner", "Pune").by("@b" + i)
                        .reportedAt(T0.plusSeconds(i)).build()));
                records.add(recordOf(records.size(), report("z-" + i).at("OUT-Z", "Zeenat Mart", "Aundh", "Pune").by("@z" + i)
                        .reportedAt(T0.plusSeconds(100 - i)).build()));
            }
        }
        records.add(recordOf(records.size(), report("k-0b").at("OUT-K0", "Kothrud Store 0", "Kothrud", "Pune").by("@k0b").build()));
        records.add(recordOf(records.size(), report("k-1").at("OUT-K1", "Kothrud Store 1", "Kothrud", "Pune").by("@k1")
                .reportedAt(T0.plusSeconds(1)).build()));

        ReportIntake oneByOne = new ReportIntake(ReportRecorder.of(jobs), deadLetters::add, Clock.fixed(NOW, ZoneOffset.UTC), meters);
        withCrews();
        records.forEach(oneByOne::handle);
        List<String> expected = comparable();
        assertThat(rows("SELECT coalesce(crew_id, CASE WHEN uncovered THEN 'uncovered' ELSE status END) FROM restock_job"
                + " WHERE outlet_id LIKE 'OUT-K%' ORDER BY outlet_id"))
                .containsExactly("van-big", "van-small", "van-big", "van-big", "reported", "reported", "reported", "reported", "reported");
        assertThat(rows("SELECT DISTINCT uncovered::text FROM restock_job WHERE outlet_id = 'OUT-Z'")).containsExactly("true");

        emptyTables();
        withCrews();
        ReportIntake batched = new ReportIntake(ReportRecorder.of(jobs), deadLetters::add, Clock.fixed(NOW, ZoneOffset.UTC), meters);
        assertThat(batched.handleAll(records)).doesNotContain(Outcome.DEAD_LETTERED);
        assertThat(comparable()).isEqualTo(expected);
        List<String> before = IntakeRows.snapshot(database);

        assertThat(batched.handleAll(records)).containsOnly(Outcome.DUPLICATE);
        assertThat(IntakeRows.snapshot(database)).isEqualTo(before);
        assertThat(comparable()).isEqualTo(expected);
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void shouldWriteEachNewUncoveredJobOnceFlaggedAsItIsInserted() throws SQLException {
        // Given no crew at all, as under the load harness: every new job is uncovered.
        TestPostgres.execute(database, "TRUNCATE crew_territory, crew_pincode, crew, outlet CASCADE");
        JobStore jobs = new JobStore(database, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(48), JobStore.DEFAULT_REOPEN_WINDOW,
                new AutoAssigner(25).listener());
        ReportIntake batched = new ReportIntake(ReportRecorder.of(jobs), deadLetters::add, Clock.fixed(NOW, ZoneOffset.UTC), meters);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            records.add(recordOf(i, report("u-" + i).at("OUT-U" + i, "Udyog Stores " + i, "Aundh", "Pune").by("@u" + i).build()));
        }

        batched.handleAll(records);

        assertThat(rows("SELECT uncovered || ' ' || status FROM restock_job")).hasSize(6).containsOnly("true reported");
        assertThat(rows("SELECT kind FROM job_event ORDER BY id")).containsExactly("OPENED", "UNCOVERED", "OPENED", "UNCOVERED",
                "OPENED", "UNCOVERED", "OPENED", "UNCOVERED", "OPENED", "UNCOVERED", "OPENED", "UNCOVERED");
        // One version of each row: an update would have written a new one past the six the insert put on the first page.
        assertThat(rows("SELECT ctid::text FROM restock_job ORDER BY ctid"))
                .containsExactly("(0,1)", "(0,2)", "(0,3)", "(0,4)", "(0,5)", "(0,6)");
    }

    @Test
    void shouldAssignAndClearTheFlagOfANewJobThatACrewSavedInBetweenCovers() throws SQLException {
        // Given Aundh is nobody's when the poll looks before inserting, and a crew with room for one job in Aundh is saved
        // (and committed) before the assigner places the poll's jobs.
        TestPostgres.execute(database, "TRUNCATE crew_territory, crew_pincode, crew, outlet CASCADE");
        OpenedJobListener assigner = new AutoAssigner(25).listener();
        OpenedJobListener crewSavedInBetween = new OpenedJobListener() {
            @Override
            public boolean[] uncovered(Connection connection, List<Opening> openings) throws SQLException {
                boolean[] uncovered = assigner.uncovered(connection, openings);
                new CrewStore(database, Clock.fixed(NOW, ZoneOffset.UTC)).saveAll(List.of(new Crew("van-aundh", "Van Aundh",
                        Crew.Kind.VAN, Set.of("pune|aundh"), 1, LocalTime.of(0, 0), LocalTime.of(23, 59), true)));
                return uncovered;
            }

            @Override
            public List<JobEvent> opened(Connection connection, List<OpenedJob> jobs, Instant now) throws SQLException {
                return assigner.opened(connection, jobs, now);
            }
        };
        JobStore jobs = new JobStore(database, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(48), JobStore.DEFAULT_REOPEN_WINDOW,
                crewSavedInBetween);
        ReportIntake batched = new ReportIntake(ReportRecorder.of(jobs), deadLetters::add, Clock.fixed(NOW, ZoneOffset.UTC), meters);

        batched.handleAll(List.of(
                recordOf(0, report("a-1").at("OUT-A1", "Aundh Stores", "Aundh", "Pune").by("@a1").build()),
                recordOf(1, report("a-2").at("OUT-A2", "Aundh Mart", "Aundh", "Pune").by("@a2").build())));

        // Then the first is assigned and the second, covered but with no room left, stays reported: neither is flagged.
        assertThat(rows("SELECT outlet_id || ' ' || status || ' ' || coalesce(crew_id, '-') || ' ' || uncovered FROM restock_job ORDER BY outlet_id"))
                .containsExactly("OUT-A1 assigned van-aundh false", "OUT-A2 reported - false");
        assertThat(rows("SELECT kind FROM job_event ORDER BY id")).containsExactly("OPENED", "STATUS_CHANGED", "OPENED");
    }

    private static void withCrews() throws SQLException {
        TestPostgres.execute(database, "TRUNCATE crew_territory, crew_pincode, crew, outlet CASCADE");
        new CrewStore(database, Clock.fixed(NOW, ZoneOffset.UTC)).saveAll(List.of(
                new Crew("van-small", "Van small", Crew.Kind.VAN, Set.of("pune|kothrud"), 1, LocalTime.of(8, 0), LocalTime.of(18, 0), true),
                new Crew("van-big", "Van big", Crew.Kind.VAN, Set.of("pune|kothrud"), 3, LocalTime.of(8, 0), LocalTime.of(18, 0), true),
                new Crew("van-baner", "Van Baner", Crew.Kind.VAN, Set.of("pune|baner"), 1, LocalTime.of(8, 0), LocalTime.of(18, 0), true)));
    }

    @Test
    void shouldDueEachJobByItsBrandAndTheRegionOfItsOutletAsOneByOne() throws SQLException {
        TestPostgres.execute(database, "TRUNCATE outlet");
        new OutletStore(database, Clock.fixed(NOW, ZoneOffset.UTC)).upsert(new Outlet("OUT-MNL-1", "Suki Mini Mart",
                "172 Maceda St, Sampaloc, Manila 1008", "Sampaloc", "Manila", "Metro Manila", "Philippines", new GeoPoint(14.6079, 120.9922)));
        SlaPolicy policy = SlaPolicy.fromSettings(Settings.of(Map.of("dispatch.sla", "48h", "dispatch.sla.brand.hippo", "24h",
                "dispatch.calendar.metro-manila.hours", "09:00-18:00", "dispatch.calendar.metro-manila.days", "MON-FRI",
                "dispatch.calendar.metro-manila.zone", "Asia/Manila")));
        JobStore regional = new JobStore(database, Clock.fixed(NOW, ZoneOffset.UTC), policy, Duration.ofDays(7), OpenedJobListener.NONE);
        // Friday 2026-11-20 09:30Z is 17:30 in Manila: half an hour on Friday, 9 h each of Monday and Tuesday, 5.5 h Wednesday.
        Instant reported = Instant.parse("2026-11-20T09:30:00Z");

        regional.recordAll(List.of(
                report("m-1").at("OUT-MNL-1", "Suki Mini Mart", "Sampaloc", "Manila").reportedAt(reported.plusSeconds(3600)).build(),
                report("m-2").reportedAt(reported).build(),
                report("m-3").at("OUT-MNL-1", "Suki Mini Mart", "Sampaloc", "Manila").reportedAt(reported).build()));

        assertThat(rows("SELECT outlet_id || ' ' || to_char(due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') FROM restock_job ORDER BY outlet_id"))
                .containsExactly("OUT-MNL-1 2026-11-25 06:30", "OUT-PUNE-001 2026-11-21 09:30");
    }

    /**
     * Records a scenario one report at a time, then again on empty tables in polls of {@code poll} records, and compares
     * every row the intake writes, job ids aside (the set-based upsert spends no job id on an attached report).
     */
    private void assertSamePathsFor(ReportRecorder recorder, int poll) throws SQLException {
        ReportIntake oneByOne = new ReportIntake(recorder, deadLetters::add, Clock.fixed(NOW, ZoneOffset.UTC), meters);
        List<ConsumerRecord<String, byte[]>> scenario = scenario();
        oneByOne.handle(scenario.get(0));
        oneByOne.handle(scenario.get(1));
        TestPostgres.execute(database, RESTOCK_FIRST_JOB);
        for (ConsumerRecord<String, byte[]> record : scenario.subList(2, scenario.size())) {
            oneByOne.handle(record);
        }
        List<String> expected = comparable();
        emptyTables();

        ReportIntake batched = new ReportIntake(recorder, deadLetters::add, Clock.fixed(NOW, ZoneOffset.UTC), meters);
        List<ConsumerRecord<String, byte[]>> records = scenario();
        batched.handleAll(records.subList(0, 2));
        TestPostgres.execute(database, RESTOCK_FIRST_JOB);
        for (int from = 2; from < records.size(); from += poll) {
            assertThat(batched.handleAll(records.subList(from, Math.min(records.size(), from + poll)))).doesNotContain(Outcome.DEAD_LETTERED);
        }

        assertThat(comparable()).isEqualTo(expected);
        assertThat(deadLetters).isEmpty();
    }

    private static final String RESTOCK_FIRST_JOB =
            "UPDATE restock_job SET status = 'restocked', crew_id = 'crew-9', restocked_at = '2026-11-20T10:30:00Z' WHERE outlet_id = 'OUT-A'";

    /**
     * Two reports opening jobs (OUT-A, restocked then; OUT-B, open), then a poll: new jobs first seen out of key order,
     * a job reopened after a restock, reports earlier than their job's first one, a brand-level job beside a product
     * one, mentions repeated in the poll and from before.
     */
    private List<ConsumerRecord<String, byte[]>> scenario() {
        List<StockoutReport> reports = List.of(
                report("s-1").at("OUT-A", "Anand Stores", "Kothrud", "Pune").by("@a").reportedAt(T0).build(),
                report("s-2").at("OUT-B", "Bharat Kirana", "Baner", "Pune").by("@b").reportedAt(T0.plusSeconds(600)).build(),
                report("r-1").at("OUT-Z", "Zeenat Mart", "Aundh", "Pune").by("@z").reportedAt(T0.plusSeconds(3600)).build(),
                report("r-2").at("OUT-B", "Bharat Kirana", "Baner", "Pune").by("@b2").reportedAt(T0.plusSeconds(60)).build(),
                report("r-3").at("OUT-A", "Anand Stores", "Kothrud", "Pune").by("@a2").reportedAt(T0.plusSeconds(7200)).build(),
                report("r-4").at("OUT-C", "Chawla Stores", "Wakad", "Pune").by("@c").reportedAt(T0.plusSeconds(5000)).build(),
                report("r-5").at("OUT-Z", "Zeenat Mart", "Aundh", "Pune").by("@z2").text("Hippo nahi mila yaar, kab aayega").reportedAt(T0.plusSeconds(1800)).build(),
                report("r-2").at("OUT-B", "Bharat Kirana", "Baner", "Pune").by("@b2").reportedAt(T0.plusSeconds(60)).build(),
                report("s-1").at("OUT-A", "Anand Stores", "Kothrud", "Pune").by("@a").reportedAt(T0).build(),
                report("r-6").at("OUT-Z", "Zeenat Mart", "Aundh", "Pune").sku(null).by("@z3").reportedAt(T0.plusSeconds(4000)).build(),
                report("r-7").at("OUT-B", "Bharat Kirana", "Baner", "Pune").by("@b3").reportedAt(T0.plusSeconds(9000)).build(),
                report("r-8").at("OUT-C", "Chawla Stores", "Wakad", "Pune").by("@c2").reportedAt(T0.plusSeconds(5000)).build(),
                report("r-9").at("OUT-Z", "Zeenat Mart", "Aundh", "Pune").by("@z").reportedAt(T0.plusSeconds(1800)).build());
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            records.add(recordOf(i, reports.get(i)));
        }
        return records;
    }

    /** Every row the intake writes, with job ids as the order each job first appears in the outbox and event ids blanked. */
    private static List<String> comparable() throws SQLException {
        List<String> all = new ArrayList<>();
        Map<Long, Integer> jobNumbers = new HashMap<>();
        for (JobEvent event : publishedEvents()) {
            jobNumbers.putIfAbsent(event.jobId(), jobNumbers.size() + 1);
        }
        for (JobEvent event : publishedEvents()) {
            Map<String, String> detail = new HashMap<>(event.detail());
            detail.computeIfPresent("follows_job_id", (key, id) -> "#" + jobNumbers.get(Long.parseLong(id)));
            JobEvent renumbered = new JobEvent("<event id>", jobNumbers.get(event.jobId()), event.kind(), event.fromStatus(),
                    event.toStatus(), event.crewId(), event.actor(), event.actorRole(), event.reason(), detail, event.occurredAt(),
                    event.job(), event.reports());
            all.add("outbox " + new String(Topics.JOB_EVENTS.valueSerde().serializer().serialize(Topics.JOB_EVENTS.name(), renumbered),
                    StandardCharsets.UTF_8));
        }
        for (String[] row : table("SELECT id, follows_job_id, outlet_id, product_key, status, crew_id, created_at, first_reported_at,"
                + " due_at, report_count, updated_at, restocked_at, uncovered, assigned_at FROM restock_job ORDER BY outlet_id, product_key, created_at, status")) {
            all.add("job #" + jobNumbers.get(Long.parseLong(row[0])) + " follows " + (row[1] == null ? "-" : "#" + jobNumbers.get(Long.parseLong(row[1])))
                    + " " + String.join(" ", Arrays.asList(row).subList(2, row.length)));
        }
        for (String[] row : table("SELECT job_id, mention_id, source, reporter_id, reporter_handle, text, reported_at, received_at"
                + " FROM stockout_report ORDER BY mention_id")) {
            all.add("report of #" + jobNumbers.get(Long.parseLong(row[0])) + " " + String.join(" ", Arrays.asList(row).subList(1, row.length)));
        }
        for (String[] row : table("SELECT job_id, kind, from_status, to_status, crew_id, actor, actor_role, reason,"
                + " (detail - 'follows_job_id')::text, detail ? 'follows_job_id', occurred_at FROM job_event ORDER BY id")) {
            all.add("history of #" + jobNumbers.get(Long.parseLong(row[0])) + " " + String.join(" ", Arrays.asList(row).subList(1, row.length)));
        }
        for (String[] row : table("SELECT id, open_jobs FROM crew ORDER BY id")) {
            all.add("crew " + String.join(" ", row));
        }
        return all;
    }

    private static List<String[]> table(String sql) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                String[] values = new String[columns];
                for (int c = 0; c < columns; c++) {
                    values[c] = row.getString(c + 1);
                }
                rows.add(values);
            }
        }
        return rows;
    }

    /** The outbox in order, each row's key and event as published with its random event id blanked. */
    private static List<String> outboxWithoutEventIds() throws SQLException {
        List<String> rows = new ArrayList<>();
        for (JobEvent event : publishedEvents()) {
            String eventId = event.eventId();
            rows.add(new String(Topics.JOB_EVENTS.valueSerde().serializer().serialize(Topics.JOB_EVENTS.name(), event),
                    StandardCharsets.UTF_8).replace(eventId, "<event id>"));
        }
        return rows;
    }

    private static List<JobEvent> publishedEvents() throws SQLException {
        return IntakeRows.publishedEvents(database);
    }

    private static List<String> rows(String sql) throws SQLException {
        return IntakeRows.rows(database, sql);
    }
}
