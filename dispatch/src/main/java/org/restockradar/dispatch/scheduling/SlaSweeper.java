package org.restockradar.dispatch.scheduling;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.restockradar.contracts.JobEvent;
import org.restockradar.dbkit.store.StoreUnavailableException;
import org.restockradar.dbkit.store.Transactions;
import org.restockradar.dispatch.store.EventIds;
import org.restockradar.dispatch.store.EventLog;
import org.restockradar.contracts.JobStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SLA sweep over the open jobs (reported, assigned, accepted, en route): a warning once a job is within
 * {@code warnBefore} of its due time (36 h after the first report for the default 48 h SLA), a breach once it is due,
 * and an escalation for ops {@code escalateAfter} past its due time. Each alert is an event ({@link JobEvent.Kind#SLA_WARNING},
 * {@link JobEvent.Kind#SLA_BREACH}, {@link JobEvent.Kind#ESCALATED}) and fires once per job: the row it writes in
 * {@code sla_alert} is keyed by job and kind, so a sweep run twice, by two dispatchers at once, or again after a crash
 * in the middle of one (whose transaction rolled back) adds nothing already there. Time comes from the injected clock.
 */
public final class SlaSweeper {
    private static final Logger LOG = LoggerFactory.getLogger(SlaSweeper.class);
    /** The actor of the alerts. */
    public static final String ACTOR = "sla-sweep";
    private static final int BATCH = 500;
    /**
     * The alerts in the order they fire; a job's {@code restock_job.sla_stage} counts those it has had, so the alert at
     * index i is due for the jobs at stage i.
     */
    private static final List<JobEvent.Kind> STAGES = List.of(JobEvent.Kind.SLA_WARNING, JobEvent.Kind.SLA_BREACH, JobEvent.Kind.ESCALATED);

    /**
     * Takes a batch of open jobs (reported, assigned, accepted, en route) at the alert stage before this one and due by a
     * time, soonest first, and moves them to this stage; returns them. The jobs come from one partial index of open jobs
     * by stage and due time that holds only jobs with an alert still to come (V47), so a sweep reads the jobs it flags and
     * not the ones flagged before (a quarter of the open jobs are within their warning time with the 48 h SLA). Rows a
     * concurrent sweep or claim holds are skipped: this sweep leaves them to the other, or to the next sweep.
     */
    private static final String DUE = """
            WITH due AS (
                SELECT id FROM restock_job
                WHERE status IN ('reported', 'assigned', 'accepted', 'en_route') AND sla_stage = ? AND due_at <= ?
                ORDER BY sla_stage, due_at, id
                LIMIT ?
                FOR UPDATE SKIP LOCKED)
            UPDATE restock_job j SET sla_stage = ? FROM due WHERE j.id = due.id
            RETURNING j.id, j.status, j.crew_id, j.due_at
            """;
    private static final String MARK = """
            INSERT INTO sla_alert (job_id, kind, fired_at, event_id) VALUES (?, ?, ?, ?) ON CONFLICT (job_id, kind) DO NOTHING
            """;

    /** Called after each alert is written, before the sweep commits; tests use it to crash a sweep half-way. */
    @FunctionalInterface
    public interface AlertHook {
        AlertHook NONE = (jobId, kind) -> { };

        void written(long jobId, JobEvent.Kind kind);
    }

    /** The meter of the alerts fired, by kind. */
    public static final String ALERTS = "dispatch.sla.alerts";

    /** The meter of the sweeps' durations, committed or not. */
    public static final String SWEEPS = "dispatch.sla.sweeps";

    private final Map<JobEvent.Kind, Counter> alerts = new EnumMap<>(JobEvent.Kind.class);
    private final Timer sweeps;
    private final DataSource dataSource;
    private final Clock clock;
    private final Duration warnBefore;
    private final Duration escalateAfter;
    private final AlertHook hook;

    public SlaSweeper(DataSource dataSource, Clock clock, Duration warnBefore, Duration escalateAfter) {
        this(dataSource, clock, warnBefore, escalateAfter, AlertHook.NONE);
    }

    public SlaSweeper(DataSource dataSource, Clock clock, Duration warnBefore, Duration escalateAfter, AlertHook hook) {
        this(dataSource, clock, warnBefore, escalateAfter, hook, new CompositeMeterRegistry());
    }

    /**
     * @param meters the process's registry: {@value #ALERTS}{@code {kind}}, the alerts fired (SLA breaches among them),
     *               and {@value #SWEEPS}, the sweeps and their durations
     */
    public SlaSweeper(DataSource dataSource, Clock clock, Duration warnBefore, Duration escalateAfter, AlertHook hook, MeterRegistry meters) {
        for (JobEvent.Kind kind : STAGES) {
            alerts.put(kind, Counter.builder(ALERTS).description("SLA alerts fired by the sweeps, by kind: sla_warning, sla_breach, escalated")
                    .tag("kind", kind.name().toLowerCase(java.util.Locale.ROOT)).register(meters));
        }
        this.sweeps = Timer.builder(SWEEPS).description("SLA sweeps and how long each took").register(meters);
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.warnBefore = Objects.requireNonNull(warnBefore, "warnBefore");
        this.escalateAfter = Objects.requireNonNull(escalateAfter, "escalateAfter");
        this.hook = Objects.requireNonNull(hook, "hook");
        if (warnBefore.isNegative() || escalateAfter.isNegative()) {
            throw new IllegalArgumentException("SLA warning and escalation offsets cannot be negative: " + warnBefore + ", " + escalateAfter);
        }
    }

    /**
     * Sweeps once, in one transaction: every alert it finds due is written, or none is.
     *
     * @return how many alerts of each kind fired now
     */
    public Map<JobEvent.Kind, Integer> sweep() {
        return sweeps.record(this::sweepNow);
    }

    private Map<JobEvent.Kind, Integer> sweepNow() {
        Instant now = clock.instant();
        Map<JobEvent.Kind, Integer> fired = new EnumMap<>(JobEvent.Kind.class);
        try {
            Transactions.inTransaction(dataSource, connection -> {
                fired.put(JobEvent.Kind.SLA_WARNING, fire(connection, JobEvent.Kind.SLA_WARNING, now.plus(warnBefore), now));
                fired.put(JobEvent.Kind.SLA_BREACH, fire(connection, JobEvent.Kind.SLA_BREACH, now, now));
                fired.put(JobEvent.Kind.ESCALATED, fire(connection, JobEvent.Kind.ESCALATED, now.minus(escalateAfter), now));
                return null;
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("SLA sweep at " + now + " failed: " + e.getMessage(), e);
        }
        // Counted once the sweep has committed: a sweep rolled back fired nothing.
        fired.forEach((kind, count) -> alerts.get(kind).increment(count));
        if (fired.values().stream().anyMatch(n -> n > 0)) {
            LOG.info("SLA sweep at {}: {}", now, fired);
        }
        return fired;
    }

    private record Due(long jobId, JobStatus status, String crewId, Instant dueAt) {
    }

    /** Fires the alerts of one kind for the jobs due by {@code threshold}, a batch at a time until none is left. */
    private int fire(Connection connection, JobEvent.Kind kind, Instant threshold, Instant now) throws SQLException {
        int fired = 0;
        while (true) {
            List<Due> due = new ArrayList<>();
            try (PreparedStatement select = due(connection, "", kind, threshold)) {
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        due.add(new Due(rows.getLong(1), JobStatus.fromCode(rows.getString(2)), rows.getString(3),
                                rows.getObject(4, OffsetDateTime.class).toInstant()));
                    }
                }
            }
            if (due.isEmpty()) {
                return fired;
            }
            for (Due job : due) {
                UUID eventId = EventIds.at(now);
                try (PreparedStatement mark = connection.prepareStatement(MARK)) {
                    mark.setLong(1, job.jobId());
                    mark.setString(2, kind.name());
                    mark.setObject(3, utc(now));
                    mark.setObject(4, eventId);
                    if (mark.executeUpdate() == 0) {
                        // The alert is there already (the stage only picks the jobs; the key is what keeps each alert once).
                        continue;
                    }
                }
                EventLog.append(connection, new JobEvent(eventId.toString(), job.jobId(), kind, null, job.status().code(), job.crewId(),
                        ACTOR, "system", null, Map.of("due_at", job.dueAt().toString()), now));
                fired++;
                hook.written(job.jobId(), kind);
            }
            if (due.size() < BATCH) {
                return fired; // SKIP LOCKED fills the batch past locked rows: fewer means none unlocked is left
            }
        }
    }

    private static PreparedStatement due(Connection connection, String prefix, JobEvent.Kind kind, Instant threshold) throws SQLException {
        PreparedStatement select = connection.prepareStatement(prefix + DUE);
        int stage = STAGES.indexOf(kind);
        select.setInt(1, stage);
        select.setObject(2, utc(threshold));
        select.setInt(3, BATCH);
        select.setInt(4, stage + 1);
        return select;
    }

    /**
     * The plan, run and timed ({@code EXPLAIN (ANALYZE, BUFFERS)}), of the statement by which a sweep now would find
     * the first batch of jobs due for this kind of alert; in a transaction rolled back, so it changes nothing. For
     * benchmarks and for ops looking at a slow sweep.
     */
    public String explain(JobEvent.Kind kind) {
        Instant now = clock.instant();
        Instant threshold = switch (kind) {
            case SLA_WARNING -> now.plus(warnBefore);
            case SLA_BREACH -> now;
            case ESCALATED -> now.minus(escalateAfter);
            default -> throw new IllegalArgumentException("not an SLA alert: " + kind);
        };
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement explain = due(connection, "EXPLAIN (ANALYZE, BUFFERS) ", kind, threshold);
                 ResultSet lines = explain.executeQuery()) {
                StringBuilder plan = new StringBuilder();
                while (lines.next()) {
                    plan.append(lines.getString(1)).append('\n');
                }
                return plan.toString();
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot explain the SLA sweep for " + kind + ": " + e.getMessage(), e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
