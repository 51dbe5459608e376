package org.restockradar.replies;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.LanguageGuess;
import org.restockradar.contracts.StockoutReport;

/**
 * Jobs told as dispatch tells them on {@code job-events}: a report opens the open job of its outlet and product
 * ({@code OPENED}) or joins it ({@code REPORT_ADDED}), a move is a {@code STATUS_CHANGED}, and every one of these events
 * carries the job's facts and reports, each report with the language of its text. The tests hand the events on.
 */
final class JobEvents {
    private static final List<String> OPEN = List.of("reported", "assigned", "accepted", "en_route");

    private final Clock clock;
    private final Map<Long, Job> jobs = new HashMap<>();
    private final List<JobEvent> events = new ArrayList<>();

    JobEvents(Clock clock) {
        this.clock = clock;
    }

    private static final class Job {
        final long id;
        final StockoutReport first;
        final List<JobEvent.Report> reports = new ArrayList<>();
        String status = "reported";

        Job(long id, StockoutReport first) {
            this.id = id;
            this.first = first;
        }
    }

    /** Records the report: the id of the job it opened or joined. */
    long record(StockoutReport report) {
        Job job = jobs.values().stream().filter(j -> OPEN.contains(j.status) && j.first.outletId().equals(report.outletId())
                && j.first.productKey().equals(report.productKey())).findFirst().orElse(null);
        boolean opened = job == null;
        if (opened) {
            job = new Job(jobs.size() + 1L, report);
            jobs.put(job.id, job);
        }
        job.reports.add(new JobEvent.Report(report.mentionId(), report.source().code(), report.reporter().id(), report.reporter().handle(),
                report.reportedAt(), LanguageGuess.of(report.text()).code()));
        publish(job, opened ? JobEvent.Kind.OPENED : JobEvent.Kind.REPORT_ADDED, null, Map.of("mention_id", report.mentionId()));
        return job.id;
    }

    /** Moves the job to the status ({@code assigned}, ..., {@code verified}); the event. */
    JobEvent move(long id, String to) {
        Job job = jobs.get(id);
        String from = job.status;
        job.status = to;
        return publish(job, JobEvent.Kind.STATUS_CHANGED, from, Map.of());
    }

    /** Moves the job through assigned, accepted, en route to restocked. */
    JobEvent restock(long job) {
        move(job, "assigned");
        move(job, "accepted");
        move(job, "en_route");
        return move(job, "restocked");
    }

    private JobEvent publish(Job job, JobEvent.Kind kind, String from, Map<String, String> detail) {
        StockoutReport first = job.first;
        JobEvent.Job facts = new JobEvent.Job(first.outletId(), first.outletName(), first.locality(), first.city(), first.brand(), first.sku(),
                job.reports.get(0).reportedAt(), "restocked".equals(job.status) || "verified".equals(job.status) ? clock.instant() : null);
        JobEvent event = new JobEvent(UUID.randomUUID().toString(), job.id, kind, from, job.status, null, "dispatch", "system", null, detail,
                clock.instant(), facts, List.copyOf(job.reports));
        events.add(event);
        return event;
    }

    /** The job's latest event. */
    JobEvent last(long job) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).jobId() == job) {
                return events.get(i);
            }
        }
        throw new IllegalArgumentException("no events of job " + job);
    }

    /** Every event so far, in order. */
    List<JobEvent> events() {
        return List.copyOf(events);
    }

    /** The same event, as if it had happened at another time. */
    static JobEvent at(JobEvent event, java.time.Instant when) {
        Objects.requireNonNull(when, "when");
        return new JobEvent(event.eventId(), event.jobId(), event.kind(), event.fromStatus(), event.toStatus(), event.crewId(), event.actor(),
                event.actorRole(), event.reason(), event.detail(), when, event.job(), event.reports());
    }
}
