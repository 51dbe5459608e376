package org.restockradar.dispatch.replies;

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
import org.restockradar.dbkit.store.StoreUnavailableException;
import org.restockradar.dbkit.store.Transactions;
import org.restockradar.dispatch.store.JobStatus;

/**
 * Plans replies: inserts one {@code reply} row per job, reporter and kind, answering the reporter's first report on
 * the job. The unique constraint {@code reply_once} makes planning idempotent, so it is called freely: for each
 * {@code OPENED} and restocking {@code STATUS_CHANGED} job event (redeliveries included), and by a periodic scan of
 * reports received and jobs changed lately, which is how a report that joined an open job (no event) is noticed.
 *
 * <p>A job-opened reply is planned only while the job is open, a restocked one only once the job is in one of
 * the restocked statuses ({@code replies.restocked-on}): an event read late or twice plans nothing stale.
 */
public final class ReplyPlanner {
    private static final List<String> OPEN = JobStatus.OPEN.stream().map(JobStatus::code).sorted().toList();

    private static final String INSERT = """
            INSERT INTO reply (job_id, kind, source, reporter_id, reporter_handle, mention_id, planned_at, next_attempt_at)
            SELECT DISTINCT ON (r.job_id, r.source, r.reporter_id)
                   r.job_id, ?, r.source, r.reporter_id, r.reporter_handle, r.mention_id, ?, ?
            FROM stockout_report r JOIN restock_job j ON j.id = r.job_id
            WHERE %s AND j.status = ANY (?)
            ORDER BY r.job_id, r.source, r.reporter_id, r.reported_at, r.mention_id
            ON CONFLICT ON CONSTRAINT reply_once DO NOTHING
            """;

    private final DataSource dataSource;
    private final Clock clock;
    private final List<String> restockedStatuses;

    /** @param restockedOn the job statuses that count as restocked for a reply: {@code restocked} and/or {@code verified} */
    public ReplyPlanner(DataSource dataSource, Clock clock, Set<JobStatus> restockedOn) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (restockedOn.isEmpty() || !Set.of(JobStatus.RESTOCKED, JobStatus.VERIFIED).containsAll(restockedOn)) {
            throw new IllegalArgumentException("replies.restocked-on must be restocked and/or verified: " + restockedOn);
        }
        this.restockedStatuses = restockedOn.stream().map(JobStatus::code).sorted().toList();
    }

    /** The statuses in which a job's restocked reply is planned. */
    public boolean isRestocked(String statusCode) {
        return restockedStatuses.contains(statusCode);
    }

    /** Plans a job-opened reply to each reporter of the job, if it is still open. @return the replies newly planned */
    public int planJobOpened(long jobId) {
        return plan("plan job-opened replies of job " + jobId, connection ->
                insert(connection, ReplyKind.JOB_OPENED, "r.job_id = ?", ps -> ps.setLong(4, jobId), OPEN));
    }

    /** Plans a restocked reply to each reporter of the job, if it is restocked. @return the replies newly planned */
    public int planRestocked(long jobId) {
        return plan("plan restocked replies of job " + jobId, connection ->
                insert(connection, ReplyKind.RESTOCKED, "r.job_id = ?", ps -> ps.setLong(4, jobId), restockedStatuses));
    }

    /**
     * Plans what the events may not have: job-opened replies for reports received within the lookback (a report
     * that joins an open job publishes no event) and restocked replies for jobs changed within it.
     *
     * @return the replies newly planned
     */
    public int scan(Duration lookback) {
        Timestamp since = Timestamp.from(clock.instant().minus(lookback));
        return plan("scan for replies to plan", connection ->
                insert(connection, ReplyKind.JOB_OPENED, "r.received_at >= ?", ps -> ps.setTimestamp(4, since), OPEN)
                        + insert(connection, ReplyKind.RESTOCKED,
                                // the literal statuses let the planner use the partial index of V42
                                "j.updated_at >= ? AND j.status IN ('restocked', 'verified')", ps -> ps.setTimestamp(4, since),
                                restockedStatuses));
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
