package org.restockradar.dispatch.store;

import java.util.EnumSet;
import java.util.Set;
import org.restockradar.contracts.Strings;
import org.restockradar.contracts.JobStatus;

/**
 * Which jobs to list: optionally some statuses, one city, one brand (each matched ignoring case) and one crew, at most
 * {@code limit} of them.
 *
 * @param statuses empty for every status
 * @param city     null for every city
 * @param brand    null for every brand
 * @param crewId   null for every crew (and for jobs with none)
 */
public record JobFilter(Set<JobStatus> statuses, String city, String brand, String crewId, int limit) {
    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 1_000;

    public JobFilter {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be within [1, " + MAX_LIMIT + "]: " + limit);
        }
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        city = Strings.trimToNull(city);
        brand = Strings.trimToNull(brand);
        crewId = Strings.trimToNull(crewId);
    }

    /** One status (or null for every one) and one city (or null). */
    public JobFilter(JobStatus status, String city, int limit) {
        this(status == null ? Set.of() : Set.of(status), city, null, null, limit);
    }

    /** Every job, up to the default limit. */
    public static JobFilter all() {
        return new JobFilter(Set.of(), null, null, null, DEFAULT_LIMIT);
    }
}
