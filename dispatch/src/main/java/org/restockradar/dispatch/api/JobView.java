package org.restockradar.dispatch.api;

import org.restockradar.access.http.ApiJson;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.dispatch.store.Job;

/**
 * A restock job as the API shows it (snake_case, as {@link ApiJson} writes every field). The API's own shape, so that
 * the store's model can change without breaking the pages.
 *
 * @param status         the status code ({@code reported}, ...)
 * @param reporters      the handles of the people who reported it, each once, first reporter first
 * @param crewId         the crew the job is with, or null
 * @param uncovered      no crew's territory covered the outlet when the job opened
 * @param outletLocation where the outlet is ({@code lat}, {@code lon}), or null when the registry does not know it
 * @param distanceKm     from the crew's base to the outlet, in {@code /api/my/jobs} only, else null
 * @param routeOrder     the job's place (1, 2, ...) on the crew's route, in {@code /api/my/jobs} only, else null
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
        List<String> reporters,
        @JsonProperty("crew_id") String crewId,
        @JsonProperty("uncovered") boolean uncovered,
        @JsonProperty("outlet_location") GeoPoint outletLocation,
        @JsonProperty("distance_km") Double distanceKm,
        @JsonProperty("route_order") Integer routeOrder) {

    public JobView {
        reporters = List.copyOf(reporters);
        if (routeOrder != null && routeOrder < 1) {
            throw new IllegalArgumentException("route order starts at 1: " + routeOrder);
        }
    }

    public static JobView of(Job job) {
        return routed(job, null, null);
    }

    /** The job as a crew's route lists it: how far from the crew's base, and its place on the route. */
    public static JobView routed(Job job, Double distanceKm, Integer routeOrder) {
        return new JobView(job.id(), job.outletId(), job.outletName(), job.city(), job.locality(), job.brand(), job.sku(),
                job.productKey(), job.status().code(), job.createdAt(), job.firstReportedAt(), job.dueAt(), job.updatedAt(),
                job.reportCount(), job.reporters(), job.crewId(), job.uncovered(), job.outletLocation(), distanceKm, routeOrder);
    }
}
