package org.restockradar.dispatch.crews;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.embedded.testing.TestPostgres;
import org.restockradar.access.Actor;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.dispatch.store.Job;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.workflow.JobWorkflow;

/** 64 crews claim 10,000 jobs at once on a real PostgreSQL: every job is claimed, each exactly once, inside its claimer's territory. */
@Tag("integration")
final class ConcurrentClaimsIT {
    private static final int CREWS = 64;
    private static final int JOBS = 10_000;
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private static HikariDataSource database;

    @BeforeAll
    static void startDatabase() {
        database = TestPostgres.pool(TestPostgres.freshDatabase(), CREWS);
        DispatchSchema.migrate(database);
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @Test
    void shouldGiveEveryJobToExactlyOneCrewWhen64CrewsClaimAtOnce() throws Exception {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        JobWorkflow workflow = new JobWorkflow(new JobStore(database, clock, Duration.ofHours(48)), clock);
        List<Crew> crews = ClaimSeed.crews(CREWS, JOBS);
        new CrewStore(database, clock).saveAll(crews);
        ClaimSeed.jobs(database, JOBS, NOW);

        ExecutorService pool = Executors.newFixedThreadPool(CREWS);
        Map<String, List<Job>> claimedBy = new HashMap<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            Map<String, Future<List<Job>>> futures = new HashMap<>();
            for (Crew crew : crews) {
                Actor actor = Actor.crew("rep-of-" + crew.id(), crew.id());
                futures.put(crew.id(), pool.submit(() -> {
                    go.await();
                    List<Job> mine = new ArrayList<>();
                    for (Optional<Job> next = workflow.claimNext(actor); next.isPresent(); next = workflow.claimNext(actor)) {
                        mine.add(next.get());
                    }
                    return mine;
                }));
            }
            go.countDown();
            for (Map.Entry<String, Future<List<Job>>> entry : futures.entrySet()) {
                claimedBy.put(entry.getKey(), entry.getValue().get(5, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }

        List<Long> ids = claimedBy.values().stream().flatMap(List::stream).map(Job::id).toList();
        assertThat(ids).hasSize(JOBS).doesNotHaveDuplicates();
        Map<String, Crew> byId = new HashMap<>();
        crews.forEach(crew -> byId.put(crew.id(), crew));
        claimedBy.forEach((crewId, jobs) -> assertThat(jobs).allSatisfy(job -> {
            assertThat(job.crewId()).isEqualTo(crewId);
            assertThat(byId.get(crewId).localities()).contains(Crew.territoryKey(job.city(), job.locality()));
        }));
        assertThat(claimedBy.values()).as("the work is shared, not taken by one crew").allSatisfy(jobs -> assertThat(jobs).isNotEmpty());
        assertThat(TestPostgres.scalar(database, "SELECT count(*) FROM restock_job WHERE status = 'assigned'")).isEqualTo(JOBS);
        assertThat(TestPostgres.scalar(database, "SELECT count(*) FROM job_event WHERE detail->>'claimed' = 'true'")).isEqualTo(JOBS);
        assertThat(TestPostgres.scalar(database, "SELECT count(*) FROM (SELECT job_id FROM job_event WHERE to_status = 'assigned' GROUP BY job_id HAVING count(*) > 1) d"))
                .as("no job assigned twice").isZero();
        assertThat(TestPostgres.scalar(database, "SELECT count(*) FROM outbox")).isEqualTo(JOBS);
    }

}
