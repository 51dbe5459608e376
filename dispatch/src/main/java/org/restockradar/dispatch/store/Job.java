package org.restockradar.dispatch.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A restock job as stored: one outlet, one product, the reports that asked for it and when it is due.
 *
 * @param sku        the product, or null for a brand-level job
 * @param productKey the SKU, or {@code brand:<brand>} when no product was named
 * @param reporters  the handles of the people who reported it, each once, first reporter first
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
        List<String> reporters) {

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
