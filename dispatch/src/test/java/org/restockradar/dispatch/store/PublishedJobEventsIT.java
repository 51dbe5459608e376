package org.restockradar.dispatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restockradar.dispatch.Reports.T0;
import static org.restockradar.dispatch.Reports.report;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.access.Actor;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.Topics;
import org.restockradar.dispatch.crews.Crew;
import org.restockradar.dispatch.crews.CrewStore;
import org.restockradar.dispatch.workflow.FailureReason;
import org.restockradar.dispatch.workflow.JobWorkflow;
import org.restockradar.embedded.testing.TestPostgres;

/**
 * What dispatch publishes on {@code job-events} for rewards and replies, read back from its outbox with the topic's
 * serde: the job's facts and every report (source, account, handle, language) on {@code OPENED}, {@code REPORT_ADDED}
 * and {@code STATUS_CHANGED}; a report joining an open job published without a history row.
 */
@Tag("integration")
final class PublishedJobEventsIT {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Deserializer<JobEvent> EVENTS = Topics.JOB_EVENTS.valueSerde().deserializer();
    private static final Actor OPS = Actor.ops("ops-meera");
    private static final Actor CREW = Actor.crew("rep-anil", "crew-a");

    private static HikariDataSource database;
    private static JobStore store;
    private static JobWorkflow workflow;

    @BeforeAll
    static void startDatabase() {
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 4);
        DispatchSchema.migrate(database);
        store = new JobStore(database, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(48));
        workflow = new JobWorkflow(store, Clock.fixed(NOW, ZoneOffset.UTC));
        new CrewStore(database, Clock.fixed(NOW, ZoneOffset.UTC)).save(new Crew("crew-a", "Crew A", Crew.Kind.VAN, Set.of("pune|kothrud"), 10,
                LocalTime.of(0, 0), LocalTime.of(23, 59), true));
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @Test
    void shouldCarryTheJobAndItsReportersOnEveryEventRewardsAndRepliesNeed() throws SQLException {
        long job = store.record(report("x-1").by("asha").named("Asha K").text("Hippo nahi mil raha yaar, dukaan mein khatam").reportedAt(T0)
                .build()).jobId();
        store.record(report("x-2").by("ravi").text("no Hippo at Sharma").reportedAt(T0.plusSeconds(60)).build());
        workflow.assign(job, "crew-a", OPS);
        workflow.accept(job, CREW);
        workflow.fail(job, CREW, FailureReason.SHELF_FULL, null);

        List<JobEvent> published = published(job);

        assertThat(published).extracting(JobEvent::kind).containsExactly(JobEvent.Kind.OPENED, JobEvent.Kind.REPORT_ADDED,
                JobEvent.Kind.STATUS_CHANGED, JobEvent.Kind.STATUS_CHANGED, JobEvent.Kind.STATUS_CHANGED);
        assertThat(published).allSatisfy(event -> {
            assertThat(event.job()).isNotNull();
            assertThat(event.job().outletId()).isEqualTo("OUT-PUNE-001");
            assertThat(event.job().outletName()).isEqualTo("Sharma General Store");
            assertThat(event.job().city()).isEqualTo("Pune");
            assertThat(event.job().brand()).isEqualTo("Hippo");
        });
        assertThat(published.get(0).reports()).extracting(JobEvent.Report::mentionId).containsExactly("x-1");
        assertThat(published.get(1).detail()).containsEntry("mention_id", "x-2");
        assertThat(published.get(1).reports()).as("a joining report carries itself only").extracting(JobEvent.Report::mentionId)
                .containsExactly("x-2");
        assertThat(published.get(4).reason()).isEqualTo("shelf_full");
        assertThat(published.get(4).reports()).extracting(r -> r.mentionId() + " " + r.source() + " " + r.reporterId() + " " + r.handle()
                + " " + r.language() + " " + r.name()).containsExactly("x-1 x id-asha asha hinglish Asha K", "x-2 x id-ravi ravi en null");
        assertThat(TestPostgres.scalar(database, "SELECT count(*) FROM job_event WHERE job_id = " + job))
                .as("the joining report is news for job-events, not a change in the job's history").isEqualTo(4);
    }

    private static List<JobEvent> published(long job) throws SQLException {
        List<JobEvent> events = new ArrayList<>();
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT payload FROM outbox WHERE record_key = ? ORDER BY id")) {
            select.setString(1, Long.toString(job));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(EVENTS.deserialize(Topics.JOB_EVENTS.name(), rows.getBytes(1)));
                }
            }
        }
        return events;
    }
}
