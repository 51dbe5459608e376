package org.restockradar.dispatch.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.embedded.testing.TestPostgres;
import org.restockradar.access.Actor;
import org.restockradar.dispatch.crews.ClaimSeed;
import org.restockradar.dispatch.crews.Crew;
import org.restockradar.dispatch.crews.CrewStore;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.dispatch.store.JobStore;

/** One database call claims for a batch of crews (function {@code claim_jobs}, migration V44); real PostgreSQL. */
@Tag("integration")
final class ClaimBatchIT {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private HikariDataSource database;
    private JobWorkflow workflow;

    @BeforeEach
    void startDatabase() {
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 4);
        DispatchSchema.migrate(database);
        workflow = new JobWorkflow(new JobStore(database, CLOCK, Duration.ofHours(48)), CLOCK);
    }

    @AfterEach
    void stopDatabase() {
        database.close();
    }

    /** A row of the batch's answer. */
    private record Answer(int request, Long jobId, String crewId, String status, String locality, String refusal, Integer capacity) {
    }

    @Test
    void shouldGiveEachClaimOfABatchItsOwnJobSoonestDueFirstEvenForTheSameCrewTwice() throws Exception {
        // crew-0 covers localities 0 and 1, crew-1 localities 1 and 2: they want the same jobs of locality 1.
        new CrewStore(database, CLOCK).saveAll(ClaimSeed.crews(2, 10));
        ClaimSeed.jobs(database, 24, NOW); // job g is in locality g % 8, due g seconds after NOW

        List<Answer> answers = claim(List.of(crew(0), crew(1), crew(0)));

        assertThat(answers).extracting(Answer::request).containsExactly(1, 2, 3);
        assertThat(answers).extracting(Answer::refusal).containsOnlyNulls();
        assertThat(answers).extracting(Answer::jobId).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(answers).extracting(Answer::status).containsOnly("assigned");
        assertThat(answers).extracting(Answer::crewId).containsExactly("crew-0", "crew-1", "crew-0");
        // Soonest due first in each crew's territory: jobs 1 (locality 1) for crew-0, then 2 (locality 2) for crew-1,
        // then crew-0's next: 8 (locality 0) before 9 (locality 1).
        assertThat(answers).extracting(Answer::jobId).containsExactly(1L, 2L, 8L);
        assertThat(TestPostgres.scalar(database, "SELECT count(*) FROM job_event WHERE to_status = 'assigned'")).isEqualTo(3L);
        assertThat(TestPostgres.scalar(database, "SELECT sum(open_jobs) FROM crew")).isEqualTo(3L);
        for (Answer answer : answers) {
            String payload = outboxPayloadOf(answer.jobId());
            assertThat(payload).contains("\"job_id\":" + answer.jobId() + ",").contains("\"crew_id\":\"" + answer.crewId() + "\"");
        }
    }

    @Test
    void shouldSayForEachClaimOfABatchWhyItsCrewGotNoJob() throws Exception {
        CrewStore crews = new CrewStore(database, CLOCK);
        Set<String> pune0 = Set.of(Crew.territoryKey("Pune", "Locality 0"));
        crews.saveAll(List.of(
                new Crew("crew-a", "Active", Crew.Kind.VAN, pune0, 5, LocalTime.MIN, LocalTime.of(23, 59), true),
                new Crew("crew-f", "Full", Crew.Kind.VAN, pune0, 1, LocalTime.MIN, LocalTime.of(23, 59), true),
                new Crew("crew-i", "Inactive", Crew.Kind.VAN, pune0, 5, LocalTime.MIN, LocalTime.of(23, 59), false),
                new Crew("crew-e", "Elsewhere", Crew.Kind.VAN, Set.of(Crew.territoryKey("Mumbai", "Andheri")), 5, LocalTime.MIN,
                        LocalTime.of(23, 59), true)));
        ClaimSeed.jobs(database, 16, NOW); // two jobs in locality 0: 8 and 16
        assertThat(claim(List.of(crew("crew-f")))).extracting(Answer::jobId).containsExactly(8L);

        List<Answer> answers = claim(List.of(crew("crew-a"), crew("crew-e"), crew("crew-f"), crew("crew-i"), crew("crew-x")));

        assertThat(answers).extracting(Answer::request).containsExactly(1, 2, 3, 4, 5);
        assertThat(answers).extracting(Answer::jobId).containsExactly(16L, null, null, null, null);
        assertThat(answers).extracting(Answer::refusal).containsExactly(null, null, "full", "inactive", "unknown");
        assertThat(answers.get(2).capacity()).isEqualTo(1);
    }

    private List<Answer> claim(List<Actor> actors) throws Exception {
        List<JobWorkflow.ClaimRequest> requests = actors.stream().map(workflow::claimRequest).toList();
        List<Answer> answers = new ArrayList<>();
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement claim = workflow.prepareClaims(connection, requests, ""); ResultSet row = claim.executeQuery()) {
                while (row.next()) {
                    answers.add(new Answer(row.getInt("request"), row.getObject("id", Long.class), row.getString("crew_id"),
                            row.getString("status"), row.getString("locality"), row.getString("refusal"),
                            row.getObject("crew_capacity", Integer.class)));
                }
            }
        }
        return answers;
    }

    private String outboxPayloadOf(long jobId) throws Exception {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT payload FROM outbox WHERE record_key = ?")) {
            select.setString(1, Long.toString(jobId));
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("outbox row of job %d", jobId).isTrue();
                return new String(row.getBytes(1), StandardCharsets.UTF_8);
            }
        }
    }

    private static Actor crew(int i) {
        return crew("crew-" + i);
    }

    private static Actor crew(String crewId) {
        return Actor.crew("rep-of-" + crewId, crewId);
    }
}
