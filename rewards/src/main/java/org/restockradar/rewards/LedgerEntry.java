package org.restockradar.rewards;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the append-only reward ledger.
 *
 * @param kind            {@code credit} (a verified job's credit to one reporter) or {@code release} (ops released a held credit)
 * @param rank            {@code first} for the job's first reporter, {@code later} for the others
 * @param holdReason      why a held credit is held, else null
 * @param releasedEntryId the credit a release releases, else null
 * @param cause           the job event of a credit, or who released
 * @param earnedAt        when the job was verified
 */
public record LedgerEntry(long id, String reporterId, String handle, String kind, long jobId, int amount, String rank, boolean held,
                          String holdReason, Long releasedEntryId, String cause, Instant earnedAt, Instant recordedAt) {
    public LedgerEntry {
        Objects.requireNonNull(reporterId, "reporterId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(earnedAt, "earnedAt");
    }
}
