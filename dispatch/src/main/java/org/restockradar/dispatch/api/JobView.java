package org.restockradar.dispatch.api;

import java.time.Instant;
import java.util.List;
import org.restockradar.dispatch.store.Job;

/**
 * A restock job as {@code GET /api/jobs} shows it. The API's own shape, so that the store's model can change
 * without breaking the dashboard.
 *
 * @param status     the status code ({@code reported}, ...)
 * @param reporters  the handles of the people who reported it, each once, first reporter first
 */
public record JobView(
        long id,
        String outletId,
        String outletName,
        String city,
        String locality,
        String brand,
        String sku,
        String productKey,
        String status,
        Instant createdAt,
        Instant firstReportedAt,
        Instant dueAt,
        Instant updatedAt,
        int reportCount,
        List<String> reporters) {

    public JobView {
        reporters = List.copyOf(reporters);
    }

    public static JobView of(Job job) {
        return new JobView(job.id(), job.outletId(), job.outletName(), job.city(), job.locality(), job.brand(), job.sku(),
                job.productKey(), job.status().code(), job.createdAt(), job.firstReportedAt(), job.dueAt(), job.updatedAt(),
                job.reportCount(), job.reporters());
    }
}
