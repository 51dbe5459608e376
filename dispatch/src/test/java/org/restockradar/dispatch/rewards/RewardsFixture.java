package org.restockradar.dispatch.rewards;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Set;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.Source;
import org.restockradar.contracts.StockoutReport;
import org.restockradar.dispatch.MutableClock;
import org.restockradar.dispatch.TestPostgres;
import org.restockradar.dispatch.access.Actor;
import org.restockradar.dispatch.crews.Crew;
import org.restockradar.dispatch.crews.CrewStore;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.workflow.FailureReason;
import org.restockradar.dispatch.workflow.JobWorkflow;
import org.restockradar.dispatch.workflow.Proof;

/** A fresh migrated database with a job store, a workflow and one crew, and the moves that take a job to its end. */
final class RewardsFixture implements AutoCloseable {
    static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    static final Actor OPS = Actor.ops("meera-ops");
    static final Actor CREW = Actor.crew("ravi", "van-1");

    final MutableClock clock = new MutableClock(T0);
    final String jdbcUrl = TestPostgres.freshDatabase();
    final HikariDataSource database;
    final JobStore jobs;
    final JobWorkflow workflow;
    private int mentions;

    RewardsFixture() {
        database = TestPostgres.pool(jdbcUrl, 8);
        DispatchSchema.migrate(database);
        jobs = new JobStore(database, clock, Duration.ofHours(48));
        workflow = new JobWorkflow(jobs, clock);
        new CrewStore(database, clock).save(new Crew("van-1", "Van 1", Crew.Kind.VAN, Set.of("pune|kothrud"), 1000,
                LocalTime.of(0, 0), LocalTime.of(23, 59), true));
    }

    /** A report by an account of source x at an outlet; the job it joined. */
    long report(String account, String outlet, String city, String sku, Instant at) {
        return report(account, account + "_h", outlet, "Shop " + outlet, city, sku, at);
    }

    /** A report with the handle and outlet name given (hostile text, say). */
    long report(String account, String handle, String outlet, String outletName, String city, String sku, Instant at) {
        StockoutReport report = new StockoutReport("x-" + (++mentions), Source.X, at, new Author(account, handle, null, null, null),
                "no Hippo at " + outlet, "Hippo", sku, outlet, outletName, "Kothrud", city, 0.9);
        return jobs.record(report).jobId();
    }

    /** Assigns, accepts, goes, restocks after {@code took} and verifies the job. */
    void verify(long job, Duration took) {
        restock(job, took);
        workflow.verify(job, OPS);
    }

    void restock(long job, Duration took) {
        workflow.assign(job, "van-1", OPS);
        workflow.accept(job, CREW);
        workflow.enRoute(job, CREW);
        clock.advance(took);
        workflow.complete(job, CREW, new Proof(12, null, null, null, null));
    }

    void fail(long job, FailureReason reason) {
        workflow.assign(job, "van-1", OPS);
        workflow.accept(job, CREW);
        workflow.fail(job, CREW, reason, null);
    }

    long queryLong(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
