package org.restockradar.dispatch.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restockradar.dispatch.Reports.report;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.embedded.testing.TestPostgres;
import org.restockradar.dispatch.needslocation.NeedsLocationStore;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.dispatch.store.JobStore;

/** The dashboard's figures from a small, hand-made history on a real PostgreSQL. */
@Tag("integration")
final class StatsStoreIT {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Duration SLA = Duration.ofHours(48);

    private static HikariDataSource database;
    private static final List<Instant> COUNTED_SINCE = new ArrayList<>();
    private static StatsStore stats;

    @BeforeAll
    static void history() throws SQLException {
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 4);
        DispatchSchema.migrate(database);
        // D: opened on the 15th, restocked 60 h after its report (late), breached while crew-a held it.
        long d = open("x-d", "OUT-D", Instant.parse("2026-11-15T00:00:00Z"), Instant.parse("2026-11-15T00:10:00Z"));
        // A: opened on the 19th, restocked after 18 h, verified on the 20th.
        long a = open("x-a", "OUT-A", Instant.parse("2026-11-19T11:00:00Z"), Instant.parse("2026-11-19T11:05:00Z"));
        // B and C: opened today; B restocked after 2 h.
        long b = open("x-b", "OUT-B", Instant.parse("2026-11-20T07:30:00Z"), Instant.parse("2026-11-20T07:31:00Z"));
        open("x-c", "OUT-C", Instant.parse("2026-11-20T09:00:00Z"), Instant.parse("2026-11-20T09:01:00Z"));
        restocked(d, Instant.parse("2026-11-17T12:00:00Z"));
        restocked(a, Instant.parse("2026-11-20T05:00:00Z"));
        restocked(b, Instant.parse("2026-11-20T09:30:00Z"));
        TestPostgres.execute(database, "UPDATE restock_job SET crew_id = 'crew-a' WHERE id = " + d);
        TestPostgres.execute(database, "INSERT INTO sla_alert (job_id, kind, fired_at, event_id) VALUES (" + d + ", 'SLA_BREACH', '2026-11-17T00:00:00Z', gen_random_uuid())");
        TestPostgres.execute(database, "INSERT INTO job_event (event_id, job_id, kind, from_status, to_status, actor, actor_role, occurred_at) VALUES "
                + "(gen_random_uuid(), " + a + ", 'STATUS_CHANGED', 'restocked', 'verified', 'ops-meera', 'ops', '2026-11-20T09:40:00Z')");
        new NeedsLocationStore(database, r -> {
            throw new AssertionError("nothing is placed here");
        }, Clock.fixed(NOW, ZoneOffset.UTC)).take(report("x-n").withoutOutlet().reportedAt(Instant.parse("2026-11-20T09:45:00Z")).build());
        stats = new StatsStore(database, since -> {
            COUNTED_SINCE.add(since);
            return 42;
        }, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @Test
    void shouldCountReportsPerHourOverTheLastDayIncludingUnplacedOnes() {
        StatsStore.Overview overview = stats.overview(7);

        assertThat(overview.reportsPerHour()).hasSize(24);
        assertThat(overview.reportsPerHour().get(0).hour()).isEqualTo(Instant.parse("2026-11-19T11:00:00Z"));
        assertThat(overview.reportsPerHour()).filteredOn(hour -> hour.count() > 0)
                .extracting(StatsStore.HourCount::hour, StatsStore.HourCount::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Instant.parse("2026-11-19T11:00:00Z"), 1L),
                        org.assertj.core.groups.Tuple.tuple(Instant.parse("2026-11-20T07:00:00Z"), 1L),
                        org.assertj.core.groups.Tuple.tuple(Instant.parse("2026-11-20T09:00:00Z"), 2L));
    }

    @Test
    void shouldCountJobsOpenedAndClosedPerUtcDay() {
        StatsStore.Overview overview = stats.overview(7);

        assertThat(overview.jobsPerDay()).hasSize(7);
        assertThat(overview.jobsPerDay().get(0).day()).isEqualTo(LocalDate.parse("2026-11-14"));
        assertThat(overview.jobsPerDay()).filteredOn(day -> day.opened() > 0 || day.closed() > 0)
                .extracting(StatsStore.DayCount::day, StatsStore.DayCount::opened, StatsStore.DayCount::closed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-11-15"), 1L, 0L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-11-19"), 1L, 0L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-11-20"), 2L, 1L));
    }

    @Test
    void shouldTellTheShareRestockedInTimeAndTheMedianHoursToRestock() {
        StatsStore.Overview overview = stats.overview(7);

        assertThat(overview.restockedWithinSlaShare()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(overview.medianHoursToRestock()).isCloseTo(18.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void shouldCountOnlyTheRestocksOfTheWindowAndNoneWhenThereWereNone() {
        StatsStore.Overview today = stats.overview(1);

        // A (after 18 h) and B (after 2 h) were restocked today, both in time; D's late restock is outside the window.
        assertThat(today.restockedWithinSlaShare()).isEqualTo(1.0);
        assertThat(today.medianHoursToRestock()).isCloseTo(10.0, org.assertj.core.data.Offset.offset(1e-9));
        StatsStore quiet = new StatsStore(database, MentionCounter.NONE, Clock.fixed(Instant.parse("2026-12-20T10:00:00Z"), ZoneOffset.UTC));
        assertThat(quiet.overview(1).restockedWithinSlaShare()).isNull();
        assertThat(quiet.overview(1).medianHoursToRestock()).isNull();
        assertThat(quiet.overview(1).funnel().mentions()).isEqualTo(-1);
    }

    @Test
    void shouldCountBreachesByTheCrewThatHeldTheJob() {
        assertThat(stats.overview(7).breachesByCrew()).containsExactly(new StatsStore.CrewBreaches("crew-a", 1));
        assertThat(stats.overview(1).breachesByCrew()).isEmpty();
    }

    @Test
    void shouldFollowTheFunnelFromMentionsToRestockedJobs() {
        StatsStore.Overview overview = stats.overview(7);

        assertThat(overview.funnel()).isEqualTo(new StatsStore.Funnel(42, 5, 4, 3));
        assertThat(COUNTED_SINCE).contains(Instant.parse("2026-11-14T00:00:00Z"));
    }

    @Test
    void shouldRefuseAWindowOutsideItsBounds() {
        assertThatThrownBy(() -> stats.overview(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days");
        assertThatThrownBy(() -> stats.overview(StatsStore.MAX_DAYS + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static long open(String mentionId, String outletId, Instant reportedAt, Instant openedAt) {
        JobStore store = new JobStore(database, Clock.fixed(openedAt, ZoneOffset.UTC), SLA);
        return store.record(report(mentionId).at(outletId, "Shop " + outletId, "Kothrud", "Pune").reportedAt(reportedAt).build()).jobId();
    }

    private static void restocked(long job, Instant at) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE restock_job SET restocked_at = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setLong(2, job);
            update.executeUpdate();
        }
    }

}
