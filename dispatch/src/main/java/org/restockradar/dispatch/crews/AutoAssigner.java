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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.JobStatus;
import org.restockradar.dispatch.store.EventLog;
import org.restockradar.dispatch.store.OpenedJobListener;
import org.restockradar.dispatch.store.OpenedJobListener.OpenedJob;

/**
 * Gives newly opened jobs to crews, in the transaction that opened them. The crews covering a job are the active
 * crews whose territory holds its locality ({@code city|locality}), the pincode of its outlet's address, or its outlet's
 * location inside their area ({@code polygon @> point}); the outlet comes from table {@code outlet}. Among them
 * {@link CrewChoice} ranks those with room and a shift that can make the due time, weighing load against distance. A job
 * no active crew covers is flagged {@code uncovered} with an {@code UNCOVERED} event for ops; a covered job no crew can
 * take now stays {@code reported} for the next crew to claim it.
 *
 * <p>A poll's new jobs are placed together ({@link #place}), in a few statements whatever their number: one query reads
 * every job's outlet and covering crews, one locks those crews' rows in id order and reads their loads (so that
 * concurrent openings cannot overrun a capacity, and two dispatchers wait for each other rather than deadlock), then the
 * jobs are ranked one after the other in Java, each assignment adding to its crew's load before the next job is ranked,
 * as placing them one at a time would; one {@code UPDATE} assigns them and one flags the uncovered.
 */
public final class AutoAssigner {
    /** The actor of the assignments it makes. */
    public static final String ACTOR = "auto-assign";

    /**
     * Each job's territory, outlet, and the crews covering it (a row with no crew when none does). Each job is read by a
     * subquery of its own on the primary key, not joined, so that no plan can scan the table (a generic plan made while
     * the table was small, before its first analyze, sorted every job on every poll).
     */
    static final String JOBS_AND_COVERING = """
            SELECT k.id AS job_id, j.territory_key, j.uncovered, o.pincode, o.lat, o.lon, c.id AS crew_id
            FROM unnest(?::bigint[]) AS k(id)
            CROSS JOIN LATERAL (SELECT r.outlet_id, r.territory_key, r.uncovered FROM restock_job r WHERE r.id = k.id LIMIT 1) AS j
            LEFT JOIN outlet o ON o.id = j.outlet_id AND o.removed_at IS NULL
            LEFT JOIN crew c ON\s""" + coveredByCrewC("j.territory_key", "o.pincode", "o.lat", "o.lon") + """

            ORDER BY k.id, c.id
            """;
    /**
     * The jobs about to be opened that no active crew covers (their positions, from 1), as {@link #JOBS_AND_COVERING}
     * will find them once they are there: the territory key by the function that computes the generated column
     * {@code restock_job.territory_key} (V57).
     */
    private static final String UNCOVERED_OPENINGS = """
            SELECT k.position
            FROM unnest(?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS k(outlet_id, city, locality, position)
            LEFT JOIN outlet o ON o.id = k.outlet_id AND o.removed_at IS NULL
            WHERE NOT EXISTS (SELECT 1 FROM crew c WHERE\s""" + coveredByCrewC(
                    "territory_key_of(k.city, k.locality)", "o.pincode", "o.lat", "o.lon") + """
            )
            """;
    /** The covering crews, locked in id order, with their loads as they are now. */
    private static final String LOCK_CREWS = """
            SELECT id, open_jobs, daily_capacity, base_lat, base_lon, shift_start, shift_end, time_zone
            FROM crew WHERE id = ANY(?::text[]) AND active
            ORDER BY id
            FOR UPDATE
            """;
    private static final String ASSIGN = """
            UPDATE restock_job j SET status = 'assigned', crew_id = a.crew_id, assigned_at = ?, updated_at = ?, uncovered = false
            FROM unnest(?::bigint[], ?::text[]) AS a(id, crew_id)
            WHERE j.id = a.id
            """;
    private static final String FLAG_UNCOVERED = "UPDATE restock_job SET uncovered = true WHERE id = ANY(?::bigint[])";
    /** For a job inserted flagged that a crew saved since covers (rare: the two looks are a few statements apart). */
    private static final String CLEAR_UNCOVERED = "UPDATE restock_job SET uncovered = false WHERE id = ANY(?::bigint[])";
    private static final String DUE = "SELECT due_at FROM restock_job WHERE id = ?";

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

    /** This assigner as the job store's listener: it says which new jobs to insert flagged, then places them. */
    public OpenedJobListener listener() {
        return new OpenedJobListener() {
            @Override
            public boolean[] uncovered(Connection connection, List<Opening> openings) throws SQLException {
                return uncoveredOpenings(connection, openings);
            }

            @Override
            public List<JobEvent> opened(Connection connection, List<OpenedJob> jobs, Instant now) throws SQLException {
                return place(connection, jobs, now);
            }
        };
    }

    /** Which of the jobs about to be opened no active crew covers now: one flag per opening, in order. */
    boolean[] uncoveredOpenings(Connection connection, List<OpenedJobListener.Opening> openings) throws SQLException {
        boolean[] uncovered = new boolean[openings.size()];
        if (openings.isEmpty()) {
            return uncovered;
        }
        try (PreparedStatement select = connection.prepareStatement(UNCOVERED_OPENINGS)) {
            select.setObject(1, openings.stream().map(OpenedJobListener.Opening::outletId).toArray(String[]::new));
            select.setObject(2, openings.stream().map(OpenedJobListener.Opening::city).toArray(String[]::new));
            select.setObject(3, openings.stream().map(OpenedJobListener.Opening::locality).toArray(String[]::new));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    uncovered[(int) rows.getLong(1) - 1] = true;
                }
            }
        }
        return uncovered;
    }

    /**
     * Assigns a job that is there already (one a crew saved since covers), or flags it, and appends the event to its
     * history and the outbox.
     *
     * @return the crew it went to; empty when no crew covers it or none of the covering crews can take it now
     */
    public Optional<String> assignJob(Connection connection, long jobId, Instant now) throws SQLException {
        Instant dueAt;
        try (PreparedStatement select = connection.prepareStatement(DUE)) {
            select.setLong(1, jobId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("job " + jobId + " is to be assigned but is not there");
                }
                dueAt = row.getObject(1, OffsetDateTime.class).toInstant();
            }
        }
        Optional<String> crew = Optional.empty();
        for (JobEvent event : place(connection, List.of(new OpenedJob(jobId, dueAt)), now)) {
            EventLog.append(connection, event);
            if (event.kind() == JobEvent.Kind.STATUS_CHANGED) {
                crew = Optional.of(event.crewId());
            }
        }
        return crew;
    }

    /** A job as the ranking sees it: where its outlet is and who covers it. */
    private record Placing(OpenedJob job, String territoryKey, boolean flagged, String pincode, GeoPoint outlet, List<String> covering) {
    }

    /**
     * Places the jobs, in their order: assigns each to the best covering crew with room, flags those no crew covers,
     * and leaves the others reported. Changes the jobs' rows (and, through the trigger, the crews' loads) and returns the
     * events of what it did, without writing them: {@code STATUS_CHANGED} to {@code assigned} or {@code UNCOVERED}. A job
     * inserted flagged already ({@link #uncoveredOpenings}) is not written again when it is uncovered, and loses the flag
     * when a crew covers it after all.
     */
    public List<JobEvent> place(Connection connection, List<OpenedJob> jobs, Instant now) throws SQLException {
        if (jobs.isEmpty()) {
            return List.of();
        }
        List<Placing> placings = jobsAndCovering(connection, jobs);
        Set<String> crewIds = new LinkedHashSet<>();
        placings.forEach(placing -> crewIds.addAll(placing.covering()));
        Map<String, CrewChoice.Candidate> crews = crewIds.isEmpty() ? Map.of() : lockCrews(connection, crewIds);

        List<JobEvent> events = new ArrayList<>();
        List<Long> assignedJobs = new ArrayList<>();
        List<String> assignedCrews = new ArrayList<>();
        List<Long> uncovered = new ArrayList<>();
        List<Long> coveredAfterAll = new ArrayList<>();
        // Loads as this placement leaves them: each assignment counts before the next job is ranked.
        Map<String, Integer> load = new HashMap<>();
        crews.forEach((id, crew) -> load.put(id, crew.openJobs()));
        for (Placing placing : placings) {
            long jobId = placing.job().jobId();
            if (placing.covering().isEmpty()) {
                if (!placing.flagged()) {
                    uncovered.add(jobId);
                }
                events.add(EventLog.event(jobId, JobEvent.Kind.UNCOVERED, null, JobStatus.REPORTED, null, ACTOR, "system",
                        "no crew covers " + placing.territoryKey() + (placing.pincode() == null ? "" : " or pincode " + placing.pincode()),
                        Map.of("territory", placing.territoryKey()), now));
                continue;
            }
            List<CrewChoice.Candidate> candidates = new ArrayList<>();
            for (String crewId : placing.covering()) {
                CrewChoice.Candidate crew = crews.get(crewId);
                if (crew != null) {
                    candidates.add(new CrewChoice.Candidate(crew.crewId(), load.get(crewId), crew.capacity(), crew.base(), crew.shiftStart(),
                            crew.shiftEnd(), crew.timeZone()));
                }
            }
            Optional<CrewChoice.Candidate> best = CrewChoice.best(candidates, placing.outlet(), now, placing.job().dueAt(), distanceScaleKm);
            if (best.isEmpty()) {
                if (placing.flagged()) {
                    coveredAfterAll.add(jobId);
                }
                continue;
            }
            CrewChoice.Candidate crew = best.get();
            load.merge(crew.crewId(), 1, Integer::sum);
            assignedJobs.add(jobId);
            assignedCrews.add(crew.crewId());
            Map<String, String> detail = placing.outlet() != null && crew.base() != null
                    ? Map.of("auto_assigned", "true", "distance_km", String.format(Locale.ROOT, "%.1f", crew.base().distanceKm(placing.outlet())))
                    : Map.of("auto_assigned", "true");
            events.add(EventLog.event(jobId, JobEvent.Kind.STATUS_CHANGED, JobStatus.REPORTED, JobStatus.ASSIGNED, crew.crewId(), ACTOR,
                    "system", null, detail, now));
        }
        OffsetDateTime at = OffsetDateTime.ofInstant(now.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        if (!assignedJobs.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement(ASSIGN)) {
                update.setObject(1, at);
                update.setObject(2, at);
                update.setObject(3, assignedJobs.stream().mapToLong(Long::longValue).toArray());
                update.setObject(4, assignedCrews.toArray(String[]::new));
                update.executeUpdate();
            }
        }
        setFlag(connection, FLAG_UNCOVERED, uncovered);
        setFlag(connection, CLEAR_UNCOVERED, coveredAfterAll);
        return events;
    }

    private static void setFlag(Connection connection, String sql, List<Long> jobs) throws SQLException {
        if (!jobs.isEmpty()) {
            try (PreparedStatement flag = connection.prepareStatement(sql)) {
                flag.setObject(1, jobs.stream().mapToLong(Long::longValue).toArray());
                flag.executeUpdate();
            }
        }
    }

    /** The jobs in the order given, each with its outlet and the ids of the crews covering it. */
    private static List<Placing> jobsAndCovering(Connection connection, List<OpenedJob> jobs) throws SQLException {
        Map<Long, Placing> byJob = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(JOBS_AND_COVERING)) {
            select.setObject(1, jobs.stream().mapToLong(OpenedJob::jobId).toArray());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long jobId = rows.getLong("job_id");
                    Placing placing = byJob.get(jobId);
                    if (placing == null) {
                        double lat = rows.getDouble("lat");
                        GeoPoint outlet = rows.wasNull() ? null : new GeoPoint(lat, rows.getDouble("lon"));
                        placing = new Placing(null, rows.getString("territory_key"), rows.getBoolean("uncovered"), rows.getString("pincode"),
                                outlet, new ArrayList<>());
                        byJob.put(jobId, placing);
                    }
                    String crewId = rows.getString("crew_id");
                    if (crewId != null) {
                        placing.covering().add(crewId);
                    }
                }
            }
        }
        List<Placing> placings = new ArrayList<>(jobs.size());
        for (OpenedJob job : jobs) {
            Placing placing = byJob.get(job.jobId());
            if (placing == null) {
                throw new IllegalStateException("job " + job.jobId() + " was just opened but is not there");
            }
            placings.add(new Placing(job, placing.territoryKey(), placing.flagged(), placing.pincode(), placing.outlet(), placing.covering()));
        }
        return placings;
    }

    /** Locks the active crews among these, in id order, and reads them as they are now. */
    private static Map<String, CrewChoice.Candidate> lockCrews(Connection connection, Set<String> crewIds) throws SQLException {
        Map<String, CrewChoice.Candidate> crews = new LinkedHashMap<>();
        try (PreparedStatement lock = connection.prepareStatement(LOCK_CREWS)) {
            lock.setObject(1, crewIds.toArray(String[]::new));
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    double baseLat = rows.getDouble("base_lat");
                    GeoPoint base = rows.wasNull() ? null : new GeoPoint(baseLat, rows.getDouble("base_lon"));
                    crews.put(rows.getString("id"), new CrewChoice.Candidate(rows.getString("id"), rows.getInt("open_jobs"),
                            rows.getInt("daily_capacity"), base, rows.getObject("shift_start", LocalTime.class),
                            rows.getObject("shift_end", LocalTime.class), ZoneId.of(rows.getString("time_zone"))));
                }
            }
        }
        return crews;
    }
}
