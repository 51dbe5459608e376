package org.restockradar.alerts;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.restockradar.contracts.JobEvent;

/**
 * The words of an alert, from the job event and what the alerts' copy of jobs knows of the job (SLA events carry no
 * job facts: the job's earlier events did).
 */
final class AlertText {
    private final URI opsPage;

    /** @param opsPage the ops page; a job's link is {@code <opsPage>?job=<id>} */
    AlertText(URI opsPage) {
        this.opsPage = Objects.requireNonNull(opsPage, "opsPage");
    }

    /** What the alerts know of a job: its outlet and product; null fields when no event told them. */
    record JobFacts(String outletName, String locality, String city, String brand, String sku) {
        static final JobFacts UNKNOWN = new JobFacts(null, null, null, null, null);
    }

    /** The subject, body and link of one event's alert. */
    record Text(String subject, String body, String link) {
    }

    Text of(JobEvent event, JobFacts job) {
        String what = switch (event.kind()) {
            case SLA_WARNING -> "is close to its due time";
            case SLA_BREACH -> "is past its due time";
            case ESCALATED -> "is escalated: ops are asked to step in";
            default -> throw new IllegalArgumentException("job event kind " + event.kind() + " does not alert (event " + event.eventId() + ")");
        };
        String about = about(job);
        String subject = "Restock job " + event.jobId() + " " + what + (about == null ? "" : " — " + about);
        List<String> lines = new ArrayList<>();
        lines.add(about == null ? "Job " + event.jobId() + " (its outlet and product are not known to alerts yet)" : about);
        lines.add("Status: " + event.toStatus() + "; crew: " + (event.crewId() == null ? "none" : event.crewId()));
        String due = event.detail().get("due_at");
        if (due != null) {
            lines.add("Due: " + due);
        }
        if (event.reason() != null) {
            lines.add("Reason: " + event.reason());
        }
        lines.add("Event " + event.kind().name().toLowerCase(java.util.Locale.ROOT) + " at " + event.occurredAt() + " (" + event.eventId() + ")");
        return new Text(subject, String.join("\n", lines), link(event.jobId()));
    }

    String link(long jobId) {
        String base = opsPage.toString();
        return base + (base.contains("?") ? "&" : "?") + "job=" + jobId;
    }

    private static String about(JobFacts job) {
        if (job.brand() == null || job.outletName() == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(job.brand());
        if (job.sku() != null) {
            text.append(' ').append(job.sku());
        }
        text.append(" at ").append(job.outletName());
        String place = job.locality() == null ? job.city() : job.city() == null ? job.locality() : job.locality() + ", " + job.city();
        if (place != null) {
            text.append(" (").append(place).append(')');
        }
        return text.toString();
    }
}
