package org.restockradar.rewards;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.restockradar.contracts.JobEvent;
import org.restockradar.dbkit.scheduling.ClusteredScheduler;
import org.restockradar.dbkit.store.Database;
import org.restockradar.embedded.testing.MutableClock;
import org.restockradar.embedded.testing.TestPostgres;

/**
 * A fresh database with rewards' schema, and jobs told as dispatch tells them on {@code job-events}: each report opens
 * or joins a job of its outlet and product, and every {@code OPENED} and {@code STATUS_CHANGED} event carries the job's
 * facts and reports. The events are kept in order ({@link #events()}); the tests hand them to the ledger themselves.
 */
final class RewardsFixture implements AutoCloseable {
    static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    static final String SCHEMA = "rewards";
    static final String OPS = "meera-ops";
    static final String CREW = "ravi";

    final MutableClock clock = new MutableClock(T0);
    final String jdbcUrl = TestPostgres.freshDatabase();
    final Database server = new Database(jdbcUrl, "postgres", "postgres");
    final HikariDataSource database;
    private final Map<Long, Job> jobs = new HashMap<>();
    private final List<JobEvent> events = new ArrayList<>();
    private int mentions;

    RewardsFixture() {
        database = server.pool("rewards-test", 8, SCHEMA);
        Rewards.migrations(SCHEMA).migrate(database);
    }

    /** A job as dispatch keeps it, reduced to what its events carry. */
    private static final class Job {
        final long id;
        final String outletId;
        final String outletName;
        final String city;
        final String sku;
        final List<JobEvent.Report> reports = new ArrayList<>();
        String status = "reported";
        Instant restockedAt;

        Job(long id, String outletId, String outletName, String city, String sku) {
            this.id = id;
            this.outletId = outletId;
            this.outletName = outletName;
            this.city = city;
            this.sku = sku;
        }

        boolean open() {
            return List.of("reported", "assigned", "accepted", "en_route").contains(status);
        }

        JobEvent.Job facts() {
            return new JobEvent.Job(outletId, outletName, "Kothrud", city, "Hippo", sku, reports.get(0).reportedAt(), restockedAt);
        }
    }

    /** A report by an account of source x at an outlet; the job it opened or joined. */
    long report(String account, String outlet, String city, String sku, Instant at) {
        return report(account, account + "_h", outlet, "Shop " + outlet, city, sku, at);
    }

    /** A report with the handle and outlet name given (hostile text, say). */
    long report(String account, String handle, String outlet, String outletName, String city, String sku, Instant at) {
        return report("x", account, handle, outlet, outletName, city, sku, at);
    }

    /** A report from the source given ({@code sms}: the handle a masked number). */
    long report(String source, String account, String handle, String outlet, String outletName, String city, String sku, Instant at) {
        return report(source, account, handle, null, outlet, outletName, city, sku, at);
    }

    /** A report with the reporter's display name as the source gave it ({@code JobEvent.Report.name}). */
    long report(String source, String account, String handle, String name, String outlet, String outletName, String city, String sku,
                Instant at) {
        Job job = jobs.values().stream().filter(j -> j.open() && j.outletId.equals(outlet) && Objects.equals(j.sku, sku)).findFirst()
                .orElse(null);
        JobEvent.Report report = new JobEvent.Report(source + "-" + (++mentions), source, account, handle, at, "en", name);
        if (job != null) {
            // Joining an open job publishes nothing: the job's next event carries the report.
            job.reports.add(report);
            return job.id;
        }
        job = new Job(jobs.size() + 1L, outlet, outletName, city, sku);
        job.reports.add(report);
        jobs.put(job.id, job);
        publish(job, JobEvent.Kind.OPENED, null, "reported", "dispatch", "system", null);
        return job.id;
    }

    /** Assigns, accepts, goes, restocks after {@code took} and verifies the job. */
    void verify(long job, Duration took) {
        restock(job, took);
        approve(job);
    }

    /** Ops verify a restocked job. */
    void approve(long job) {
        move(job, "verified", OPS, "ops", null);
    }

    void restock(long job, Duration took) {
        move(job, "assigned", OPS, "ops", null);
        move(job, "accepted", CREW, "crew", null);
        move(job, "en_route", CREW, "crew", null);
        clock.advance(took);
        jobs.get(job).restockedAt = clock.instant();
        move(job, "restocked", CREW, "crew", null);
    }

    /** Assigns, accepts and fails the job with the reason code ({@code shelf_full}). */
    void fail(long job, String reason) {
        move(job, "assigned", OPS, "ops", null);
        move(job, "accepted", CREW, "crew", null);
        move(job, "failed", CREW, "crew", reason);
    }

    private void move(long id, String to, String actor, String role, String reason) {
        Job job = jobs.get(id);
        String from = job.status;
        job.status = to;
        publish(job, JobEvent.Kind.STATUS_CHANGED, from, to, actor, role, reason);
    }

    private void publish(Job job, JobEvent.Kind kind, String from, String to, String actor, String role, String reason) {
        events.add(new JobEvent(UUID.randomUUID().toString(), job.id, kind, from, to, "van-1", actor, role, reason, Map.of(),
                clock.instant(), job.facts(), List.copyOf(job.reports)));
    }

    /** Every event published so far, in order. */
    List<JobEvent> events() {
        return List.copyOf(events);
    }

    /** The job's latest event. */
    JobEvent last(long job) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).jobId() == job) {
                return events.get(i);
            }
        }
        throw new IllegalArgumentException("no events of job " + job);
    }

    /** Hands every event of the job so far to the ledger, in order; the credits written. */
    int recordAll(Ledger ledger, long job) {
        return events.stream().filter(e -> e.jobId() == job).mapToInt(ledger::record).sum();
    }

    /** Quartz's own tables (the quartz jar's script), in the default schema where the scheduler's connections look. */
    void createQuartzTables() throws IOException, SQLException {
        String script;
        try (InputStream in = ClusteredScheduler.class.getResourceAsStream("/org/quartz/impl/jdbcjobstore/tables_postgres.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("COMMIT;", "");
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute(script);
        }
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
