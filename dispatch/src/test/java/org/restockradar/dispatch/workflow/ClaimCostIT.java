package org.restockradar.dispatch.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.embedded.testing.TestPostgres;
import org.restockradar.access.Actor;
import org.restockradar.dispatch.crews.ClaimSeed;
import org.restockradar.dispatch.crews.CrewStore;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.dispatch.store.Job;
import org.restockradar.dispatch.store.JobStore;

/** What a claim costs the database as jobs pile up, and how many claims reach it at once; real PostgreSQL. */
@Tag("integration")
final class ClaimCostIT {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private HikariDataSource database;

    @BeforeEach
    void startDatabase() {
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 16);
        DispatchSchema.migrate(database);
    }

    @AfterEach
    void stopDatabase() {
        database.close();
    }

    @Test
    void shouldReadAFewPagesPerClaimHoweverManyJobsWereClaimedBefore() throws Exception {
        JobWorkflow workflow = new JobWorkflow(new JobStore(database, CLOCK, Duration.ofHours(48)), CLOCK);
        new CrewStore(database, CLOCK).saveAll(ClaimSeed.crews(8, Integer.MAX_VALUE / 2));
        ClaimSeed.jobs(database, 30_000, NOW);
        execute("VACUUM ANALYZE");
        for (int i = 0; i < 15_000; i++) {
            assertThat(workflow.claimNext(crew(i % 8))).isPresent();
        }
        execute("ANALYZE restock_job");

        // The last of three claims on one connection: the first after ANALYZE also plans, reading the catalogs.
        JsonNode plan = null;
        try (Connection connection = database.getConnection()) {
            for (int i = 0; i < 3; i++) {
                try (PreparedStatement explain = workflow.prepareClaims(connection, List.of(workflow.claimRequest(crew(3))),
                        "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) "); ResultSet row = explain.executeQuery()) {
                    row.next();
                    plan = new ObjectMapper().readTree(row.getString(1)).get(0).get("Plan");
                }
            }
        }
        long pages = plan.get("Shared Hit Blocks").asLong() + plan.get("Shared Read Blocks").asLong();
        assertThat(plan.get("Actual Rows").asLong()).as("the explained claim took a job").isEqualTo(1);
        assertThat(pages).as("pages one claim reads with 15,000 jobs claimed before it").isLessThan(400);
    }

    @Test
    void shouldSendNoMoreClaimsToTheDatabaseAtOnceThanItsConcurrency() throws Exception {
        AtomicInteger open = new AtomicInteger();
        AtomicInteger mostOpen = new AtomicInteger();
        DataSource counting = countingConnections(database, open, mostOpen);
        JobWorkflow workflow = new JobWorkflow(new JobStore(counting, CLOCK, Duration.ofHours(48)), CLOCK, 2);
        new CrewStore(database, CLOCK).saveAll(ClaimSeed.crews(16, Integer.MAX_VALUE / 2));
        ClaimSeed.jobs(database, 2_000, NOW);

        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<Long> claimed = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int c = 0; c < 16; c++) {
                Actor actor = crew(c);
                futures.add(threads.submit(() -> {
                    go.await();
                    List<Long> mine = new ArrayList<>();
                    for (Optional<Job> next = workflow.claimNext(actor); next.isPresent(); next = workflow.claimNext(actor)) {
                        mine.add(next.get().id());
                    }
                    return mine;
                }));
            }
            go.countDown();
            for (Future<List<Long>> future : futures) {
                claimed.addAll(future.get(3, TimeUnit.MINUTES));
            }
        } finally {
            threads.shutdownNow();
        }

        Set<Long> distinct = new HashSet<>(claimed);
        assertThat(claimed).hasSize(2_000);
        assertThat(distinct).hasSize(2_000);
        assertThat(mostOpen.get()).as("connections held by claims at once, 16 crews claiming").isEqualTo(2);
    }

    private static Actor crew(int i) {
        return Actor.crew("rep-of-crew-" + i, "crew-" + i);
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = database.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The pool, counting the connections borrowed and not yet closed. */
    private static DataSource countingConnections(DataSource pool, AtomicInteger open, AtomicInteger mostOpen) {
        InvocationHandler dataSource = (proxy, method, args) -> {
            Object result = invoke(pool, method, args);
            if (!method.getName().equals("getConnection")) {
                return result;
            }
            mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
            Connection real = (Connection) result;
            return Proxy.newProxyInstance(ClaimCostIT.class.getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
                if (m.getName().equals("close")) {
                    open.decrementAndGet();
                }
                return invoke(real, m, a);
            });
        };
        return (DataSource) Proxy.newProxyInstance(ClaimCostIT.class.getClassLoader(), new Class<?>[] {DataSource.class}, dataSource);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
