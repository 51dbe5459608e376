package org.restockradar.dispatch.store;

/**
 * Which jobs to list: optionally one status and one city (matched ignoring case), at most {@code limit} of them.
 *
 * @param status null for every status
 * @param city   null for every city
 */
public record JobFilter(JobStatus status, String city, int limit) {
    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 1_000;

    public JobFilter {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be within [1, " + MAX_LIMIT + "]: " + limit);
        }
        if (city != null && city.isBlank()) {
            city = null;
        }
    }

    /** Every job, up to the default limit. */
    public static JobFilter all() {
        return new JobFilter(null, null, DEFAULT_LIMIT);
    }
}
