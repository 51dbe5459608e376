package org.restockradar.dispatch.crews;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.restockradar.contracts.JobEvent;
import org.restockradar.dispatch.store.EventLog;
import org.restockradar.contracts.JobStatus;

/**
 * Looks again, when crews are saved, at the jobs {@link AutoAssigner} flagged {@code uncovered}: each job still
 * {@code reported} and flagged that an active crew now covers (its locality, its outlet's pincode or its outlet's
 * location inside a crew's area, as {@link AutoAssigner} reads them) loses the flag with a {@code COVERED} event naming
 * who saved the crew, and then, when auto-assignment is on, is given to a crew by {@link AutoAssigner#assignJob} exactly
 * as a new job would be (its ranking, its locking of the covering crews' rows, its {@code STATUS_CHANGED} event). With
 * auto-assignment off the flag is only cleared: the job is then one more reported job of the covering crews' claims
 * (claims never looked at the flag). Everything runs on the caller's connection, in the transaction that saves the
 * crews, so the events reach the outbox with the change and the trigger keeps {@code crew.open_jobs} right.
 *
 * <p>Bounded: one save looks at most {@link #DEFAULT_LIMIT} jobs, the soonest due first (those closest to breaching
 * their SLA), taken {@code FOR UPDATE SKIP LOCKED} so a job another transaction holds (a claim, an ops move) is passed
 * over rather than waited for. Placing a job is a handful of statements and locks a crew's row until commit, which
 * stalls that crew's claims; 100 jobs keep a save well under a second while clearing a typical backlog of a newly
 * covered locality at once. What is left is placed by the next save of any crew (the look is over all active crews,
 * not only the one saved) or by a call to {@link #recheck} from elsewhere. Idempotent: a job loses the flag once, so
 * saving the same crew again finds nothing more to do.
 */
public final class CoverageRecheck {
    /** Jobs looked at per save: see the class comment. */
    public static final int DEFAULT_LIMIT = 100;

    private static final String NOW_COVERED = """
            SELECT j.id FROM restock_job j
            LEFT JOIN outlet o ON o.id = j.outlet_id AND o.removed_at IS NULL
            WHERE j.status = 'reported' AND j.uncovered
              AND EXISTS (SELECT 1 FROM crew c WHERE\s""" + AutoAssigner.coveredByCrewC("j.territory_key", "o.pincode", "o.lat", "o.lon") + """
            )
            ORDER BY j.due_at, j.id
            LIMIT ?
            FOR UPDATE OF j SKIP LOCKED
            """;

    private final AutoAssigner assigner;
    private final int limit;

    private CoverageRecheck(AutoAssigner assigner, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the jobs looked at per save must be at least 1, not " + limit);
        }
        this.assigner = assigner;
        this.limit = limit;
    }

    /** Clears the flag only: for a dispatcher without auto-assignment, whose crews claim. */
    public static CoverageRecheck clearOnly() {
        return new CoverageRecheck(null, DEFAULT_LIMIT);
    }

    /** Clears the flag and gives the job to a crew with the assigner that places new jobs. */
    public static CoverageRecheck assigningWith(AutoAssigner assigner) {
        return new CoverageRecheck(Objects.requireNonNull(assigner, "assigner"), DEFAULT_LIMIT);
    }

    /** The same, looking at {@code limit} jobs per call instead of {@link #DEFAULT_LIMIT}. */
    public CoverageRecheck withLimit(int limit) {
        return new CoverageRecheck(assigner, limit);
    }

    /** What one look did: the jobs that lost the flag, and of them those given to a crew. */
    public record Outcome(List<Long> covered, Map<Long, String> assigned) {
        public Outcome {
            covered = List.copyOf(covered);
            assigned = Map.copyOf(assigned);
        }
    }

    /**
     * Clears the flag of up to the limit of uncovered reported jobs an active crew now covers, soonest due first, and
     * places them when auto-assigning; in the connection's current transaction.
     *
     * @param actor who saved the crews (an ops id, or the crews file), for the {@code COVERED} events
     * @param actorRole that actor's role code
     */
    public Outcome recheck(Connection connection, String actor, String actorRole, Instant now) throws SQLException {
        List<Long> jobs = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(NOW_COVERED)) {
            select.setInt(1, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    jobs.add(rows.getLong(1));
                }
            }
        }
        Map<Long, String> assigned = new LinkedHashMap<>();
        OffsetDateTime at = OffsetDateTime.ofInstant(now.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        for (long jobId : jobs) {
            try (PreparedStatement clear = connection.prepareStatement("UPDATE restock_job SET uncovered = false, updated_at = ? WHERE id = ?")) {
                clear.setObject(1, at);
                clear.setLong(2, jobId);
                clear.executeUpdate();
            }
            EventLog.append(connection, EventLog.event(jobId, JobEvent.Kind.COVERED, JobStatus.REPORTED, JobStatus.REPORTED, null,
                    actor, actorRole, "a crew saved since covers the job", Map.of(), now));
            if (assigner != null) {
                assigner.assignJob(connection, jobId, now).ifPresent(crewId -> assigned.put(jobId, crewId));
            }
        }
        return new Outcome(jobs, assigned);
    }
}
