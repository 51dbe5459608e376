package org.restockradar.dispatch.crews;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.restockradar.contracts.JobEvent;
import org.restockradar.dispatch.store.EventLog;
import org.restockradar.dispatch.store.JobStatus;

/**
 * Gives a newly opened job to a crew, in the transaction that opened it: among the active crews whose territory
 * covers the job's locality and that hold fewer open jobs than their capacity, the least loaded relative to its
 * capacity (then the crew id, for a stable choice). The chosen crew's row is locked so that concurrent openings
 * cannot overrun its capacity. A job no crew covers is flagged {@code uncovered} with an {@code UNCOVERED} event for
 * ops; a covered job whose crews are all full stays {@code reported} for the next crew to claim it.
 *
 * <p>Distance is not weighed yet: the reports carry the outlet's locality, not its coordinates.
 */
public final class AutoAssigner {
    /** The actor of the assignments it makes. */
    public static final String ACTOR = "auto-assign";

    private static final String COVERED = "SELECT EXISTS (SELECT 1 FROM crew_territory t JOIN crew c ON c.id = t.crew_id "
            + "WHERE t.territory_key = ? AND c.active)";
    private static final String PICK = """
            SELECT c.id FROM crew c
            JOIN crew_territory t ON t.crew_id = c.id AND t.territory_key = ?
            CROSS JOIN LATERAL (SELECT count(*) AS open_jobs FROM restock_job o
                                WHERE o.crew_id = c.id AND o.status IN ('assigned', 'accepted', 'en_route')) load
            WHERE c.active AND load.open_jobs < c.daily_capacity
            ORDER BY load.open_jobs::numeric / c.daily_capacity, c.id
            LIMIT 1
            """;

    private AutoAssigner() {
    }

    /**
     * Assigns the job just opened, or flags it.
     *
     * @return the crew it went to; empty when no crew covers it or every covering crew is full
     */
    public static Optional<String> assign(Connection connection, long jobId, String territoryKey, Instant now) throws SQLException {
        if (!covered(connection, territoryKey)) {
            try (PreparedStatement flag = connection.prepareStatement("UPDATE restock_job SET uncovered = true WHERE id = ?")) {
                flag.setLong(1, jobId);
                flag.executeUpdate();
            }
            EventLog.append(connection, EventLog.event(jobId, JobEvent.Kind.UNCOVERED, null, JobStatus.REPORTED, null, ACTOR, "system",
                    "no crew covers " + territoryKey, Map.of("territory", territoryKey), now));
            return Optional.empty();
        }
        // Pick, lock, then pick again: the first choice may have filled up while this transaction waited for its lock.
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<String> crew = pick(connection, territoryKey);
            if (crew.isEmpty()) {
                return Optional.empty();
            }
            lock(connection, crew.get());
            Optional<String> again = pick(connection, territoryKey);
            if (again.equals(crew)) {
                OffsetDateTime at = OffsetDateTime.ofInstant(now.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE restock_job SET status = 'assigned', crew_id = ?, assigned_at = ?, updated_at = ? WHERE id = ?")) {
                    update.setString(1, crew.get());
                    update.setObject(2, at);
                    update.setObject(3, at);
                    update.setLong(4, jobId);
                    update.executeUpdate();
                }
                EventLog.append(connection, EventLog.event(jobId, JobEvent.Kind.STATUS_CHANGED, JobStatus.REPORTED, JobStatus.ASSIGNED,
                        crew.get(), ACTOR, "system", null, Map.of("auto_assigned", "true"), now));
                return crew;
            }
        }
        // Three crews in a row filled up under us: leave the job for a claim.
        return Optional.empty();
    }

    private static boolean covered(Connection connection, String territoryKey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(COVERED)) {
            select.setString(1, territoryKey);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    private static Optional<String> pick(Connection connection, String territoryKey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(PICK)) {
            select.setString(1, territoryKey);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static void lock(Connection connection, String crewId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT 1 FROM crew WHERE id = ? FOR UPDATE")) {
            lock.setString(1, crewId);
            lock.executeQuery().close();
        }
    }
}
