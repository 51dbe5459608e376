package org.restockradar.dispatch.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.restockradar.contracts.JobEvent;

/**
 * Told of the jobs just opened, inside the opening transaction, so that what it does (auto-assignment) commits or rolls
 * back with them. It is told of a poll's new jobs together, in the order their reports came, so that it can decide and
 * write for all of them in a few statements; it changes the jobs' rows itself and returns the events of what it did,
 * which the store writes into each job's history and the outbox right after the job's {@code OPENED} event (with the job's
 * facts and its opening report where the event's kind carries them), as if it had been told of each job alone before the
 * poll's next report.
 */
@FunctionalInterface
public interface OpenedJobListener {
    /** Does nothing: jobs stay reported until a crew claims them or ops assign them. */
    OpenedJobListener NONE = (connection, jobs, now) -> List.of();

    /**
     * A job just opened, as its opening report left it.
     *
     * @param dueAt the due time its opening report gave it (a later report of the same poll may move it back)
     */
    record OpenedJob(long jobId, Instant dueAt) {
        public OpenedJob {
            Objects.requireNonNull(dueAt, "dueAt");
        }
    }

    /**
     * @param jobs the jobs opened, in the order of their opening reports
     * @return the events of what it did, in the order they happened, each naming its job (none, one or more per job); the
     *         last event of a job gives its status and crew to the events of the poll's later reports of that job
     */
    List<JobEvent> opened(Connection connection, List<OpenedJob> jobs, Instant now) throws SQLException;
}
