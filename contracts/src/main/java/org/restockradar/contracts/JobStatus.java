package org.restockradar.contracts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a restock job stands (the codes of {@link JobEvent#fromStatus()} and {@link JobEvent#toStatus()}, one definition
 * for dispatch, which moves jobs, and for rewards and replies, which read the moves), and the moves allowed between statuses (the lifecycle):
 * <pre>
 * reported ─▶ assigned ─▶ accepted ─▶ en_route ─▶ restocked ─▶ verified
 *    │  ▲        │  ▲         │           │
 *    │  └────────┘  └─────────┘ (ops take a job back or reassign it)
 *    └─▶ cancelled ◀─ assigned, accepted, en_route
 *        failed (with a reason) ◀─ assigned, accepted, en_route
 * </pre>
 * {@code verified}, {@code failed} and {@code cancelled} are final. A job is <em>open</em> (new reports for its
 * outlet and product attach to it) until it is {@code restocked}: a report after the restock is news of a new
 * stock-out, so it opens a new job linked to the restocked one.
 */
public enum JobStatus {
    /** Opened from one or more stock-out reports; nobody has been sent yet. */
    REPORTED,
    /** Given to a crew, which has not yet said it will go. */
    ASSIGNED,
    /** The crew has said it will go. */
    ACCEPTED,
    /** The crew is on its way to the outlet. */
    EN_ROUTE,
    /** The crew has restocked the shelf and sent its proof; ops have yet to verify it. */
    RESTOCKED,
    /** Ops have checked the proof. Final. */
    VERIFIED,
    /** The crew could not restock (outlet closed, owner refused, no stock in the van). Final. */
    FAILED,
    /** Ops called the job off. Final. */
    CANCELLED;

    /** The statuses in which a job takes new reports; the predicate of the index {@code restock_job_one_open_per_product}. */
    public static final Set<JobStatus> OPEN = EnumSet.of(REPORTED, ASSIGNED, ACCEPTED, EN_ROUTE);

    /** The lower-case code stored in the database and shown in the API ({@code reported}, {@code en_route}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The statuses a job in this one may move to; empty for a final status. */
    public Set<JobStatus> next() {
        return switch (this) {
            case REPORTED -> EnumSet.of(ASSIGNED, CANCELLED);
            case ASSIGNED -> EnumSet.of(REPORTED, ACCEPTED, FAILED, CANCELLED);
            case ACCEPTED -> EnumSet.of(ASSIGNED, EN_ROUTE, FAILED, CANCELLED);
            case EN_ROUTE -> EnumSet.of(RESTOCKED, FAILED, CANCELLED);
            case RESTOCKED -> EnumSet.of(VERIFIED);
            case VERIFIED, FAILED, CANCELLED -> EnumSet.noneOf(JobStatus.class);
        };
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public boolean canMoveTo(JobStatus target) {
        return next().contains(target);
    }

    /**
     * Checks one move.
     *
     * @throws IllegalTransitionException naming the job, both statuses and the moves that are allowed
     */
    public void checkMove(long jobId, JobStatus target) {
        if (!canMoveTo(target)) {
            String allowed = isFinal() ? code() + " is final: the job cannot change any more"
                    : "from " + code() + " it can go to: " + next().stream().map(JobStatus::code).collect(Collectors.joining(", "));
            throw new IllegalTransitionException("job " + jobId + " cannot go from " + code() + " to " + target.code() + "; " + allowed);
        }
    }

    /** The status of a code; the message of the exception lists the known codes. */
    public static JobStatus fromCode(String code) {
        if (code != null) {
            for (JobStatus status : values()) {
                if (status.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                    return status;
                }
            }
        }
        throw new IllegalArgumentException("unknown job status '" + code + "' (expected one of: " + knownCodes() + ")");
    }

    static String knownCodes() {
        return Arrays.stream(values()).map(JobStatus::code).collect(Collectors.joining(", "));
    }
}
