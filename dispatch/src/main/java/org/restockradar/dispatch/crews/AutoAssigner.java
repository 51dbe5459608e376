package org.restockradar.dispatch.crews;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.JobEvent;
import org.restockradar.dispatch.store.EventLog;
import org.restockradar.contracts.JobStatus;
import org.restockradar.dispatch.store.OpenedJobListener;

/**
 * Gives a newly opened job to a crew, in the transaction that opened it. The crews covering the job are the active
 * crews whose territory holds its locality ({@code city|locality}), the pincode of its outlet's address, or its outlet's
 * location inside their area ({@code polygon @> point}); the outlet comes from table {@code outlet}. Among them
 * {@link CrewChoice} ranks those with room and a shift that can make the due time, weighing load against distance; the
 * best one's row is locked and its load read again (concurrent openings cannot overrun its capacity), the next one
 * tried when it filled up meanwhile. A job no active crew covers is flagged {@code uncovered} with an {@code UNCOVERED}
 * event for ops; a covered job no crew can take now stays {@code reported} for the next crew to claim it.
 */
public final class AutoAssigner {
    /** The actor of the assignments it makes. */
    public static final String ACTOR = "auto-assign";

    private static final String JOB = """
            SELECT j.territory_key, j.due_at, o.pincode, o.lat, o.lon
            FROM restock_job j LEFT JOIN outlet o ON o.id = j.outlet_id AND o.removed_at IS NULL
            WHERE j.id = ?
            """;
    private static final String COVERING = """
            SELECT c.id, c.open_jobs, c.daily_capacity, c.base_lat, c.base_lon, c.shift_start, c.shift_end, c.time_zone
            FROM crew c
            WHERE\s""" + coveredByCrewC("?", "?", "?", "?") + """

            ORDER BY c.id
            """;

    private final double distanceScaleKm;

    /**
     * The rule of coverage as an SQL condition on a crew row aliased {@code c}: the crew is active and its territory
     * holds the locality key, or its pincodes the pincode, or its area the point; each argument is an SQL expression
     * (a parameter {@code ?} or a column). Shared by the assigner and {@link CoverageRecheck}, so that the two agree.
     */
    static String coveredByCrewC(String territoryKey, String pincode, String lat, String lon) {
        return "c.active AND ("
                + "EXISTS (SELECT 1 FROM crew_territory t WHERE t.crew_id = c.id AND t.territory_key = " + territoryKey + ")"
                + " OR EXISTS (SELECT 1 FROM crew_pincode p WHERE p.crew_id = c.id AND p.pincode = " + pincode + ")"
                + " OR (c.area IS NOT NULL AND c.area @> point(" + lat + ", " + lon + ")))";
    }

    /** @param distanceScaleKm see {@link CrewChoice}: how many kilometres weigh as much as a full load */
    public AutoAssigner(double distanceScaleKm) {
        if (!(distanceScaleKm > 0)) {
            throw new IllegalArgumentException("the distance scale must be positive: " + distanceScaleKm);
        }
        this.distanceScaleKm = distanceScaleKm;
    }

    /** This assigner as the job store's listener. */
    public OpenedJobListener listener() {
        return (connection, jobId, territoryKey, now) -> assignJob(connection, jobId, now);
    }

    /** Assigns with the default distance scale; the shape of {@link OpenedJobListener}. */
    public static Optional<String> assign(Connection connection, long jobId, String territoryKey, Instant now) throws SQLException {
        return new AutoAssigner(CrewChoice.DEFAULT_DISTANCE_SCALE_KM).assignJob(connection, jobId, now);
    }

    /**
     * Assigns the job just opened, or flags it.
     *
     * @return the crew it went to; empty when no crew covers it or none of the covering crews can take it now
     */
    public Optional<String> assignJob(Connection connection, long jobId, Instant now) throws SQLException {
        String territoryKey;
        Instant dueAt;
        String pincode;
        GeoPoint outlet = null;
        try (PreparedStatement select = connection.prepareStatement(JOB)) {
            select.setLong(1, jobId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("job " + jobId + " was just opened but is not there");
                }
                territoryKey = row.getString("territory_key");
                dueAt = row.getObject("due_at", OffsetDateTime.class).toInstant();
                pincode = row.getString("pincode");
                double lat = row.getDouble("lat");
                if (!row.wasNull()) {
                    outlet = new GeoPoint(lat, row.getDouble("lon"));
                }
            }
        }
        List<CrewChoice.Candidate> covering = covering(connection, territoryKey, pincode, outlet);
        if (covering.isEmpty()) {
            try (PreparedStatement flag = connection.prepareStatement("UPDATE restock_job SET uncovered = true WHERE id = ?")) {
                flag.setLong(1, jobId);
                flag.executeUpdate();
            }
            EventLog.append(connection, EventLog.event(jobId, JobEvent.Kind.UNCOVERED, null, JobStatus.REPORTED, null, ACTOR, "system",
                    "no crew covers " + territoryKey + (pincode == null ? "" : " or pincode " + pincode), Map.of("territory", territoryKey), now));
            return Optional.empty();
        }
        for (CrewChoice.Candidate candidate : CrewChoice.ranked(covering, outlet, now, dueAt, distanceScaleKm)) {
            // The load read above may be stale: lock the crew's row and read it again before giving it the job.
            if (!hasRoomLocked(connection, candidate.crewId())) {
                continue;
            }
            OffsetDateTime at = OffsetDateTime.ofInstant(now.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE restock_job SET status = 'assigned', crew_id = ?, assigned_at = ?, updated_at = ? WHERE id = ?")) {
                update.setString(1, candidate.crewId());
                update.setObject(2, at);
                update.setObject(3, at);
                update.setLong(4, jobId);
                update.executeUpdate();
            }
            Map<String, String> detail = outlet != null && candidate.base() != null
                    ? Map.of("auto_assigned", "true", "distance_km", String.format(java.util.Locale.ROOT, "%.1f", candidate.base().distanceKm(outlet)))
                    : Map.of("auto_assigned", "true");
            EventLog.append(connection, EventLog.event(jobId, JobEvent.Kind.STATUS_CHANGED, JobStatus.REPORTED, JobStatus.ASSIGNED,
                    candidate.crewId(), ACTOR, "system", null, detail, now));
            return Optional.of(candidate.crewId());
        }
        return Optional.empty();
    }

    private static List<CrewChoice.Candidate> covering(Connection connection, String territoryKey, String pincode, GeoPoint outlet)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(COVERING)) {
            select.setString(1, territoryKey);
            select.setString(2, pincode);
            if (outlet == null) {
                select.setNull(3, java.sql.Types.DOUBLE);
                select.setNull(4, java.sql.Types.DOUBLE);
            } else {
                select.setDouble(3, outlet.lat());
                select.setDouble(4, outlet.lon());
            }
            List<CrewChoice.Candidate> crews = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    double baseLat = rows.getDouble("base_lat");
                    GeoPoint base = rows.wasNull() ? null : new GeoPoint(baseLat, rows.getDouble("base_lon"));
                    crews.add(new CrewChoice.Candidate(rows.getString("id"), rows.getInt("open_jobs"), rows.getInt("daily_capacity"), base,
                            rows.getObject("shift_start", LocalTime.class), rows.getObject("shift_end", LocalTime.class),
                            ZoneId.of(rows.getString("time_zone"))));
                }
            }
            return crews;
        }
    }

    private static boolean hasRoomLocked(Connection connection, String crewId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT open_jobs < daily_capacity FROM crew WHERE id = ? AND active FOR UPDATE")) {
            lock.setString(1, crewId);
            try (ResultSet row = lock.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }
}
