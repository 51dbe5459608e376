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
 *
 * <p>Before a poll's new jobs are written, the store asks which of them the listener would flag uncovered
 * ({@link #uncovered}), and writes those rows flagged in the insert: the flag is in a partial index's predicate, so setting
 * it afterwards wrote a second version of each new row and a second entry in each of the table's indexes. The listener
 * still decides when told of the jobs: it finds the flag set where it would set it, and clears it where it finds the job
 * covered after all (a crew saved in between).
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

    /** A job about to be opened: its outlet and the locality its report names. */
    record Opening(String outletId, String city, String locality) {
        public Opening {
            Objects.requireNonNull(outletId, "outletId");
        }
    }

    /**
     * Which of the jobs about to be opened this listener would flag uncovered, as far as it can tell before they are
     * written. The default: none (the listener flags nothing, or decides only once the jobs are there).
     *
     * @return one flag per opening, in the order given
     */
    default boolean[] uncovered(Connection connection, List<Opening> openings) throws SQLException {
        return new boolean[openings.size()];
    }

    /**
     * @param jobs the jobs opened, in the order of their opening reports
     * @return the events of what it did, in the order they happened, each naming its job (none, one or more per job); the
     *         last event of a job gives its status and crew to the events of the poll's later reports of that job
     */
    List<JobEvent> opened(Connection connection, List<OpenedJob> jobs, Instant now) throws SQLException;
}
