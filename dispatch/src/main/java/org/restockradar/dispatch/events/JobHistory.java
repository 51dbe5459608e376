package org.restockradar.dispatch.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.restockradar.contracts.JobEvent;
import org.restockradar.dbkit.store.StoreUnavailableException;

/**
 * A job's history: the {@code job_event} rows the workflow wrote with each change of the job (opened, status changes
 * with their proof or reason, assignments, SLA alerts), oldest first, for {@code GET /api/jobs/{id}/events}.
 */
public final class JobHistory {
    /** More events than any job gathers in its life; a bound so that one read stays one page of an answer. */
    public static final int MAX_EVENTS = 1000;
    private static final String OF_JOB = "SELECT " + JobEventFeed.EVENT_COLUMNS
            + " FROM job_event WHERE job_id = ? ORDER BY id LIMIT " + MAX_EVENTS;

    private final DataSource dataSource;

    public JobHistory(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * The job's events, oldest first (at most {@link #MAX_EVENTS}).
     *
     * @throws StoreUnavailableException the database failed
     */
    public List<JobEvent> of(long jobId) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(OF_JOB)) {
            select.setLong(1, jobId);
            List<JobEvent> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(JobEventFeed.event(rows, 1));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot read the history of job " + jobId + ": " + e.getMessage(), e);
        }
    }
}
