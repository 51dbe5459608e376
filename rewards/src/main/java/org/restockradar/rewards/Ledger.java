package org.restockradar.rewards;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.JobStatus;
import org.restockradar.dbkit.jobcopy.JobCopy;
import org.restockradar.dbkit.store.StoreUnavailableException;
import org.restockradar.dbkit.store.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reward ledger in PostgreSQL (table {@code reward_ledger}, append-only), fed by job events ({@link #record}):
 * each event's job facts and reports are kept in rewards' own tables ({@link JobCopy}: {@code job}, {@code job_report}); a job verified
 * credits its reporters once per (job, reporter), the first reporter more than the later ones; the {@link FraudRules}
 * run on each reporter it credits and hold the flagged ones ({@code reporter_hold}), whose credits are then written as
 * held with the reason; releases a held reporter's credits with new {@code release} entries. Every method is one
 * transaction, safe to run again and at the same time as itself: an event id already handled ({@code handled_event})
 * changes nothing, and the unique indexes of the ledger make a repeat write nothing.
 */
public final class Ledger {
    private static final Logger LOG = LoggerFactory.getLogger(Ledger.class);
    private static final String VERIFIED = JobStatus.VERIFIED.code();
    private static final String FAILED = JobStatus.FAILED.code();

    private static final String HANDLED = """
            INSERT INTO handled_event (event_id, job_id, handled_at) VALUES (?, ?, ?) ON CONFLICT (event_id) DO NOTHING
            """;
    private static final String JOB = "SELECT status, city FROM job WHERE job_id = ?";
    private static final String REPORTERS_OF_JOB = """
            SELECT r.source, r.reporter_id, min(r.reported_at) AS first_at, min(r.mention_id) AS first_mention,
                   (array_agg(r.handle ORDER BY r.reported_at DESC))[1] AS handle
            FROM job_report r WHERE r.job_id = ?
            GROUP BY r.source, r.reporter_id
            ORDER BY first_at, first_mention
            """;
    private static final String UPSERT_REPORTER = """
            INSERT INTO reporter (reporter_id, source, account_id, handle, first_seen_at, updated_at)
            VALUES (?, ?, ?, ?, (SELECT min(reported_at) FROM job_report WHERE source = ? AND reporter_id = ?), ?)
            ON CONFLICT (reporter_id) DO UPDATE SET handle = EXCLUDED.handle,
                first_seen_at = LEAST(reporter.first_seen_at, EXCLUDED.first_seen_at), updated_at = EXCLUDED.updated_at
            """;
    private static final String OPEN_HOLD = "SELECT reason FROM reporter_hold WHERE reporter_id = ? AND released_at IS NULL";
    private static final String LAST_RELEASE = "SELECT max(released_at) FROM reporter_hold WHERE reporter_id = ?";
    private static final String FACTS = """
            SELECT r.mention_id, r.job_id, j.outlet_id, j.city, r.reported_at, j.status, j.failure_reason
            FROM job_report r JOIN job j ON j.job_id = r.job_id
            WHERE r.source = ? AND r.reporter_id = ? AND r.reported_at >= ?
            """;
    private static final String HOLD = """
            INSERT INTO reporter_hold (reporter_id, reason, held_at) VALUES (?, ?, ?)
            ON CONFLICT (reporter_id) WHERE released_at IS NULL DO NOTHING
            """;
    private static final String CREDIT = """
            INSERT INTO reward_ledger (reporter_id, kind, job_id, amount, rank, held, hold_reason, cause, earned_at, recorded_at)
            VALUES (?, 'credit', ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (job_id, reporter_id) WHERE kind = 'credit' DO NOTHING
            """;
    private static final String RELEASE_HOLD = """
            UPDATE reporter_hold SET released_at = ?, released_by = ? WHERE reporter_id = ? AND released_at IS NULL
            RETURNING reason, held_at, (SELECT handle FROM reporter p WHERE p.reporter_id = reporter_hold.reporter_id)
            """;
    private static final String RELEASE_CREDITS = """
            INSERT INTO reward_ledger (reporter_id, kind, job_id, amount, rank, held, hold_reason, released_entry_id, cause, earned_at, recorded_at)
            SELECT c.reporter_id, 'release', c.job_id, c.amount, c.rank, false, NULL, c.id, ?, c.earned_at, ?
            FROM reward_ledger c
            WHERE c.reporter_id = ? AND c.kind = 'credit' AND c.held
              AND NOT EXISTS (SELECT 1 FROM reward_ledger x WHERE x.kind = 'release' AND x.released_entry_id = c.id)
            ON CONFLICT (released_entry_id) WHERE kind = 'release' DO NOTHING
            """;
    private static final String ENTRIES = """
            SELECT l.id, l.reporter_id, p.handle, l.kind, l.job_id, l.amount, l.rank, l.held, l.hold_reason, l.released_entry_id,
                   l.cause, l.earned_at, l.recorded_at
            FROM reward_ledger l JOIN reporter p ON p.reporter_id = l.reporter_id
            WHERE (CAST(? AS text) IS NULL OR l.reporter_id = ?)
              AND (CAST(? AS timestamptz) IS NULL OR l.earned_at >= ?)
              AND (CAST(? AS timestamptz) IS NULL OR l.earned_at < ?)
            ORDER BY l.id LIMIT ?
            """;
    private static final String SUMMARIES = """
            SELECT p.reporter_id, p.handle, p.source,
                   count(*) FILTER (WHERE l.kind = 'credit') AS verified_reports,
                   coalesce(sum(l.amount) FILTER (WHERE l.kind = 'credit'), 0) AS credits,
                   coalesce(sum(l.amount) FILTER (WHERE l.kind = 'credit' AND l.held), 0)
                     - coalesce(sum(l.amount) FILTER (WHERE l.kind = 'release'), 0) AS held_credits,
                   h.reason
            FROM reporter p
            JOIN reward_ledger l ON l.reporter_id = p.reporter_id
            JOIN job j ON j.job_id = l.job_id
            LEFT JOIN reporter_hold h ON h.reporter_id = p.reporter_id AND h.released_at IS NULL
            WHERE (CAST(? AS text) IS NULL OR lower(j.brand) = lower(?))
              AND (CAST(? AS text) IS NULL OR lower(j.city) = lower(?))
              AND (CAST(? AS timestamptz) IS NULL OR l.earned_at >= ?)
              AND (CAST(? AS timestamptz) IS NULL OR l.earned_at < ?)
            GROUP BY p.reporter_id, p.handle, p.source, h.reason
            ORDER BY credits DESC, p.reporter_id
            LIMIT ?
            """;
    private static final String HOLDS = """
            SELECT h.id, h.reporter_id, p.handle, p.source, h.reason, h.held_at,
                   coalesce((SELECT sum(c.amount) FROM reward_ledger c WHERE c.reporter_id = h.reporter_id AND c.kind = 'credit' AND c.held
                             AND NOT EXISTS (SELECT 1 FROM reward_ledger x WHERE x.kind = 'release' AND x.released_entry_id = c.id)), 0)
            FROM reporter_hold h JOIN reporter p ON p.reporter_id = h.reporter_id
            WHERE h.released_at IS NULL ORDER BY h.held_at, h.id
            """;

    private static final String RELEASES = """
            SELECT h.reporter_id, p.handle, h.reason, h.held_at, h.released_by, h.released_at,
                   (SELECT count(*) FROM reward_ledger l WHERE l.reporter_id = h.reporter_id AND l.kind = 'release'
                                                           AND l.recorded_at = h.released_at)
            FROM reporter_hold h JOIN reporter p ON p.reporter_id = h.reporter_id
            WHERE h.released_at IS NOT NULL ORDER BY h.released_at DESC, h.id DESC LIMIT ?
            """;

    private final DataSource dataSource;
    private final Clock clock;
    private final FraudRules rules;
    private final int firstCredit;
    private final int laterCredit;

    public Ledger(DataSource dataSource, Clock clock, FraudRules rules, int firstCredit, int laterCredit) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rules = Objects.requireNonNull(rules, "rules");
        FraudLimits.atLeastOne(firstCredit, "first reporter credit");
        FraudLimits.atLeastOne(laterCredit, "later reporter credit");
        this.firstCredit = firstCredit;
        this.laterCredit = laterCredit;
    }

    /** The reporter key of a report: the source code, a colon and the source's account id ({@code x:u-454649}). */
    public static String reporterKey(String source, String accountId) {
        return source + ":" + accountId;
    }

    /**
     * Handles one job event, once per event id: keeps the job's facts and reports it carries, follows the job's status,
     * credits the reporters of a job verified and runs the fraud rules on those of a job failed "shelf was full".
     *
     * @return the credit entries written now (0 for a repeat, and for any event but a verification)
     */
    public int record(JobEvent event) {
        Objects.requireNonNull(event, "event");
        try {
            return Transactions.inTransaction(dataSource, connection -> {
                Instant now = clock.instant();
                try (PreparedStatement insert = connection.prepareStatement(HANDLED)) {
                    insert.setObject(1, UUID.fromString(event.eventId()));
                    insert.setLong(2, event.jobId());
                    insert.setObject(3, utc(now));
                    if (insert.executeUpdate() == 0) {
                        return 0;
                    }
                }
                JobCopy.learn(connection, event);
                if (event.kind() != JobEvent.Kind.STATUS_CHANGED) {
                    return 0;
                }
                if (VERIFIED.equals(event.toStatus())) {
                    return credit(connection, event.jobId(), event.eventId(), event.occurredAt(), now);
                }
                if (FAILED.equals(event.toStatus()) && FraudRules.SHELF_FULL.equals(event.reason())) {
                    check(connection, event.jobId(), now);
                }
                return 0;
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot record job event " + event.eventId() + " of job " + event.jobId() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Credits each reporter of a verified job, once: a job that is not verified in rewards' copy credits nobody, and a
     * job already credited to a reporter is not credited to them again.
     *
     * @param cause      the job event that announced the verification (kept on the entries)
     * @param verifiedAt when the job was verified: the entries' {@code earned_at}
     * @return the credit entries written now (0 for a repeat)
     */
    private int credit(Connection connection, long jobId, String cause, Instant verifiedAt, Instant now) throws SQLException {
        Optional<String[]> job = job(connection, jobId);
        if (job.isEmpty() || !VERIFIED.equals(job.get()[0])) {
            LOG.warn("job {} is {} in rewards' copy although event {} says verified (an event without the job's facts?); no credit",
                    jobId, job.map(j -> j[0]).orElse("unknown"), cause);
            return 0;
        }
        String city = job.get()[1];
        List<JobReporter> reporters = reportersOf(connection, jobId);
        int written = 0;
        for (int i = 0; i < reporters.size(); i++) {
            JobReporter reporter = reporters.get(i);
            String holdReason = screen(connection, reporter, jobId, city, now);
            try (PreparedStatement insert = connection.prepareStatement(CREDIT)) {
                int p = 0;
                insert.setString(++p, reporter.key());
                insert.setLong(++p, jobId);
                insert.setInt(++p, i == 0 ? firstCredit : laterCredit);
                insert.setString(++p, i == 0 ? "first" : "later");
                insert.setBoolean(++p, holdReason != null);
                insert.setString(++p, holdReason);
                insert.setString(++p, cause);
                insert.setObject(++p, utc(verifiedAt));
                insert.setObject(++p, utc(now));
                written += insert.executeUpdate();
            }
        }
        return written;
    }

    /**
     * Runs the fraud rules on each reporter of a job (one that failed "shelf was full", say) and holds those flagged.
     *
     * @return how many reporters are held after the check (newly or already)
     */
    private int check(Connection connection, long jobId, Instant now) throws SQLException {
        Optional<String[]> job = job(connection, jobId);
        if (job.isEmpty()) {
            return 0;
        }
        int held = 0;
        for (JobReporter reporter : reportersOf(connection, jobId)) {
            if (screen(connection, reporter, jobId, job.get()[1], now) != null) {
                held++;
            }
        }
        return held;
    }

    /**
     * Releases a held reporter: closes their hold, recording who and when, and releases each of their held credits with
     * a {@code release} entry.
     *
     * @param by who releases them (the person's actor id)
     * @return the release, or empty when the reporter is not held
     */
    public Optional<Release> release(String reporterId, String by) {
        Objects.requireNonNull(reporterId, "reporterId");
        Objects.requireNonNull(by, "by");
        try {
            return Transactions.inTransaction(dataSource, connection -> {
                Instant at = clock.instant();
                OffsetDateTime now = utc(at);
                String reason;
                Instant heldAt;
                String handle;
                try (PreparedStatement update = connection.prepareStatement(RELEASE_HOLD)) {
                    update.setObject(1, now);
                    update.setString(2, by);
                    update.setString(3, reporterId);
                    try (ResultSet row = update.executeQuery()) {
                        if (!row.next()) {
                            return Optional.<Release>empty();
                        }
                        reason = row.getString(1);
                        heldAt = instant(row, 2);
                        handle = row.getString(3);
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement(RELEASE_CREDITS)) {
                    insert.setString(1, "released by " + by);
                    insert.setObject(2, now);
                    insert.setString(3, reporterId);
                    int released = insert.executeUpdate();
                    LOG.info("{} released reporter {} and {} held credits", by, reporterId, released);
                    return Optional.of(new Release(reporterId, handle, reason, heldAt, by, at, released));
                }
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot release reporter " + reporterId + ": " + e.getMessage(), e);
        }
    }

    /** The latest releases, latest first: who released whom, when, and why they had been held. */
    public List<Release> releases(int limit) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(RELEASES)) {
            select.setInt(1, limit);
            List<Release> releases = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    releases.add(new Release(row.getString(1), row.getString(2), row.getString(3), instant(row, 4), row.getString(5),
                            instant(row, 6), row.getInt(7)));
                }
            }
            return releases;
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot read the releases: " + e.getMessage(), e);
        }
    }

    /** Ledger entries, oldest first; null arguments do not filter. */
    public List<LedgerEntry> entries(String reporterId, Instant from, Instant to, int limit) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(ENTRIES)) {
            int p = 0;
            select.setString(++p, reporterId);
            select.setString(++p, reporterId);
            p = setInstantTwice(select, p, from);
            p = setInstantTwice(select, p, to);
            select.setInt(++p, limit);
            List<LedgerEntry> entries = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long releasedId = row.getLong(10);
                    Long released = row.wasNull() ? null : releasedId;
                    entries.add(new LedgerEntry(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getLong(5),
                            row.getInt(6), row.getString(7), row.getBoolean(8), row.getString(9), released,
                            row.getString(11), instant(row, 12), instant(row, 13)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot read the reward ledger: " + e.getMessage(), e);
        }
    }

    /** Each credited reporter's standing over the credits of jobs of the brand and city verified in [from, to); nulls do not filter. */
    public List<ReporterSummary> reporters(String brand, String city, Instant from, Instant to, int limit) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(SUMMARIES)) {
            int p = 0;
            select.setString(++p, brand);
            select.setString(++p, brand);
            select.setString(++p, city);
            select.setString(++p, city);
            p = setInstantTwice(select, p, from);
            p = setInstantTwice(select, p, to);
            select.setInt(++p, limit);
            List<ReporterSummary> summaries = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    summaries.add(new ReporterSummary(row.getString(1), row.getString(2), row.getString(3), row.getInt(4), row.getLong(5),
                            row.getLong(6), row.getString(7)));
                }
            }
            return summaries;
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot read the reporters' credits: " + e.getMessage(), e);
        }
    }

    /** The reporters held for review now, longest held first. */
    public List<Hold> holds() {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(HOLDS);
             ResultSet row = select.executeQuery()) {
            List<Hold> holds = new ArrayList<>();
            while (row.next()) {
                holds.add(new Hold(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5), instant(row, 6),
                        row.getLong(7)));
            }
            return holds;
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot read the held reporters: " + e.getMessage(), e);
        }
    }

    private record JobReporter(String source, String accountId, String handle) {
        String key() {
            return reporterKey(source, accountId);
        }
    }

    private static Optional<String[]> job(Connection connection, long jobId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(JOB)) {
            select.setLong(1, jobId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new String[] {row.getString(1), row.getString(2)}) : Optional.empty();
            }
        }
    }

    /** The job's reporters, first reporter first; their {@code reporter} rows written in key order (no deadlock between jobs). */
    private List<JobReporter> reportersOf(Connection connection, long jobId) throws SQLException {
        List<JobReporter> reporters = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(REPORTERS_OF_JOB)) {
            select.setLong(1, jobId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    reporters.add(new JobReporter(row.getString(1), row.getString(2), row.getString(5)));
                }
            }
        }
        OffsetDateTime now = utc(clock.instant());
        for (JobReporter reporter : reporters.stream().sorted(Comparator.comparing(JobReporter::key)).toList()) {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT_REPORTER)) {
                int p = 0;
                upsert.setString(++p, reporter.key());
                upsert.setString(++p, reporter.source());
                upsert.setString(++p, reporter.accountId());
                upsert.setString(++p, reporter.handle());
                upsert.setString(++p, reporter.source());
                upsert.setString(++p, reporter.accountId());
                upsert.setObject(++p, now);
                upsert.executeUpdate();
            }
        }
        return reporters;
    }

    /** The reason the reporter is held (already, or now by the rules), or null when they are not. */
    private String screen(Connection connection, JobReporter reporter, long jobId, String city, Instant now) throws SQLException {
        Optional<String> open = openHold(connection, reporter.key());
        if (open.isPresent()) {
            return open.get();
        }
        List<String> reasons = rules.reasons(facts(connection, reporter), jobId, city);
        if (reasons.isEmpty()) {
            return null;
        }
        try (PreparedStatement insert = connection.prepareStatement(HOLD)) {
            insert.setString(1, reporter.key());
            insert.setString(2, String.join("; ", reasons));
            insert.setObject(3, utc(now));
            if (insert.executeUpdate() == 1) {
                LOG.info("reporter {} ({}) held for review: {}", reporter.key(), reporter.handle(), reasons);
            }
        }
        // Another transaction may have held them first, with its own words: the open hold is the one that counts.
        return openHold(connection, reporter.key()).orElse(String.join("; ", reasons));
    }

    private static Optional<String> openHold(Connection connection, String reporterId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(OPEN_HOLD)) {
            select.setString(1, reporterId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static ReporterFacts facts(Connection connection, JobReporter reporter) throws SQLException {
        Instant accountStart;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT coalesce(account_created_at, first_seen_at) FROM reporter WHERE reporter_id = ?")) {
            select.setString(1, reporter.key());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                accountStart = instant(row, 1);
            }
        }
        Instant since = Instant.EPOCH;
        try (PreparedStatement select = connection.prepareStatement(LAST_RELEASE)) {
            select.setString(1, reporter.key());
            try (ResultSet row = select.executeQuery()) {
                if (row.next() && row.getObject(1) != null) {
                    since = instant(row, 1);
                }
            }
        }
        List<ReporterFacts.Report> reports = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(FACTS)) {
            select.setString(1, reporter.source());
            select.setString(2, reporter.accountId());
            select.setObject(3, utc(since));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    reports.add(new ReporterFacts.Report(row.getString(1), row.getLong(2), row.getString(3), row.getString(4), instant(row, 5),
                            row.getString(6), row.getString(7)));
                }
            }
        }
        return new ReporterFacts(reporter.key(), accountStart, reports);
    }

    private static int setInstantTwice(PreparedStatement statement, int index, Instant instant) throws SQLException {
        OffsetDateTime value = instant == null ? null : utc(instant);
        statement.setObject(index + 1, value, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
        statement.setObject(index + 2, value, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
        return index + 2;
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
