package org.restockradar.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Something that happened to a restock job in dispatch, as published on {@link Topics#JOB_EVENTS}: a job opened,
 * a status change, a crew (re)assigned, an SLA warning, breach or escalation. Dispatch writes each event in the
 * same database transaction as the change it records and relays it through an outbox, so an event may be
 * delivered more than once: consumers drop the repeats by {@code event_id}.
 *
 * @param eventId    a UUID, unique per event; the same on every delivery of the event
 * @param fromStatus the status code before, or null when the job was opened or the status did not change
 * @param toStatus   the status code after (the current one when it did not change); status codes are
 *                   {@link JobStatus#code()}, one definition for dispatch and its readers
 * @param crewId     the crew the job is assigned to after the event, or null
 * @param actor      who did it: a user or crew id, or {@code dispatch} for the dispatcher itself
 * @param actorRole  the actor's role: {@code ops}, {@code crew}, {@code marketer} or {@code system}
 * @param reason     why, when the event needs one (a failure reason, a cancellation note), else null
 * @param detail     further facts of the event (proof of a restock, the previous job of a reopened one)
 * @param job        what the job is about (outlet, city, brand, product), as of the event; carried by the
 *                   {@link Kind#OPENED}, {@link Kind#REPORT_ADDED} and {@link Kind#STATUS_CHANGED} events dispatch
 *                   writes in Java, null on the others (claims, SLA alerts, and events written before it was added)
 * @param reports    every report of the job as of the event, first reported first, with the reporters' source and
 *                   contact handle; carried with {@code job}, empty otherwise. Rewards and replies learn their reporters
 *                   from these and never read dispatch's tables
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
        Instant occurredAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Job job,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Report> reports) {

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
        /**
         * A later report joined the open job ({@code detail.mention_id} names it). Published on {@code job-events} only,
         * not kept in the job's history: it tells rewards and replies of a reporter no other event may carry in time.
         */
        REPORT_ADDED,
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
        reports = reports == null ? List.of() : List.copyOf(reports);
    }

    /** An event without the job's facts and reports (the form before they were carried). */
    public JobEvent(String eventId, long jobId, Kind kind, String fromStatus, String toStatus, String crewId, String actor,
                    String actorRole, String reason, Map<String, String> detail, Instant occurredAt) {
        this(eventId, jobId, kind, fromStatus, toStatus, crewId, actor, actorRole, reason, detail, occurredAt, null, List.of());
    }

    /** The same event carrying the job's facts and reports. */
    public JobEvent with(Job facts, List<Report> jobReports) {
        return new JobEvent(eventId, jobId, kind, fromStatus, toStatus, crewId, actor, actorRole, reason, detail, occurredAt, facts, jobReports);
    }

    /**
     * What a job is about, as of the event.
     *
     * @param sku         the product, or null for a brand-level job
     * @param restockedAt when a crew restocked it, or null while it is not restocked
     */
    public record Job(String outletId, String outletName, String locality, String city, String brand, String sku,
                      Instant firstReportedAt, Instant restockedAt) {
        public Job {
            Require.text(outletId, "outlet_id");
            Require.text(outletName, "outlet_name");
            Require.text(brand, "brand");
            Require.present(firstReportedAt, "first_reported_at");
        }
    }

    /**
     * One report of the job.
     *
     * @param source     the source code ({@code x}, {@code sms}, ...)
     * @param reporterId the source's account id of the reporter (one person per source account)
     * @param handle     the reporter's handle on the source: where to reach them ({@code rahul_dadar}, a masked number)
     * @param language   the language of the report's text ({@link Language}, guessed by {@link LanguageGuess}: {@code en}, {@code hi},
     *                   {@code hinglish}, {@code tl}); the text itself is not carried
     * @param name       the reporter's display name as the source gave it ({@code Asha K}, a WhatsApp profile name); null
     *                   where it gave none, and in events written before it was carried
     */
    public record Report(String mentionId, String source, String reporterId, String handle, Instant reportedAt, String language,
                         String name) {
        public Report {
            Require.text(mentionId, "mention_id");
            Require.text(source, "source");
            Require.text(reporterId, "reporter_id");
            Require.present(reportedAt, "reported_at");
        }

        /** A report without the reporter's display name. */
        public Report(String mentionId, String source, String reporterId, String handle, Instant reportedAt, String language) {
            this(mentionId, source, reporterId, handle, reportedAt, language, null);
        }
    }
}
