package org.restockradar.dispatch.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.JobStatus;

/**
 * A restock job as stored: one outlet, one product, the reports that asked for it and when it is due.
 *
 * @param sku        the product, or null for a brand-level job
 * @param productKey the SKU, or {@code brand:<brand>} when no product was named
 * @param reporters  the handles of the people who reported it, each once, first reporter first
 * @param crewId        the crew the job is with, or null
 * @param failureReason why the crew could not restock, for a failed job, else null
 * @param followsJobId  the job restocked shortly before this one was opened for the same outlet and product, or null
 * @param uncovered     no crew's territory covered the outlet when the job opened: ops must place it
 * @param outletLocation where the outlet is, from table {@code outlet}, or null while the registry does not know it
 */
public record Job(
        long id,
        String outletId,
        String outletName,
        String city,
        String locality,
        String brand,
        String sku,
        String productKey,
        JobStatus status,
        Instant createdAt,
        Instant firstReportedAt,
        Instant dueAt,
        int reportCount,
        Instant updatedAt,
        List<String> reporters,
        String crewId,
        String failureReason,
        Long followsJobId,
        boolean uncovered,
        GeoPoint outletLocation) {

    /** A job nobody has been given yet. */
    public Job(long id, String outletId, String outletName, String city, String locality, String brand, String sku, String productKey,
               JobStatus status, Instant createdAt, Instant firstReportedAt, Instant dueAt, int reportCount, Instant updatedAt,
               List<String> reporters) {
        this(id, outletId, outletName, city, locality, brand, sku, productKey, status, createdAt, firstReportedAt, dueAt, reportCount,
                updatedAt, reporters, null, null, null, false, null);
    }

    public Job {
        Objects.requireNonNull(outletId, "outletId");
        Objects.requireNonNull(productKey, "productKey");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(dueAt, "dueAt");
        if (reportCount < 1) {
            throw new IllegalArgumentException("job " + id + " must have at least one report: " + reportCount);
        }
        reporters = List.copyOf(reporters);
    }
}
