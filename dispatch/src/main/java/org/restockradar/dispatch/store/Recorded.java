package org.restockradar.dispatch.store;

/**
 * What recording one stock-out report did.
 *
 * @param jobId the job the report belongs to (for a duplicate: the job it was attached to the first time)
 */
public record Recorded(long jobId, Outcome outcome) {

    /** The three things a report can do to the jobs. */
    public enum Outcome {
        /** The first report for its outlet and product: a job was opened. */
        OPENED_JOB,
        /** Attached to the open job of its outlet and product. */
        ATTACHED,
        /** This mention was recorded before; nothing changed. */
        DUPLICATE
    }

    public Recorded {
        if (outcome == null) {
            throw new IllegalArgumentException("outcome is missing for job " + jobId);
        }
    }
}
