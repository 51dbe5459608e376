package org.restockradar.dispatch.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.postgresql.geometric.PGpoint;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.JobStatus;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.StockoutReport;
import org.restockradar.contracts.Topics;
import org.restockradar.dbkit.store.StoreUnavailableException;
import org.restockradar.dbkit.store.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The system of record for restock jobs, in PostgreSQL: turns stock-out reports into jobs and answers the
 * queries of the jobs API.
 *
 * <p>Recording is idempotent (a mention recorded twice changes nothing) and safe from any number of threads or
 * processes at once: the database's constraints decide, never a Java lock. The unique index
 * {@code restock_job_one_open_per_product} keeps one open job per outlet and product, and the primary key of
 * {@code stockout_report} keeps one row per mention.
 */
public final class JobStore {
    private static final Logger LOG = LoggerFactory.getLogger(JobStore.class);

    /** The predicate of the index {@code restock_job_one_open_per_product}: ON CONFLICT must name it to use that index. */
    static final String OPEN_JOB = "status IN ('reported', 'assigned', 'accepted', 'en_route')";

    /** How long after a restock a new report for the same outlet and product opens a job linked to the restocked one. */
    public static final Duration DEFAULT_REOPEN_WINDOW = Duration.ofDays(7);

    private static final String FIND_RESTOCKED = """
            SELECT id FROM restock_job
            WHERE outlet_id = ? AND product_key = ? AND restocked_at IS NOT NULL AND restocked_at >= ? AND restocked_at <= ? AND id <> ?
            ORDER BY restocked_at DESC, id DESC LIMIT 1
            """;

    private static final String FIND_REPORT = "SELECT job_id FROM stockout_report WHERE mention_id = ?";

    private static final String UPSERT_JOB = """
            INSERT INTO restock_job (outlet_id, outlet_name, city, locality, brand, sku, product_key, status,
                                     created_at, first_reported_at, due_at, report_count, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
            ON CONFLICT (outlet_id, product_key) WHERE %s
            DO UPDATE SET report_count = restock_job.report_count + 1,
                          first_reported_at = LEAST(restock_job.first_reported_at, EXCLUDED.first_reported_at),
                          due_at = CASE WHEN EXCLUDED.first_reported_at < restock_job.first_reported_at
                                        THEN EXCLUDED.due_at ELSE restock_job.due_at END,
                          updated_at = EXCLUDED.updated_at
            RETURNING id, report_count, status, crew_id
            """.formatted(OPEN_JOB);

    private static final String INSERT_REPORT = """
            INSERT INTO stockout_report (mention_id, job_id, source, reporter_id, reporter_handle, reporter_name, text, reported_at,
                                         received_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (mention_id) DO NOTHING
            """;

    /**
     * The columns of a job as {@link #job(ResultSet)} reads them, for a SELECT or a RETURNING over {@code restock_job j};
     * the reporters are each handle once, in the order they first reported.
     */
    public static final String JOB_COLUMNS = """
                   j.id, j.outlet_id, j.outlet_name, j.city, j.locality, j.brand, j.sku, j.product_key, j.status,
                   j.created_at, j.first_reported_at, j.due_at, j.report_count, j.updated_at,
                   j.crew_id, j.failure_reason, j.follows_job_id, j.uncovered,
                   (SELECT point(o.lat, o.lon) FROM outlet o WHERE o.id = j.outlet_id) AS outlet_location,
                   ARRAY(SELECT r.reporter_handle FROM stockout_report r WHERE r.job_id = j.id
                         GROUP BY r.reporter_handle ORDER BY min(r.reported_at), r.reporter_handle) AS reporters
            """;

    private static final String SELECT_JOBS = "SELECT " + JOB_COLUMNS + "FROM restock_job j\n";

    /** Who the dispatcher's own events are by. */
    public static final String SYSTEM_ACTOR = "dispatch";
    public static final String SYSTEM_ROLE = "system";

    private final DataSource dataSource;
    private final Clock clock;
    private final SlaPolicy sla;
    private final Duration reopenWindow;
    private final OpenedJobListener onOpened;
    private final ReportBatch batch;

    /**
     * @param sla how long after the first report a job is due (48 hours by default, setting {@code dispatch.sla}), everywhere
     */
    public JobStore(DataSource dataSource, Clock clock, Duration sla) {
        this(dataSource, clock, sla, DEFAULT_REOPEN_WINDOW);
    }

    /**
     * @param reopenWindow how long after a restock a new report opens a job linked to the restocked one
     *                     (setting {@code dispatch.reopen-window}); later reports open a job of their own
     */
    public JobStore(DataSource dataSource, Clock clock, Duration sla, Duration reopenWindow) {
        this(dataSource, clock, sla, reopenWindow, OpenedJobListener.NONE);
    }

    /** @param onOpened told of each new job inside the transaction that opens it (auto-assignment) */
    public JobStore(DataSource dataSource, Clock clock, Duration sla, Duration reopenWindow, OpenedJobListener onOpened) {
        this(dataSource, clock, SlaPolicy.uniform(positive(sla)), reopenWindow, onOpened);
    }

    /** @param sla when each job is due: per brand and region, in business time where a region has a calendar */
    public JobStore(DataSource dataSource, Clock clock, SlaPolicy sla, Duration reopenWindow, OpenedJobListener onOpened) {
        this.onOpened = Objects.requireNonNull(onOpened, "onOpened");
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sla = Objects.requireNonNull(sla, "sla");
        this.reopenWindow = Objects.requireNonNull(reopenWindow, "reopenWindow");
        if (reopenWindow.isNegative()) {
            throw new IllegalArgumentException("the reopen window cannot be negative: " + reopenWindow);
        }
        this.batch = new ReportBatch(sla, reopenWindow);
    }

    private static Duration positive(Duration sla) {
        if (sla == null || sla.isNegative() || sla.isZero()) {
            throw new IllegalArgumentException("the restock SLA must be positive: " + sla);
        }
        return sla;
    }

    /** The pool this store works on, for the parts of dispatch that change jobs in transactions of their own. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Records one report in one transaction: the first report for an outlet and product opens a job due
     * {@code reported_at + SLA}; later ones attach to the open job; an earlier-timed report arriving late moves
     * the job's first report and due time back to it. A mention recorded before changes nothing.
     *
     * @throws IllegalArgumentException   the report has no outlet, or the database refuses its values
     *                                    (for instance a NUL character in the text); retrying cannot help
     * @throws StoreUnavailableException  the database failed; nothing was recorded and the same call may succeed later
     */
    public Recorded record(StockoutReport report) {
        requireOutlet(Objects.requireNonNull(report, "report"));
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Recorded recorded = record(connection, report, now);
                connection.commit();
                return recorded;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure("cannot record report " + report.mentionId(), e);
        }
    }

    /**
     * Records the reports in one transaction, in their order, each as {@link #record(StockoutReport)} would: a later
     * report of an outlet and product attaches to the job an earlier one of the batch opened, a mention recorded before
     * (or earlier in the batch) changes nothing, and the same rows and events are written, in the same order. One commit
     * for the whole batch, and set-based statements ({@link ReportBatch}): a fixed number per batch, the listener told of
     * the batch's new jobs together (what it does is written as if it had been told of each before the next report).
     *
     * @return what each report did, in the order given
     * @throws IllegalArgumentException   a report has no outlet, or the database refuses the values of one; nothing was
     *                                    recorded (record the reports one by one to learn which)
     * @throws StoreUnavailableException  the database failed, or another transaction recorded one of these mentions (or
     *                                    opened one of their jobs) at the same time; nothing was recorded and the same
     *                                    call may succeed later
     */
    public List<Recorded> recordAll(List<StockoutReport> reports) {
        for (StockoutReport report : reports) {
            requireOutlet(Objects.requireNonNull(report, "report"));
        }
        if (reports.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        try {
            return Transactions.inTransaction(dataSource, connection -> {
                List<Recorded> recorded = batch.record(connection, reports, now, onOpened);
                if (recorded == null) {
                    // SQLSTATE 40001 (serialization failure): retryable, so the poll is offered again.
                    throw new SQLException(reports.size() + " reports from " + reports.get(0).mentionId() + " met another"
                            + " transaction recording the same mentions or opening the same jobs; rolled back, to be offered again", "40001");
                }
                return recorded;
            });
        } catch (SQLException e) {
            throw failure("cannot record " + reports.size() + " reports from " + reports.get(0).mentionId(), e);
        }
    }

    private static void requireOutlet(StockoutReport report) {
        if (!report.hasOutlet()) {
            throw new IllegalArgumentException("report " + report.mentionId() + " has no outlet; reports without one belong on "
                    + Topics.NEEDS_LOCATION.name() + ", not in dispatch");
        }
    }

    private Recorded record(Connection connection, StockoutReport report, Instant now) throws SQLException {
        Recorded recorded = recordIn(connection, report, now);
        if (recorded != null) {
            return recorded;
        }
        // Another transaction recorded this mention between the check and the insert:
        // undo the change to the job (or the job just opened) and answer as for any duplicate.
        connection.rollback();
        long attachedTo = jobOfMention(connection, report.mentionId()).orElseThrow(() -> new IllegalStateException(
                "report " + report.mentionId() + " conflicted on insert but is not stored"));
        return new Recorded(attachedTo, Recorded.Outcome.DUPLICATE);
    }

    /**
     * Records one report in the connection's transaction; null when another transaction recorded the same mention
     * between the check and the insert (the caller must roll back what this call changed).
     */
    private Recorded recordIn(Connection connection, StockoutReport report, Instant now) throws SQLException {
        // Fast path for a redelivered report: no row lock taken, no identity value spent.
        OptionalLong earlier = jobOfMention(connection, report.mentionId());
        if (earlier.isPresent()) {
            return new Recorded(earlier.getAsLong(), Recorded.Outcome.DUPLICATE);
        }
        long jobId;
        boolean opened;
        JobStatus status;
        String crewId;
        Instant dueAt = sla.dueAt(report.reportedAt(), report.brand(), sla.usesRegions() ? region(connection, report.outletId()) : null);
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_JOB)) {
            int i = 0;
            upsert.setString(++i, report.outletId());
            upsert.setString(++i, report.outletName());
            upsert.setString(++i, report.city());
            upsert.setString(++i, report.locality());
            upsert.setString(++i, report.brand());
            upsert.setString(++i, report.sku());
            upsert.setString(++i, report.productKey());
            upsert.setString(++i, JobStatus.REPORTED.code());
            upsert.setObject(++i, utc(now));
            upsert.setObject(++i, utc(report.reportedAt()));
            upsert.setObject(++i, utc(dueAt));
            upsert.setObject(++i, utc(now));
            try (ResultSet row = upsert.executeQuery()) {
                row.next();
                jobId = row.getLong("id");
                opened = row.getInt("report_count") == 1;
                status = JobStatus.fromCode(row.getString("status"));
                crewId = row.getString("crew_id");
            }
        }
        if (!insertReport(connection, report, jobId, now)) {
            return null;
        }
        if (opened) {
            opened(connection, report, jobId, now);
            for (JobEvent placed : onOpened.opened(connection, List.of(new OpenedJobListener.OpenedJob(jobId, utc(dueAt).toInstant())), now)) {
                EventLog.append(connection, placed);
            }
        } else {
            // No change of the job's lifecycle, so no history row; job-events readers (replies) learn of the reporter now.
            EventLog.publish(connection, EventLog.event(jobId, JobEvent.Kind.REPORT_ADDED, null, status, crewId,
                    SYSTEM_ACTOR, SYSTEM_ROLE, null, Map.of("mention_id", report.mentionId()), now));
        }
        return new Recorded(jobId, opened ? Recorded.Outcome.OPENED_JOB : Recorded.Outcome.ATTACHED);
    }

    /** Links a new job to the job restocked shortly before the report, and writes its OPENED event. */
    private void opened(Connection connection, StockoutReport report, long jobId, Instant now) throws SQLException {
        Map<String, String> detail = new HashMap<>();
        detail.put("mention_id", report.mentionId());
        try (PreparedStatement find = connection.prepareStatement(FIND_RESTOCKED)) {
            find.setString(1, report.outletId());
            find.setString(2, report.productKey());
            find.setObject(3, utc(report.reportedAt().minus(reopenWindow)));
            find.setObject(4, utc(report.reportedAt()));
            find.setLong(5, jobId);
            try (ResultSet row = find.executeQuery()) {
                if (row.next()) {
                    long previous = row.getLong(1);
                    try (PreparedStatement link = connection.prepareStatement("UPDATE restock_job SET follows_job_id = ? WHERE id = ?")) {
                        link.setLong(1, previous);
                        link.setLong(2, jobId);
                        link.executeUpdate();
                    }
                    detail.put("follows_job_id", Long.toString(previous));
                }
            }
        }
        EventLog.append(connection, EventLog.event(jobId, JobEvent.Kind.OPENED, null, JobStatus.REPORTED, null,
                SYSTEM_ACTOR, SYSTEM_ROLE, null, detail, now));
    }

    private static boolean insertReport(Connection connection, StockoutReport report, long jobId, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_REPORT)) {
            int i = 0;
            insert.setString(++i, report.mentionId());
            insert.setLong(++i, jobId);
            insert.setString(++i, report.source().code());
            insert.setString(++i, report.reporter().id());
            insert.setString(++i, report.reporter().handle());
            insert.setString(++i, report.reporter().displayName());
            insert.setString(++i, report.text());
            insert.setObject(++i, utc(report.reportedAt()));
            insert.setObject(++i, utc(now));
            return insert.executeUpdate() == 1;
        }
    }

    /** The outlet's region in the registry, or null when the registry does not know the outlet. */
    private static String region(Connection connection, String outletId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT region FROM outlet WHERE id = ?")) {
            select.setString(1, outletId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static OptionalLong jobOfMention(Connection connection, String mentionId) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(FIND_REPORT)) {
            find.setString(1, mentionId);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /**
     * The jobs that match the filter, soonest due first (then by id).
     *
     * @throws StoreUnavailableException the database failed
     */
    public List<Job> list(JobFilter filter) {
        StringBuilder sql = new StringBuilder(SELECT_JOBS);
        List<String> parameters = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        if (!filter.statuses().isEmpty()) {
            conditions.add("j.status IN (" + String.join(", ", java.util.Collections.nCopies(filter.statuses().size(), "?")) + ")");
            filter.statuses().stream().map(JobStatus::code).sorted().forEach(parameters::add);
        }
        if (filter.city() != null) {
            conditions.add("lower(j.city) = ?");
            parameters.add(filter.city().toLowerCase(Locale.ROOT));
        }
        if (filter.brand() != null) {
            conditions.add("lower(j.brand) = ?");
            parameters.add(filter.brand().toLowerCase(Locale.ROOT));
        }
        if (filter.crewId() != null) {
            conditions.add("j.crew_id = ?");
            parameters.add(filter.crewId());
        }
        if (!conditions.isEmpty()) {
            sql.append("WHERE ").append(String.join(" AND ", conditions)).append('\n');
        }
        sql.append("ORDER BY j.due_at, j.id LIMIT ?");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql.toString())) {
            int i = 0;
            for (String parameter : parameters) {
                select.setString(++i, parameter);
            }
            select.setInt(++i, filter.limit());
            List<Job> jobs = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    jobs.add(job(rows));
                }
            }
            return jobs;
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot list jobs " + filter + ": " + e.getMessage(), e);
        }
    }

    /**
     * A crew's work list: its assigned, accepted and en-route jobs, soonest due first, then grouped by locality so that
     * jobs due together in one place come together.
     *
     * @throws StoreUnavailableException the database failed
     */
    public List<Job> listForCrew(String crewId, int limit) {
        Objects.requireNonNull(crewId, "crewId");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(SELECT_JOBS
                     + "WHERE j.crew_id = ? AND j.status IN ('assigned', 'accepted', 'en_route') ORDER BY j.due_at, j.territory_key, j.id LIMIT ?")) {
            select.setString(1, crewId);
            select.setInt(2, limit);
            List<Job> jobs = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    jobs.add(job(rows));
                }
            }
            return jobs;
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot list the jobs of crew " + crewId + ": " + e.getMessage(), e);
        }
    }

    /**
     * One job, with its reporters.
     *
     * @throws StoreUnavailableException the database failed
     */
    public Optional<Job> find(long id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(SELECT_JOBS + "WHERE j.id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(job(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot read job " + id + ": " + e.getMessage(), e);
        }
    }

    /** One stock-out report of a job, as {@code GET /api/jobs/{id}/reports} shows it. */
    public record Report(String mentionId, String source, String reporterHandle, String text, Instant reportedAt) {
        public Report {
            Objects.requireNonNull(mentionId, "mentionId");
            Objects.requireNonNull(reportedAt, "reportedAt");
        }
    }

    /**
     * The reports merged into a job, first reported first.
     *
     * @throws StoreUnavailableException the database failed
     */
    public List<Report> reports(long jobId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT mention_id, source, reporter_handle, text, reported_at FROM stockout_report WHERE job_id = ? ORDER BY reported_at, mention_id")) {
            select.setLong(1, jobId);
            List<Report> reports = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    reports.add(new Report(rows.getString("mention_id"), rows.getString("source"), rows.getString("reporter_handle"),
                            rows.getString("text"), instant(rows, "reported_at")));
                }
            }
            return reports;
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot read the reports of job " + jobId + ": " + e.getMessage(), e);
        }
    }

    /** Whether the database answers now; for the health check. */
    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            LOG.warn("dispatch database unreachable: {}", e.getMessage(), e);
            return false;
        }
    }

    /** The job on the current row of a result holding {@link #JOB_COLUMNS}. */
    public static Job job(ResultSet row) throws SQLException {
        Array reporters = row.getArray("reporters");
        List<String> handles;
        try {
            handles = List.of((String[]) reporters.getArray());
        } finally {
            reporters.free();
        }
        return new Job(
                row.getLong("id"),
                row.getString("outlet_id"),
                row.getString("outlet_name"),
                row.getString("city"),
                row.getString("locality"),
                row.getString("brand"),
                row.getString("sku"),
                row.getString("product_key"),
                JobStatus.fromCode(row.getString("status")),
                instant(row, "created_at"),
                instant(row, "first_reported_at"),
                instant(row, "due_at"),
                row.getInt("report_count"),
                instant(row, "updated_at"),
                handles,
                row.getString("crew_id"),
                row.getString("failure_reason"),
                row.getObject("follows_job_id", Long.class),
                row.getBoolean("uncovered"),
                location(row.getString("outlet_location") == null ? null : row.getObject("outlet_location", PGpoint.class)));
    }

    private static GeoPoint location(PGpoint point) {
        return point == null ? null : new GeoPoint(point.x, point.y);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** PostgreSQL keeps microseconds: cut the rest here so that what is stored is what was meant, not a rounding. */
    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** SQLSTATE class 22 (data exception) is the report's fault; anything else is the database's, and may pass. */
    private static RuntimeException failure(String what, SQLException e) {
        String state = e.getSQLState();
        if (state != null && state.startsWith("22")) {
            return new IllegalArgumentException(what + ": the database refuses its values: " + e.getMessage(), e);
        }
        return new StoreUnavailableException(what + ": " + e.getMessage(), e);
    }
}
