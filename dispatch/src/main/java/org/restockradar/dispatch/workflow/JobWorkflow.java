package org.restockradar.dispatch.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.restockradar.contracts.Topics;
import javax.sql.DataSource;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.Json;
import org.restockradar.dispatch.store.EventLog;
import org.restockradar.dispatch.store.IllegalTransitionException;
import org.restockradar.dispatch.store.Job;
import org.restockradar.dispatch.store.JobStatus;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.store.StoreUnavailableException;
import org.restockradar.dispatch.store.Transactions;

/**
 * Moves jobs through their lifecycle ({@link JobStatus}) on behalf of an {@link Actor}. Each change runs in one
 * transaction that locks the job's row, checks who may make it (ops anything; a crew only the jobs assigned to it;
 * a marketer nothing) and whether the lifecycle allows it, updates the job and appends the event to its history and
 * the outbox ({@link EventLog}). A refused change leaves everything as it was.
 */
public final class JobWorkflow {
    private static final String LOCK_JOB = "SELECT status, crew_id FROM restock_job WHERE id = ? FOR UPDATE";
    /**
     * A claim in one statement, run in auto-commit: one round trip. In order: lock the crew's row if it is active and
     * below capacity (so its claims run one at a time and the load it reads, kept by trigger {@code restock_job_crew_load},
     * cannot be stale); take the soonest-due reported job of its localities, and of its pincodes and area when it has
     * any (that branch is a one-time filter, skipped for a crew of localities only), each with {@code FOR UPDATE SKIP
     * LOCKED} so crews claiming at once pass over each other's jobs; assign it; write its event to the history and the
     * outbox. The outbox payload is the serialized event around the job id, which only the database knows here.
     */
    private static final String CLAIM = """
            WITH crew_row AS (
                SELECT c.id, c.area FROM crew c WHERE c.id = ? AND c.active AND c.open_jobs < c.daily_capacity FOR UPDATE),
            by_locality AS (
                SELECT j.id, j.due_at FROM crew_territory t JOIN crew_row ON t.crew_id = crew_row.id
                CROSS JOIN LATERAL (
                    SELECT j.id, j.due_at FROM restock_job j
                    WHERE j.status = 'reported' AND j.territory_key = t.territory_key
                    ORDER BY j.due_at, j.id
                    LIMIT 1
                    FOR UPDATE OF j SKIP LOCKED) j
                ORDER BY j.due_at, j.id
                LIMIT 1),
            by_area AS (
                SELECT j.id, j.due_at FROM restock_job j
                JOIN outlet o ON o.id = j.outlet_id AND o.removed_at IS NULL
                WHERE (EXISTS (SELECT 1 FROM crew_pincode p WHERE p.crew_id = ?) OR EXISTS (SELECT 1 FROM crew_row WHERE area IS NOT NULL))
                  AND j.status = 'reported'
                  AND (o.pincode IN (SELECT p.pincode FROM crew_pincode p WHERE p.crew_id = ?)
                       OR (SELECT area FROM crew_row) @> point(o.lat, o.lon))
                  AND EXISTS (SELECT 1 FROM crew_row)
                ORDER BY j.due_at, j.id
                LIMIT 1
                FOR UPDATE OF j SKIP LOCKED),
            next AS (
                SELECT id FROM (SELECT * FROM by_locality UNION ALL SELECT * FROM by_area) candidates ORDER BY due_at, id LIMIT 1),
            claimed AS (
                UPDATE restock_job j SET status = 'assigned', crew_id = ?, assigned_at = ?, updated_at = ?
                FROM next WHERE j.id = next.id
                RETURNING j.*),
            event AS (
                INSERT INTO job_event (event_id, job_id, kind, from_status, to_status, crew_id, actor, actor_role, reason, detail, occurred_at)
                SELECT ?, claimed.id, ?, ?, ?, ?, ?, ?, NULL, ?::jsonb, ? FROM claimed),
            outbox_row AS (
                INSERT INTO outbox (event_id, topic, record_key, payload, created_at)
                SELECT ?, ?, claimed.id::text, convert_to(? || claimed.id || ?, 'UTF8'), ? FROM claimed)
            SELECT
            """ + JobStore.JOB_COLUMNS + "FROM claimed j";
    private static final String CREW_STATE = "SELECT active, open_jobs, daily_capacity FROM crew WHERE id = ?";

    /** Claims admitted to the database at once when not configured: the dispatcher's default pool size. */
    public static final int DEFAULT_CLAIM_CONCURRENCY = 4;
    /** How long a claim waits for its turn before the crew is told to try again. */
    static final Duration CLAIM_QUEUE_TIMEOUT = Duration.ofSeconds(30);

    private final JobStore jobs;
    private final DataSource dataSource;
    private final Clock clock;
    /**
     * Claims run at most this many at a time, in the order they arrive. The connection pool alone is not fair: a
     * thread that has just given back a connection tends to get it again, so with 64 crews claiming, some waited
     * 150 ms while others waited 3 (p50 2.7 ms, p99 146 ms at 2,400 claims/s); in arrival order the same load gives
     * every crew about the same wait (p99 43 ms). See docs/benchmarks.md, "Claims".
     */
    private final Semaphore claimTurns;

    public JobWorkflow(JobStore jobs, Clock clock) {
        this(jobs, clock, DEFAULT_CLAIM_CONCURRENCY);
    }

    /** @param claimConcurrency claims sent to the database at once; the pool size is the natural choice */
    public JobWorkflow(JobStore jobs, Clock clock, int claimConcurrency) {
        if (claimConcurrency < 1) {
            throw new IllegalArgumentException("claim concurrency must be at least 1, not " + claimConcurrency);
        }
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.dataSource = jobs.dataSource();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.claimTurns = new Semaphore(claimConcurrency, true);
    }

    /** Ops give a reported job to a crew, or move an assigned or accepted job to another crew. */
    public Job assign(long jobId, String crewId, Actor actor) {
        requireText(crewId, "crew id");
        return change(jobId, actor, (locked, now) -> {
            requireOps(actor, "assign job " + jobId);
            JobEvent.Kind kind = JobEvent.Kind.STATUS_CHANGED;
            if (locked.status() == JobStatus.ASSIGNED || locked.status() == JobStatus.ACCEPTED) {
                if (crewId.equals(locked.crewId()) && locked.status() == JobStatus.ASSIGNED) {
                    throw new IllegalTransitionException("job " + jobId + " is already assigned to crew " + crewId);
                }
                kind = JobEvent.Kind.REASSIGNED;
            } else {
                locked.status().checkMove(jobId, JobStatus.ASSIGNED);
            }
            return new Update(JobStatus.ASSIGNED, crewId, null, null, kind, null, Map.of("previous_crew_id", orEmpty(locked.crewId())));
        });
    }

    /**
     * A crew claims the unclaimed job of its territory that is due soonest, atomically: the job's row is taken with
     * {@code FOR UPDATE SKIP LOCKED}, so crews claiming at once each get a different job and never wait on each other,
     * and the crew's row is locked so that its own claims cannot overrun its capacity.
     *
     * @return the claimed job, now assigned to the crew; empty when no unclaimed job lies in its territory
     * @throws IllegalTransitionException the crew already holds as many open jobs as its capacity, or is inactive
     */
    public Optional<Job> claimNext(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (actor.role() != Role.CREW) {
            throw new AccessDeniedException("only a crew may claim jobs; " + actor.id() + " is " + actor.role().code());
        }
        awaitClaimTurn(actor);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            Job claimed = null;
            try (PreparedStatement claim = prepareClaim(connection, actor, "")) {
                try (ResultSet row = claim.executeQuery()) {
                    if (row.next()) {
                        claimed = JobStore.job(row);
                    }
                }
            }
            if (claimed != null) {
                return Optional.of(claimed);
            }
            // Nothing claimed: say why when it is the crew, not an empty queue.
            try (PreparedStatement state = connection.prepareStatement(CREW_STATE)) {
                state.setString(1, actor.crewId());
                try (ResultSet row = state.executeQuery()) {
                    if (!row.next() || !row.getBoolean("active")) {
                        throw new IllegalTransitionException("crew " + actor.crewId() + " is not registered or not active; ops must add it first");
                    }
                    if (row.getInt("open_jobs") >= row.getInt("daily_capacity")) {
                        throw new IllegalTransitionException("crew " + actor.crewId() + " holds as many open jobs as its daily capacity ("
                                + row.getInt("daily_capacity") + "); finish or hand back one before claiming another");
                    }
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot claim a job for crew " + actor.crewId() + ": " + e.getMessage(), e);
        } finally {
            claimTurns.release();
        }
    }

    /**
     * The claim statement for a crew, bound and ready to run; {@code prefix} goes before its text (a test prefixes
     * {@code EXPLAIN} to see what one claim reads).
     */
    PreparedStatement prepareClaim(Connection connection, Actor actor, String prefix) throws SQLException {
        Instant now = clock.instant();
        OffsetDateTime at = OffsetDateTime.ofInstant(now.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        JobEvent event = EventLog.event(PLACEHOLDER_JOB_ID, JobEvent.Kind.STATUS_CHANGED, JobStatus.REPORTED, JobStatus.ASSIGNED,
                actor.crewId(), actor.id(), actor.role().code(), null, Map.of("claimed", "true"), now);
        String[] payload = EventLog.payloadAround(event, PLACEHOLDER_JOB_ID);
        UUID eventId = UUID.fromString(event.eventId());
        // The constant itself when there is no prefix: the driver's statement cache hashes the text on every call, and
        // a new string of 3 kB (even "" + CLAIM) has no cached hash.
        PreparedStatement claim = connection.prepareStatement(prefix.isEmpty() ? CLAIM : prefix + CLAIM);
        try {
            int i = 0;
            claim.setString(++i, actor.crewId());
            claim.setString(++i, actor.crewId());
            claim.setString(++i, actor.crewId());
            claim.setString(++i, actor.crewId());
            claim.setObject(++i, at);
            claim.setObject(++i, at);
            claim.setObject(++i, eventId);
            claim.setString(++i, event.kind().name());
            claim.setString(++i, event.fromStatus());
            claim.setString(++i, event.toStatus());
            claim.setString(++i, event.crewId());
            claim.setString(++i, event.actor());
            claim.setString(++i, event.actorRole());
            claim.setString(++i, EventLog.detailJson(event.detail()));
            claim.setObject(++i, at);
            claim.setObject(++i, eventId);
            claim.setString(++i, Topics.JOB_EVENTS.name());
            claim.setString(++i, payload[0]);
            claim.setString(++i, payload[1]);
            claim.setObject(++i, at);
            return claim;
        } catch (SQLException | RuntimeException e) {
            claim.close();
            throw e;
        }
    }

    private void awaitClaimTurn(Actor actor) {
        try {
            if (!claimTurns.tryAcquire(CLAIM_QUEUE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new StoreUnavailableException("claims for crew " + actor.crewId() + " queued longer than "
                        + CLAIM_QUEUE_TIMEOUT.toSeconds() + " s; the database is overloaded, try again", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("claim for crew " + actor.crewId() + " interrupted while queued", e);
        }
    }

    /** The job id the claim's event is serialized with before the database picks the job; the identity never reaches it. */
    private static final long PLACEHOLDER_JOB_ID = Long.MAX_VALUE;

    /** Ops take an assigned or accepted job back from its crew: it is reported again, for any crew to claim. */
    public Job unassign(long jobId, Actor actor, String note) {
        return change(jobId, actor, (locked, now) -> {
            requireOps(actor, "take job " + jobId + " back");
            locked.status().checkMove(jobId, JobStatus.REPORTED);
            return new Update(JobStatus.REPORTED, null, null, null, JobEvent.Kind.STATUS_CHANGED, note,
                    Map.of("previous_crew_id", orEmpty(locked.crewId())));
        });
    }

    /** The crew says it will go. */
    public Job accept(long jobId, Actor actor) {
        return crewMove(jobId, actor, JobStatus.ACCEPTED);
    }

    /** The crew is on its way. */
    public Job enRoute(long jobId, Actor actor) {
        return crewMove(jobId, actor, JobStatus.EN_ROUTE);
    }

    /** The crew has restocked the shelf; the proof is kept on the job and in its event. */
    public Job complete(long jobId, Actor actor, Proof proof) {
        Objects.requireNonNull(proof, "proof");
        return change(jobId, actor, (locked, now) -> {
            requireCrewOfJob(actor, jobId, locked, "complete");
            locked.status().checkMove(jobId, JobStatus.RESTOCKED);
            return new Update(JobStatus.RESTOCKED, locked.crewId(), null, proof, JobEvent.Kind.STATUS_CHANGED, null, proof.asDetail());
        });
    }

    /** The crew could not restock, for the given reason. Final. */
    public Job fail(long jobId, Actor actor, FailureReason reason, String note) {
        Objects.requireNonNull(reason, "reason");
        return change(jobId, actor, (locked, now) -> {
            requireCrewOfJob(actor, jobId, locked, "fail");
            locked.status().checkMove(jobId, JobStatus.FAILED);
            return new Update(JobStatus.FAILED, locked.crewId(), reason, null, JobEvent.Kind.STATUS_CHANGED, reason.code(),
                    note == null ? Map.of() : Map.of("note", note));
        });
    }

    /** Ops have checked the proof of a restocked job. Final. */
    public Job verify(long jobId, Actor actor) {
        return change(jobId, actor, (locked, now) -> {
            requireOps(actor, "verify job " + jobId);
            locked.status().checkMove(jobId, JobStatus.VERIFIED);
            return new Update(JobStatus.VERIFIED, locked.crewId(), null, null, JobEvent.Kind.STATUS_CHANGED, null, Map.of());
        });
    }

    /** Ops call the job off, saying why. Final. */
    public Job cancel(long jobId, Actor actor, String reason) {
        requireText(reason, "cancellation reason");
        return change(jobId, actor, (locked, now) -> {
            requireOps(actor, "cancel job " + jobId);
            locked.status().checkMove(jobId, JobStatus.CANCELLED);
            return new Update(JobStatus.CANCELLED, locked.crewId(), null, null, JobEvent.Kind.STATUS_CHANGED, reason, Map.of());
        });
    }

    private Job crewMove(long jobId, Actor actor, JobStatus target) {
        return change(jobId, actor, (locked, now) -> {
            requireCrewOfJob(actor, jobId, locked, "move to " + target.code());
            locked.status().checkMove(jobId, target);
            return new Update(target, locked.crewId(), null, null, JobEvent.Kind.STATUS_CHANGED, null, Map.of());
        });
    }

    /** The job's status and crew as locked at the start of a change. */
    private record Locked(JobStatus status, String crewId) {
    }

    /** What a change does: the new status and crew, and the event's kind, reason and facts. */
    private record Update(JobStatus status, String crewId, FailureReason failure, Proof proof, JobEvent.Kind kind, String reason,
                          Map<String, String> detail) {
    }

    @FunctionalInterface
    private interface Decision {
        Update decide(Locked locked, Instant now);
    }

    private Job change(long jobId, Actor actor, Decision decision) {
        Objects.requireNonNull(actor, "actor");
        Instant now = clock.instant();
        try {
            Transactions.inTransaction(dataSource, connection -> {
                Locked locked = lock(connection, jobId);
                apply(connection, jobId, locked, decision.decide(locked, now), actor, now);
                return null;
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot change job " + jobId + " for " + actor.id() + ": " + e.getMessage(), e);
        }
        return jobs.find(jobId).orElseThrow(() -> new NoSuchJobException(jobId));
    }

    private static Locked lock(Connection connection, long jobId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(LOCK_JOB)) {
            select.setLong(1, jobId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new NoSuchJobException(jobId);
                }
                return new Locked(JobStatus.fromCode(row.getString(1)), row.getString(2));
            }
        }
    }

    private static void apply(Connection connection, long jobId, Locked locked, Update update, Actor actor, Instant now) throws SQLException {
        OffsetDateTime at = OffsetDateTime.ofInstant(now.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        boolean newCrew = update.crewId() != null && !update.crewId().equals(locked.crewId());
        try (PreparedStatement change = connection.prepareStatement("""
                UPDATE restock_job SET status = ?, crew_id = ?, failure_reason = ?, updated_at = ?,
                       assigned_at = CASE WHEN ? THEN ? WHEN ?::text IS NULL THEN NULL ELSE assigned_at END,
                       restocked_at = COALESCE(?, restocked_at), proof = COALESCE(?::jsonb, proof)
                WHERE id = ?
                """)) {
            int i = 0;
            change.setString(++i, update.status().code());
            change.setString(++i, update.crewId());
            change.setString(++i, update.failure() == null ? null : update.failure().code());
            change.setObject(++i, at);
            change.setBoolean(++i, newCrew);
            change.setObject(++i, at);
            change.setString(++i, update.crewId());
            change.setObject(++i, update.proof() == null ? null : at);
            change.setString(++i, update.proof() == null ? null : json(update.proof().asDetail()));
            change.setLong(++i, jobId);
            change.executeUpdate();
        }
        JobStatus from = update.status() == locked.status() ? null : locked.status();
        Map<String, String> detail = new HashMap<>(update.detail());
        detail.values().removeIf(String::isEmpty);
        EventLog.append(connection, EventLog.event(jobId, update.kind(), from, update.status(), update.crewId(),
                actor.id(), actor.role().code(), update.reason(), detail, now));
    }

    private static void requireOps(Actor actor, String what) {
        if (actor.role() != Role.OPS) {
            throw new AccessDeniedException("only ops may " + what + "; " + actor.id() + " is " + actor.role().code());
        }
    }

    /** Ops may act for any crew; a crew only on a job assigned to it; nobody else. */
    private static void requireCrewOfJob(Actor actor, long jobId, Locked locked, String what) {
        switch (actor.role()) {
            case OPS -> {
                // ops may do everything
            }
            case CREW -> {
                if (!actor.crewId().equals(locked.crewId())) {
                    throw new AccessDeniedException("job " + jobId + " is not assigned to crew " + actor.crewId()
                            + "; only its own crew may " + what + " it");
                }
            }
            default -> throw new AccessDeniedException(actor.role().code() + " " + actor.id() + " may not " + what + " job " + jobId);
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing or blank");
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String json(Map<String, String> detail) {
        try {
            return Json.mapper().writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + detail + " as JSON", e);
        }
    }
}
