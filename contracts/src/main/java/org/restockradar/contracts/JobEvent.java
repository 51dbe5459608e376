package org.restockradar.contracts;

import java.time.Instant;
import java.util.Map;

/**
 * Something that happened to a restock job in dispatch, as published on {@link Topics#JOB_EVENTS}: a job opened,
 * a status change, a crew (re)assigned, an SLA warning, breach or escalation. Dispatch writes each event in the
 * same database transaction as the change it records and relays it through an outbox, so an event may be
 * delivered more than once: consumers drop the repeats by {@code event_id}.
 *
 * @param eventId    a UUID, unique per event; the same on every delivery of the event
 * @param fromStatus the status code before, or null when the job was opened or the status did not change
 * @param toStatus   the status code after (the current one when it did not change)
 * @param crewId     the crew the job is assigned to after the event, or null
 * @param actor      who did it: a user or crew id, or {@code dispatch} for the dispatcher itself
 * @param actorRole  the actor's role: {@code ops}, {@code crew}, {@code marketer} or {@code system}
 * @param reason     why, when the event needs one (a failure reason, a cancellation note), else null
 * @param detail     further facts of the event (proof of a restock, the previous job of a reopened one)
 */
public record JobEvent(
        String eventId,
        long jobId,
        Kind kind,
        String fromStatus,
        String toStatus,
        String crewId,
        String actor,
        String actorRole,
        String reason,
        Map<String, String> detail,
        Instant occurredAt) {

    /** What kind of thing happened. */
    public enum Kind {
        /** A first report opened the job. */
        OPENED,
        /** The job moved from one status to another. */
        STATUS_CHANGED,
        /** Ops moved the job to another crew. */
        REASSIGNED,
        /** No crew's territory covers the job's outlet: ops must place it. */
        UNCOVERED,
        /** A crew saved since covers a job flagged {@link #UNCOVERED}: the flag is cleared and the job placed or left to claim. */
        COVERED,
        /** The job is close to its due time (36 h after the first report by default). */
        SLA_WARNING,
        /** The job is past its due time. */
        SLA_BREACH,
        /** Ops are asked to step in on a breached job. */
        ESCALATED
    }

    public JobEvent {
        Require.text(eventId, "event_id");
        Require.present(kind, "kind");
        Require.text(toStatus, "to_status");
        Require.text(actor, "actor");
        Require.text(actorRole, "actor_role");
        Require.present(occurredAt, "occurred_at");
        if (jobId < 1) {
            throw new IllegalArgumentException("job_id must be positive: " + jobId);
        }
        detail = detail == null ? Map.of() : Map.copyOf(detail);
    }
}
