package org.restockradar.dispatch.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.restockradar.contracts.Topics;
import javax.sql.DataSource;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.Json;
import org.restockradar.dbkit.store.StoreUnavailableException;
import org.restockradar.dbkit.store.Transactions;
import org.restockradar.access.Actor;
import org.restockradar.access.Role;
import org.restockradar.dispatch.crews.CrewStore;
import org.restockradar.dispatch.store.EventLog;
import org.restockradar.contracts.IllegalTransitionException;
import org.restockradar.dispatch.store.Job;
import org.restockradar.contracts.JobStatus;
import org.restockradar.dispatch.store.JobStore;

/**
 * Moves jobs through their lifecycle ({@link JobStatus}) on behalf of an {@link Actor}. Each change runs in one
 * transaction that locks the job's row, checks who may make it (ops anything; a crew only the jobs assigned to it;
 * a marketer nothing) and whether the lifecycle allows it, updates the job and appends the event to its history and
 * the outbox ({@link EventLog}). A refused change leaves everything as it was.
 */
public final class JobWorkflow {
    private static final String LOCK_JOB = "SELECT status, crew_id FROM restock_job WHERE id = ? FOR UPDATE";
    /**
     * Claims for a batch of crews in one call, auto-committed: one round trip and one commit. The function (migration
     * V44) serves the crews in the order given, each turn the claim that once ran alone: lock the crew's row if it is
     * active and below capacity, take the soonest-due reported job of its territory with {@code FOR UPDATE SKIP LOCKED},
     * assign it, write its event to the history and the outbox. The outbox payload is each claim's serialized event
     * around the job id, which only the database knows here.
     */
    private static final String CLAIM = "SELECT c.request, c.refusal, c.crew_capacity, " + JobStore.JOB_COLUMNS + """
            FROM claim_jobs(?::text[], ?::text[], ?::uuid[], ?::timestamptz[], ?::text[], ?::text[], ?, ?, ?, ?, ?::jsonb, ?) c
            CROSS JOIN LATERAL (SELECT (c.job).*) j
            """;

    /** Claim batches sent to the database at once when not configured: the dispatcher's default pool size. */
    public static final int DEFAULT_CLAIM_CONCURRENCY = 4;
    /**
     * The most claims served by one call to the database. 16 gave the same throughput with 64 crews but a longer tail
     * (p99 54–70 ms in the 10,000-job rounds against 40–46 with 8): a claim that just missed a batch waited for a longer one.
     */
    static final int MAX_CLAIMS_PER_BATCH = 8;
    /** How long a claim waits for its turn before the crew is told to try again. */
    static final Duration CLAIM_QUEUE_TIMEOUT = Duration.ofSeconds(30);

    private final JobStore jobs;
    private final DataSource dataSource;
    private final Clock clock;
    /**
     * Claims go to the database in batches, at most {@code claimConcurrency} at once, taken in the order they arrive.
     * A claim costs the database far less as one turn of a batch than alone (one round trip, one commit), so under load
     * it keeps up with more crews; and the line is fair: the connection pool alone is not (a thread that has just given
     * back a connection tends to get it again), which with 64 crews claiming one at a time made some wait 150 ms while
     * others waited 3. See docs/benchmarks.md, "Claims".
     */
    private final Batches<ClaimRequest, Claimed> claims;
    private final Timer claimLatency;
    private final Counter restocked;

    /** Meter names: the claim timer and the restocked counter. */
    public static final String CLAIMS = "dispatch.claims";
    public static final String RESTOCKED = "dispatch.jobs.restocked";

    public JobWorkflow(JobStore jobs, Clock clock) {
        this(jobs, clock, DEFAULT_CLAIM_CONCURRENCY);
    }

    /** @param claimConcurrency claim batches sent to the database at once; the pool size is the natural choice */
    public JobWorkflow(JobStore jobs, Clock clock, int claimConcurrency) {
        this(jobs, clock, claimConcurrency, new CompositeMeterRegistry());
    }

    /**
     * @param claimConcurrency claim batches sent to the database at once; the pool size is the natural choice
     * @param meters           the process's registry: {@value #CLAIMS} (claim latency, queue included) and {@value #RESTOCKED}
     */
    public JobWorkflow(JobStore jobs, Clock clock, int claimConcurrency, MeterRegistry meters) {
        if (claimConcurrency < 1) {
            throw new IllegalArgumentException("claim concurrency must be at least 1, not " + claimConcurrency);
        }
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.dataSource = jobs.dataSource();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.claims = new Batches<>(claimConcurrency, MAX_CLAIMS_PER_BATCH, this::claimAll, JobWorkflow::mayBeOneClaims);
        this.claimLatency = Timer.builder(CLAIMS).description("time a crew's claim takes, its wait for a batch included")
                .publishPercentileHistogram().register(meters);
        this.restocked = Counter.builder(RESTOCKED).description("jobs a crew marked restocked").register(meters);
    }

    /**
     * Ops give a reported job to a crew, or move an assigned or accepted job to another crew, without asking whether the
     * crew can take it: for callers in this process that know their crews (tests, tools). The API uses
     * {@link #assign(long, String, Actor, boolean)}.
     */
    public Job assign(long jobId, String crewId, Actor actor) {
        return assign(jobId, crewId, actor, null);
    }

    /**
     * Ops give a reported job to a crew, or move an assigned or accepted job to another crew, that is registered
     * ({@link NoSuchCrewException} otherwise), active and covers the job's outlet ({@link IllegalTransitionException}
     * otherwise), by the rule the auto-assigner follows ({@link CrewStore#coverage}). Ops may send a crew out of its
     * territory with {@code override}; the job's history event then says {@code "override": "true"}.
     */
    public Job assign(long jobId, String crewId, Actor actor, boolean override) {
        return assign(jobId, crewId, actor, Boolean.valueOf(override));
    }

    /** @param override null: no check of the crew at all */
    private Job assign(long jobId, String crewId, Actor actor, Boolean override) {
        requireText(crewId, "crew id");
        return change(jobId, actor, (connection, locked, now) -> {
            requireOps(actor, "assign job " + jobId);
            Map<String, String> detail = new HashMap<>();
            detail.put("previous_crew_id", orEmpty(locked.crewId()));
            if (override != null) {
                switch (CrewStore.coverage(connection, crewId, jobId)) {
                    case UNKNOWN -> throw new NoSuchCrewException(crewId);
                    case INACTIVE -> throw new IllegalTransitionException("crew " + crewId + " is not active; ops make it active with PUT /api/crews/"
                            + crewId + " before giving it jobs");
                    case OUTSIDE -> {
                        if (!override) {
                            throw new IllegalTransitionException("crew " + crewId + " does not cover the outlet of job " + jobId
                                    + " (its localities, pincodes and area); send \"override\": true to send it there all the same");
                        }
                        detail.put("override", "true");
                    }
                    case COVERS -> {
                        // the crew may take it
                    }
                }
            }
            JobEvent.Kind kind = JobEvent.Kind.STATUS_CHANGED;
            if (locked.status() == JobStatus.ASSIGNED || locked.status() == JobStatus.ACCEPTED) {
                if (crewId.equals(locked.crewId()) && locked.status() == JobStatus.ASSIGNED) {
                    throw new IllegalTransitionException("job " + jobId + " is already assigned to crew " + crewId);
                }
                kind = JobEvent.Kind.REASSIGNED;
            } else {
                locked.status().checkMove(jobId, JobStatus.ASSIGNED);
            }
            return new Update(JobStatus.ASSIGNED, crewId, null, null, kind, null, detail);
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
        Claimed claimed;
        long started = System.nanoTime();
        try {
            claimed = claims.call(claimRequest(actor), CLAIM_QUEUE_TIMEOUT);
            claimLatency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new StoreUnavailableException("claims for crew " + actor.crewId() + " queued longer than "
                    + CLAIM_QUEUE_TIMEOUT.toSeconds() + " s; the database is overloaded, try again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("claim for crew " + actor.crewId() + " interrupted while queued", e);
        }
        if (claimed.refusal() != null) {
            throw claimed.refusal();
        }
        return Optional.ofNullable(claimed.job());
    }

    /** What a claim came to: the job; or none, with why when the crew is the reason rather than an empty queue. */
    private record Claimed(Job job, IllegalTransitionException refusal) {
        static Claimed of(String crewId, ResultSet row) throws SQLException {
            if (row.getObject("id") != null) {
                return new Claimed(JobStore.job(row), null);
            }
            String refusal = row.getString("refusal");
            if (refusal == null) {
                return new Claimed(null, null);
            }
            return new Claimed(null, new IllegalTransitionException(switch (refusal) {
                case "full" -> "crew " + crewId + " holds as many open jobs as its daily capacity (" + row.getInt("crew_capacity")
                        + "); finish or hand back one before claiming another";
                case "unknown", "inactive" -> "crew " + crewId + " is not registered or not active; ops must add it first";
                default -> throw new IllegalStateException("claim_jobs gave an unknown refusal '" + refusal + "' for crew " + crewId);
            }));
        }
    }

    /** A claim as it waits for its batch: the crew, and its event ready to write but for the job id. */
    record ClaimRequest(Actor actor, UUID eventId, OffsetDateTime at, String payloadHead, String payloadTail) {
    }

    /** Serializes the claim's event in the crew's own thread, so that the thread serving the batch has less to do. */
    ClaimRequest claimRequest(Actor actor) {
        Instant now = clock.instant();
        JobEvent event = EventLog.event(PLACEHOLDER_JOB_ID, JobEvent.Kind.STATUS_CHANGED, JobStatus.REPORTED, JobStatus.ASSIGNED,
                actor.crewId(), actor.id(), actor.role().code(), null, CLAIMED, now);
        String[] payload = EventLog.payloadAround(event, PLACEHOLDER_JOB_ID);
        return new ClaimRequest(actor, UUID.fromString(event.eventId()),
                OffsetDateTime.ofInstant(now.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC), payload[0], payload[1]);
    }

    /** Serves a batch of claims with one call: the answers in the order of the requests. */
    private List<Claimed> claimAll(List<ClaimRequest> requests) {
        // The crews' rows are locked in crew id order, the same in every batch, so that two batches cannot deadlock.
        List<ClaimRequest> byCrew = new ArrayList<>(requests);
        byCrew.sort(Comparator.comparing(request -> request.actor().crewId()));
        Map<ClaimRequest, Claimed> answers = new IdentityHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement claim = prepareClaims(connection, byCrew, "");
                 ResultSet row = claim.executeQuery()) {
                while (row.next()) {
                    ClaimRequest request = byCrew.get(row.getInt("request") - 1);
                    answers.put(request, Claimed.of(request.actor().crewId(), row));
                }
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot claim jobs for crews " + byCrew.stream().map(request -> request.actor().crewId()).toList()
                    + ": " + e.getMessage(), e);
        }
        List<Claimed> inOrder = new ArrayList<>(requests.size());
        for (ClaimRequest request : requests) {
            inOrder.add(Objects.requireNonNull(answers.get(request), () -> "claim_jobs gave no answer for crew " + request.actor().crewId()));
        }
        return inOrder;
    }

    /**
     * Whether a failed batch of claims may be the fault of one of them, so that serving each alone is worth it: not when
     * the database could not be reached (no connection from the pool, SQLSTATE class 08), which would only make every
     * crew of the batch wait for it again in turn.
     */
    static boolean mayBeOneClaims(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return false;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The claim statement for these requests, bound and ready to run; {@code prefix} goes before its text (a test
     * prefixes {@code EXPLAIN} to see what a claim reads).
     */
    PreparedStatement prepareClaims(Connection connection, List<ClaimRequest> requests, String prefix) throws SQLException {
        int n = requests.size();
        String[] crewIds = new String[n];
        String[] actorIds = new String[n];
        String[] eventIds = new String[n];
        String[] ats = new String[n];
        String[] heads = new String[n];
        String[] tails = new String[n];
        for (int i = 0; i < n; i++) {
            ClaimRequest request = requests.get(i);
            crewIds[i] = request.actor().crewId();
            actorIds[i] = request.actor().id();
            eventIds[i] = request.eventId().toString();
            ats[i] = request.at().toString();
            heads[i] = request.payloadHead();
            tails[i] = request.payloadTail();
        }
        // The constant itself when there is no prefix: the driver's statement cache hashes the text on every call, and
        // a new string of 1 kB (even "" + CLAIM) has no cached hash.
        PreparedStatement claim = connection.prepareStatement(prefix.isEmpty() ? CLAIM : prefix + CLAIM);
        try {
            int i = 0;
            claim.setArray(++i, connection.createArrayOf("text", crewIds));
            claim.setArray(++i, connection.createArrayOf("text", actorIds));
            claim.setArray(++i, connection.createArrayOf("text", eventIds));
            claim.setArray(++i, connection.createArrayOf("text", ats));
            claim.setArray(++i, connection.createArrayOf("text", heads));
            claim.setArray(++i, connection.createArrayOf("text", tails));
            claim.setString(++i, JobEvent.Kind.STATUS_CHANGED.name());
            claim.setString(++i, JobStatus.REPORTED.code());
            claim.setString(++i, JobStatus.ASSIGNED.code());
            claim.setString(++i, Role.CREW.code());
            claim.setString(++i, CLAIMED_DETAIL);
            claim.setString(++i, Topics.JOB_EVENTS.name());
            return claim;
        } catch (SQLException | RuntimeException e) {
            claim.close();
            throw e;
        }
    }

    /** What a claim's event says besides the move. */
    private static final Map<String, String> CLAIMED = Map.of("claimed", "true");
    private static final String CLAIMED_DETAIL = EventLog.detailJson(CLAIMED);

    /** The job id the claim's event is serialized with before the database picks the job; the identity never reaches it. */
    private static final long PLACEHOLDER_JOB_ID = Long.MAX_VALUE;

    /** Ops take an assigned or accepted job back from its crew: it is reported again, for any crew to claim. */
    public Job unassign(long jobId, Actor actor, String note) {
        return change(jobId, actor, (connection, locked, now) -> {
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
        Job done = change(jobId, actor, (connection, locked, now) -> {
            requireCrewOfJob(actor, jobId, locked, "complete");
            locked.status().checkMove(jobId, JobStatus.RESTOCKED);
            return new Update(JobStatus.RESTOCKED, locked.crewId(), null, proof, JobEvent.Kind.STATUS_CHANGED, null, proof.asDetail());
        });
        restocked.increment();
        return done;
    }

    /** The crew could not restock, for the given reason. Final. */
    public Job fail(long jobId, Actor actor, FailureReason reason, String note) {
        Objects.requireNonNull(reason, "reason");
        return change(jobId, actor, (connection, locked, now) -> {
            requireCrewOfJob(actor, jobId, locked, "fail");
            locked.status().checkMove(jobId, JobStatus.FAILED);
            return new Update(JobStatus.FAILED, locked.crewId(), reason, null, JobEvent.Kind.STATUS_CHANGED, reason.code(),
                    note == null ? Map.of() : Map.of("note", note));
        });
    }

    /** Ops have checked the proof of a restocked job. Final. */
    public Job verify(long jobId, Actor actor) {
        return change(jobId, actor, (connection, locked, now) -> {
            requireOps(actor, "verify job " + jobId);
            locked.status().checkMove(jobId, JobStatus.VERIFIED);
            return new Update(JobStatus.VERIFIED, locked.crewId(), null, null, JobEvent.Kind.STATUS_CHANGED, null, Map.of());
        });
    }

    /** Ops call the job off, saying why. Final. */
    public Job cancel(long jobId, Actor actor, String reason) {
        requireText(reason, "cancellation reason");
        return change(jobId, actor, (connection, locked, now) -> {
            requireOps(actor, "cancel job " + jobId);
            locked.status().checkMove(jobId, JobStatus.CANCELLED);
            return new Update(JobStatus.CANCELLED, locked.crewId(), null, null, JobEvent.Kind.STATUS_CHANGED, reason, Map.of());
        });
    }

    private Job crewMove(long jobId, Actor actor, JobStatus target) {
        return change(jobId, actor, (connection, locked, now) -> {
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
        Update decide(Connection connection, Locked locked, Instant now) throws SQLException;
    }

    private Job change(long jobId, Actor actor, Decision decision) {
        Objects.requireNonNull(actor, "actor");
        Instant now = clock.instant();
        try {
            Transactions.inTransaction(dataSource, connection -> {
                Locked locked = lock(connection, jobId);
                apply(connection, jobId, locked, decision.decide(connection, locked, now), actor, now);
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
