package org.restockradar.dispatch.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Told of each job the moment it is opened, inside the opening transaction, so that what it does (auto-assignment)
 * commits or rolls back with the job.
 */
@FunctionalInterface
public interface OpenedJobListener {
    /** Does nothing: jobs stay reported until a crew claims them or ops assign them. */
    OpenedJobListener NONE = (connection, jobId, territoryKey, now) -> { };

    /** @param territoryKey the job's {@code city|locality} in lower case */
    void opened(Connection connection, long jobId, String territoryKey, Instant now) throws SQLException;
}
