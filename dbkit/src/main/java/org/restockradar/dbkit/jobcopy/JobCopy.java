package org.restockradar.dbkit.jobcopy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Comparator;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.JobStatus;

/**
 * Keeps what a job event says of its job in the reader's tables {@code job} and {@code job_report} (migration
 * {@link #MIGRATIONS}), on the caller's connection and transaction: the job's facts and every report when the event
 * carries them, else only the job's status. An older event never overwrites what a newer one said (the row's
 * {@code as_of}), so an event read again, late or out of order leaves the copy as it was.
 */
public final class JobCopy {
    /** Where the tables' migration is, for a reader's {@code Migrations} beside its own location. */
    public static final String MIGRATIONS = "classpath:db/jobcopy";

    private static final String UPSERT_JOB = """
            INSERT INTO job (job_id, outlet_id, outlet_name, locality, city, brand, sku, status, failure_reason, restocked_at, as_of)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (job_id) DO UPDATE SET outlet_name = EXCLUDED.outlet_name, locality = EXCLUDED.locality, city = EXCLUDED.city,
                status = EXCLUDED.status, failure_reason = EXCLUDED.failure_reason, restocked_at = EXCLUDED.restocked_at,
                as_of = EXCLUDED.as_of
            WHERE job.as_of <= EXCLUDED.as_of
            """;
    private static final String STATUS_OF_JOB = """
            UPDATE job SET status = ?, failure_reason = ?, as_of = ? WHERE job_id = ? AND as_of <= ?
            """;
    private static final String UPSERT_REPORT = """
            INSERT INTO job_report (mention_id, job_id, source, reporter_id, handle, reported_at, language, name)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (mention_id) DO UPDATE SET handle = EXCLUDED.handle, language = EXCLUDED.language,
                name = coalesce(EXCLUDED.name, job_report.name)
            """;
    /** The status of a failed job, whose event's reason is the failure reason. */
    private static final String FAILED = JobStatus.FAILED.code();
    /** The language of a report an event gave none for. */
    private static final String NO_LANGUAGE = "en";

    private JobCopy() {
    }

    /** Keeps what the event says of its job, in the connection's current transaction. */
    public static void learn(Connection connection, JobEvent event) throws SQLException {
        String failure = FAILED.equals(event.toStatus()) ? event.reason() : null;
        Timestamp asOf = Timestamp.from(event.occurredAt());
        JobEvent.Job job = event.job();
        if (job == null) {
            try (PreparedStatement update = connection.prepareStatement(STATUS_OF_JOB)) {
                update.setString(1, event.toStatus());
                update.setString(2, failure);
                update.setTimestamp(3, asOf);
                update.setLong(4, event.jobId());
                update.setTimestamp(5, asOf);
                update.executeUpdate();
            }
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_JOB)) {
            int p = 0;
            upsert.setLong(++p, event.jobId());
            upsert.setString(++p, job.outletId());
            upsert.setString(++p, job.outletName());
            upsert.setString(++p, job.locality());
            upsert.setString(++p, job.city());
            upsert.setString(++p, job.brand());
            upsert.setString(++p, job.sku());
            upsert.setString(++p, event.toStatus());
            upsert.setString(++p, failure);
            upsert.setTimestamp(++p, job.restockedAt() == null ? null : Timestamp.from(job.restockedAt()));
            upsert.setTimestamp(++p, asOf);
            upsert.executeUpdate();
        }
        // In mention order, so that two events of one job handled at once lock the same rows in the same order.
        for (JobEvent.Report report : event.reports().stream().sorted(Comparator.comparing(JobEvent.Report::mentionId)).toList()) {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT_REPORT)) {
                int p = 0;
                upsert.setString(++p, report.mentionId());
                upsert.setLong(++p, event.jobId());
                upsert.setString(++p, report.source());
                upsert.setString(++p, report.reporterId());
                upsert.setString(++p, report.handle() == null ? report.reporterId() : report.handle());
                upsert.setTimestamp(++p, Timestamp.from(report.reportedAt()));
                upsert.setString(++p, report.language() == null ? NO_LANGUAGE : report.language());
                upsert.setString(++p, report.name() == null || report.name().isBlank() ? null : report.name().strip());
                upsert.executeUpdate();
            }
        }
    }
}
