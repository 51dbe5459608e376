package org.restockradar.rewards;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the fraud rules know of one reporter: when their account started (the source's creation time, else their first
 * report to us) and their reports since ops last released them, each with the job it joined and how that job ended.
 */
public record ReporterFacts(String reporterId, Instant accountStart, List<Report> reports) {

    /**
     * One report of the reporter.
     *
     * @param city          the city of the job's outlet, or null
     * @param jobStatus     the job's status code ({@code verified}, {@code failed}, ...)
     * @param failureReason the failure reason code of a failed job, else null
     */
    public record Report(String mentionId, long jobId, String outletId, String city, Instant reportedAt, String jobStatus,
                         String failureReason) {
        public Report {
            Objects.requireNonNull(mentionId, "mentionId");
            Objects.requireNonNull(outletId, "outletId");
            Objects.requireNonNull(reportedAt, "reportedAt");
            Objects.requireNonNull(jobStatus, "jobStatus");
        }
    }

    public ReporterFacts {
        Objects.requireNonNull(reporterId, "reporterId");
        Objects.requireNonNull(accountStart, "accountStart");
        reports = reports.stream().sorted(Comparator.comparing(Report::reportedAt).thenComparing(Report::mentionId)).toList();
    }
}
