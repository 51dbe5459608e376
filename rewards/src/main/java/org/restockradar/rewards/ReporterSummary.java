package org.restockradar.rewards;

import java.util.Objects;

/**
 * A reporter's standing over a period: how many of their reports were verified, what that credited, how much of it
 * is held, and why they are held (null when they are not).
 */
public record ReporterSummary(String reporterId, String handle, String source, int verifiedReports, long credits, long heldCredits,
                              String flagReason) {
    public ReporterSummary {
        Objects.requireNonNull(reporterId, "reporterId");
    }

    public boolean flagged() {
        return flagReason != null;
    }
}
