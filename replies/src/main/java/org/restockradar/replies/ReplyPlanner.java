package org.restockradar.replies;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.JobStatus;
import org.restockradar.dbkit.jobcopy.JobCopy;
import org.restockradar.dbkit.store.StoreUnavailableException;
import org.restockradar.dbkit.store.Transactions;

/**
 * Plans replies: keeps what job events say of a job and its reports (dbkit's {@link JobCopy}: tables {@code job},
 * {@code job_report}, filled from {@code job-events} only) and inserts one {@code reply} row per job, reporter and kind, answering the reporter's
 * first report on the job. The unique constraint {@code reply_once} makes planning idempotent, so it is called freely:
 * for each event that carries the job (redeliveries included) and by a periodic scan of the jobs learned lately.
 *
 * <p>A job-opened reply is planned only while the job is open, a restocked one only once the job is in one of
 * the restocked statuses ({@code replies.restocked-on}): an event read late or twice plans nothing stale, since an
 * older event never overwrites what a newer one said of the job.
 */
public final class ReplyPlanner {
    /** The status codes of an open job (one that still takes reports): {@link JobStatus#OPEN}. */
    static final List<String> OPEN = JobStatus.OPEN.stream().map(JobStatus::code).sorted().toList();
    /** The status codes a restocked reply may wait for (setting {@code replies.restocked-on}). */
    static final Set<String> RESTOCKED = Set.of(JobStatus.RESTOCKED.code(), JobStatus.VERIFIED.code());

    private static final String INSERT = """
            INSERT INTO reply (job_id, kind, source, reporter_id, reporter_handle, mention_id, planned_at, next_attempt_at)
            SELECT DISTINCT ON (r.job_id, r.source, r.reporter_id)
                   r.job_id, ?, r.source, r.reporter_id, r.handle, r.mention_id, ?, ?
            FROM job_report r JOIN job j ON j.job_id = r.job_id
            WHERE %s AND j.status = ANY (?)
            ORDER BY r.job_id, r.source, r.reporter_id, r.reported_at, r.mention_id
            ON CONFLICT ON CONSTRAINT reply_once DO NOTHING
            """;

    private final DataSource dataSource;
    private final Clock clock;
    private final List<String> restockedStatuses;

    /** @param restockedOn the job statuses that count as restocked for a reply: {@code restocked} and/or {@code verified} */
    public ReplyPlanner(DataSource dataSource, Clock clock, Set<String> restockedOn) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (restockedOn.isEmpty() || !RESTOCKED.containsAll(restockedOn)) {
            throw new IllegalArgumentException("replies.restocked-on must be restocked and/or verified: " + restockedOn);
        }
        this.restockedStatuses = restockedOn.stream().sorted().toList();
    }

    /** The statuses in which a job's restocked reply is planned. */
    public boolean isRestocked(String statusCode) {
        return restockedStatuses.contains(statusCode);
    }

    /**
     * Keeps what the event says of its job and plans what that allows, in one transaction: a job-opened reply to each
     * reporter while the job is open, a restocked reply to each once it is restocked. An event without the job's facts
     * (claims, SLA alerts) only moves the job's status.
     *
     * @return the replies newly planned
     */
    public int plan(JobEvent event) {
        Objects.requireNonNull(event, "event");
        return plan("plan the replies of job event " + event.eventId() + " of job " + event.jobId(), connection -> {
            JobCopy.learn(connection, event);
            return insert(connection, ReplyKind.JOB_OPENED, "r.job_id = ?", ps -> ps.setLong(4, event.jobId()), OPEN)
                    + insert(connection, ReplyKind.RESTOCKED, "r.job_id = ?", ps -> ps.setLong(4, event.jobId()), restockedStatuses);
        });
    }

    /**
     * Plans what planning on the events may have left: job-opened replies of open jobs and restocked replies of restocked
     * jobs that events changed within the lookback (a plan that failed after its event was taken).
     *
     * @return the replies newly planned
     */
    public int scan(Duration lookback) {
        Timestamp since = Timestamp.from(clock.instant().minus(lookback));
        return plan("scan for replies to plan", connection ->
                insert(connection, ReplyKind.JOB_OPENED, "j.as_of >= ?", ps -> ps.setTimestamp(4, since), OPEN)
                        + insert(connection, ReplyKind.RESTOCKED, "j.as_of >= ?", ps -> ps.setTimestamp(4, since), restockedStatuses));
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private int insert(Connection connection, ReplyKind kind, String filter, Binder binder, List<String> statuses) throws SQLException {
        Timestamp now = Timestamp.from(clock.instant());
        try (PreparedStatement insert = connection.prepareStatement(INSERT.formatted(filter))) {
            insert.setString(1, kind.code());
            insert.setTimestamp(2, now);
            insert.setTimestamp(3, now);
            binder.bind(insert);
            insert.setArray(5, connection.createArrayOf("text", statuses.toArray()));
            return insert.executeUpdate();
        }
    }

    private int plan(String what, Transactions.Work<Integer> work) {
        try {
            return Transactions.inTransaction(dataSource, work);
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot " + what, e);
        }
    }
}
