package org.restockradar.dispatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serializer;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.JobStatus;
import org.restockradar.contracts.LanguageGuess;
import org.restockradar.contracts.StockoutReport;
import org.restockradar.contracts.Topics;

/**
 * Records a poll's reports with set-based statements in the caller's transaction: what {@link JobStore#record} does
 * report by report, in a fixed number of statements per batch (look up the mentions, lock the open jobs, upsert the
 * jobs, insert the reports, link reopened jobs, tell the {@link OpenedJobListener} of the new jobs together, write the
 * history and the outbox rows), with the rows and events the one-by-one path writes, in its order.
 *
 * <p>Jobs are locked and inserted in (outlet, product) order, so two dispatchers recording overlapping polls wait for
 * each other rather than deadlock. A job has one row in the upsert however many of the batch's reports it takes, so
 * the set-based path spends no job id on an attached report (the one-by-one path's upsert spends one each): job ids
 * differ from that path's, the rows and events do not.
 */
final class ReportBatch {
    private static final String OPEN_JOB = JobStore.OPEN_JOB;

    private static final String RECORDED_MENTIONS = "SELECT mention_id, job_id FROM stockout_report WHERE mention_id = ANY(?::text[])";

    /**
     * The open jobs of the batch's outlets and products, locked in key order before the upsert changes them: the keys are
     * sorted first, and each key's job (one at most, by {@code restock_job_one_open_per_product}) is looked up and locked
     * in that order by a subquery of its own. Written per key, not as a join, so that no plan can scan the table: a
     * server-side prepared statement keeps the generic plan it made in its first executions, and one made while the table
     * was small (a new database, before autovacuum's first analyze) read every open job on every poll.
     */
    static final String LOCK_OPEN_JOBS = """
            SELECT j.id, j.outlet_id, j.product_key, j.outlet_name, j.locality, j.city, j.brand, j.sku,
                   j.first_reported_at, j.restocked_at
            FROM (SELECT DISTINCT outlet_id, product_key FROM unnest(?::text[], ?::text[]) AS u(outlet_id, product_key)
                  ORDER BY outlet_id, product_key) AS k
            CROSS JOIN LATERAL (SELECT o.* FROM restock_job o
                                WHERE o.outlet_id = k.outlet_id AND o.product_key = k.product_key AND o.%s
                                LIMIT 1 FOR UPDATE) AS j
            ORDER BY k.outlet_id, k.product_key
            """.formatted(OPEN_JOB);

    private static final String REGIONS = "SELECT id, region FROM outlet WHERE id = ANY(?::text[])";

    /**
     * One row per outlet and product; the values are the batch's (its earliest report's due time), merged as one report at
     * a time would. A new job comes flagged {@code uncovered} when the listener said it would flag it; a job that is there
     * keeps its flag.
     */
    private static final String UPSERT_JOBS = """
            INSERT INTO restock_job (outlet_id, outlet_name, city, locality, brand, sku, product_key, status,
                                     created_at, first_reported_at, due_at, report_count, updated_at, uncovered)
            SELECT g.outlet_id, g.outlet_name, g.city, g.locality, g.brand, g.sku, g.product_key, 'reported',
                   ?, g.first_reported_at, g.due_at, g.report_count, ?, g.uncovered
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::timestamptz[], ?::timestamptz[], ?::int[], ?::boolean[])
                 AS g(outlet_id, outlet_name, city, locality, brand, sku, product_key, first_reported_at, due_at, report_count,
                      uncovered)
            ORDER BY g.outlet_id, g.product_key
            ON CONFLICT (outlet_id, product_key) WHERE %s
            DO UPDATE SET report_count = restock_job.report_count + EXCLUDED.report_count,
                          first_reported_at = LEAST(restock_job.first_reported_at, EXCLUDED.first_reported_at),
                          due_at = CASE WHEN EXCLUDED.first_reported_at < restock_job.first_reported_at
                                        THEN EXCLUDED.due_at ELSE restock_job.due_at END,
                          updated_at = EXCLUDED.updated_at
            RETURNING id, outlet_id, product_key, report_count, status, crew_id
            """.formatted(OPEN_JOB);

    private static final String INSERT_REPORTS = """
            INSERT INTO stockout_report (mention_id, job_id, source, reporter_id, reporter_handle, reporter_name, text, reported_at,
                                         received_at)
            SELECT r.mention_id, r.job_id, r.source, r.reporter_id, r.reporter_handle, r.reporter_name, r.text, r.reported_at, ?
            FROM unnest(?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[])
                 AS r(mention_id, job_id, source, reporter_id, reporter_handle, reporter_name, text, reported_at)
            ON CONFLICT (mention_id) DO NOTHING
            RETURNING mention_id
            """;

    /** Each new job linked to the job of its outlet and product restocked within the reopen window before its first report. */
    private static final String LINK_REOPENED = """
            UPDATE restock_job j SET follows_job_id = p.previous
            FROM (SELECT o.id,
                         (SELECT r.id FROM restock_job r
                          WHERE r.outlet_id = o.outlet_id AND r.product_key = o.product_key AND r.restocked_at IS NOT NULL
                            AND r.restocked_at >= o.since AND r.restocked_at <= o.reported_at AND r.id <> o.id
                          ORDER BY r.restocked_at DESC, r.id DESC LIMIT 1) AS previous
                  FROM unnest(?::bigint[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[])
                       AS o(id, outlet_id, product_key, since, reported_at)) p
            WHERE j.id = p.id AND p.previous IS NOT NULL
            RETURNING j.id, p.previous
            """;

    private static final String INSERT_HISTORY = """
            INSERT INTO job_event (event_id, job_id, kind, from_status, to_status, crew_id, actor, actor_role, reason, detail, occurred_at)
            SELECT e.event_id, e.job_id, e.kind, e.from_status, e.to_status, e.crew_id, e.actor, e.actor_role, e.reason, e.detail,
                   e.occurred_at
            FROM unnest(?::uuid[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::jsonb[], ?::timestamptz[])
                 WITH ORDINALITY AS e(event_id, job_id, kind, from_status, to_status, crew_id, actor, actor_role, reason, detail,
                                      occurred_at, position)
            ORDER BY e.position
            """;

    private static final String INSERT_OUTBOX = """
            INSERT INTO outbox (event_id, topic, record_key, payload, created_at)
            SELECT e.event_id, ?, e.record_key, e.payload, ?
            FROM unnest(?::uuid[], ?::text[], ?::bytea[]) WITH ORDINALITY AS e(event_id, record_key, payload, position)
            ORDER BY e.position
            """;

    private static final Serializer<JobEvent> EVENTS = Topics.JOB_EVENTS.valueSerde().serializer();

    private final SlaPolicy sla;
    private final Duration reopenWindow;

    ReportBatch(SlaPolicy sla, Duration reopenWindow) {
        this.sla = sla;
        this.reopenWindow = reopenWindow;
    }

    /** An outlet and product: the key of an open job. */
    private record Key(String outletId, String productKey) {
        static Key of(StockoutReport report) {
            return new Key(report.outletId(), report.productKey());
        }
    }

    /** What the batch does to one job, and what its events say of it as each report joins. */
    private static final class Group {
        final List<StockoutReport> reports = new ArrayList<>();
        /** The open job before the batch, or null when the batch opens it. */
        JobEvent.Job before;
        long jobId;
        String status;
        String crewId;
        String followsJobId;
        /** For a job the batch opens: the due time its opening report gave it. */
        Instant openingDue;
        /** For a job the batch opens: what the listener did to it, in order. */
        List<JobEvent> placed = List.of();
    }

    /**
     * Records the reports in order and tells the listener of the jobs they opened, all at once after the reports are
     * in: what the listener does is written into the history right after each job's {@code OPENED} event, and the
     * events of the batch's later reports of that job carry the status and crew it left, as when the listener is told
     * of each job before the next report.
     *
     * @return what each report did, in order; null when another transaction recorded one of these mentions, or opened
     *         one of these jobs, at the same time: the caller must roll back and try again
     */
    List<Recorded> record(Connection connection, List<StockoutReport> reports, Instant now, OpenedJobListener onOpened) throws SQLException {
        Map<String, Long> earlier = recordedMentions(connection, reports);
        Map<Key, JobEvent.Job> open = lockOpenJobs(connection, reports);

        Map<Key, Group> groups = new LinkedHashMap<>();
        List<StockoutReport> fresh = new ArrayList<>();
        Set<String> seen = new HashSet<>(earlier.keySet());
        for (StockoutReport report : reports) {
            if (seen.add(report.mentionId())) {
                fresh.add(report);
                Group group = groups.computeIfAbsent(Key.of(report), key -> new Group());
                group.before = open.get(Key.of(report));
                group.reports.add(report);
            }
        }
        if (!groups.isEmpty() && !upsertJobs(connection, groups, now, onOpened)) {
            return null;
        }
        Map<String, Long> jobOfMention = new HashMap<>(earlier);
        for (StockoutReport report : fresh) {
            jobOfMention.put(report.mentionId(), groups.get(Key.of(report)).jobId);
        }
        if (!fresh.isEmpty() && !insertReports(connection, fresh, jobOfMention, now)) {
            return null;
        }
        linkReopened(connection, groups);
        tellOpened(connection, groups, onOpened, now);
        writeEvents(connection, fresh, groups, now);

        List<Recorded> recorded = new ArrayList<>(reports.size());
        Set<String> done = new HashSet<>(earlier.keySet());
        for (StockoutReport report : reports) {
            long jobId = jobOfMention.get(report.mentionId());
            if (!done.add(report.mentionId())) {
                recorded.add(new Recorded(jobId, Recorded.Outcome.DUPLICATE));
            } else {
                Group group = groups.get(Key.of(report));
                boolean opening = group.before == null && group.reports.get(0) == report;
                recorded.add(new Recorded(jobId, opening ? Recorded.Outcome.OPENED_JOB : Recorded.Outcome.ATTACHED));
            }
        }
        return recorded;
    }

    /**
     * Tells the listener of the jobs the batch opened, in the order of their opening reports, and keeps each job's
     * events of what it did, whose last gives the job's status and crew to the events after it.
     */
    private static void tellOpened(Connection connection, Map<Key, Group> groups, OpenedJobListener onOpened, Instant now)
            throws SQLException {
        List<Group> opened = groups.values().stream().filter(group -> group.before == null).toList();
        if (opened.isEmpty() || onOpened == OpenedJobListener.NONE) {
            return;
        }
        Map<Long, Group> byJob = new HashMap<>();
        List<OpenedJobListener.OpenedJob> jobs = new ArrayList<>(opened.size());
        for (Group group : opened) {
            byJob.put(group.jobId, group);
            jobs.add(new OpenedJobListener.OpenedJob(group.jobId, group.openingDue));
        }
        Map<Long, List<JobEvent>> placed = new HashMap<>();
        for (JobEvent event : onOpened.opened(connection, jobs, now)) {
            Group group = byJob.get(event.jobId());
            if (group == null) {
                throw new IllegalStateException("the opened-job listener returned an event of job " + event.jobId()
                        + ", which this batch did not open: " + event);
            }
            placed.computeIfAbsent(event.jobId(), job -> new ArrayList<>()).add(event);
            group.status = event.toStatus();
            group.crewId = event.crewId();
        }
        placed.forEach((jobId, events) -> byJob.get(jobId).placed = events);
    }

    private static Map<String, Long> recordedMentions(Connection connection, List<StockoutReport> reports) throws SQLException {
        Map<String, Long> recorded = new HashMap<>();
        pairs(connection, RECORDED_MENTIONS, reports.stream().map(StockoutReport::mentionId))
                .forEach((mention, job) -> recorded.put(mention, Long.parseLong(job)));
        return recorded;
    }

    /** The first two columns of a query on one array of keys, as text. */
    private static Map<String, String> pairs(Connection connection, String sql, Stream<String> keys) throws SQLException {
        Map<String, String> pairs = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, keys.distinct().toArray(String[]::new));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    pairs.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return pairs;
    }

    /** Locks the open jobs of the reports' outlets and products: their facts as the events carry them. */
    private static Map<Key, JobEvent.Job> lockOpenJobs(Connection connection, List<StockoutReport> reports) throws SQLException {
        List<Key> keys = reports.stream().map(Key::of).distinct().toList();
        Map<Key, JobEvent.Job> open = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(LOCK_OPEN_JOBS)) {
            select.setObject(1, texts(keys, Key::outletId));
            select.setObject(2, texts(keys, Key::productKey));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    open.put(new Key(rows.getString("outlet_id"), rows.getString("product_key")), new JobEvent.Job(
                            rows.getString("outlet_id"), rows.getString("outlet_name"), rows.getString("locality"), rows.getString("city"),
                            rows.getString("brand"), rows.getString("sku"), instant(rows.getTimestamp("first_reported_at")),
                            instant(rows.getTimestamp("restocked_at"))));
                }
            }
        }
        return open;
    }

    /**
     * Opens or adds to each group's job. False when a job the lock did not find was opened by another transaction
     * in the meantime (its facts before this batch are then unknown).
     */
    private boolean upsertJobs(Connection connection, Map<Key, Group> groups, Instant now, OpenedJobListener onOpened) throws SQLException {
        Map<String, String> regions = sla.usesRegions()
                ? pairs(connection, REGIONS, groups.keySet().stream().map(Key::outletId))
                : Map.of();
        List<Group> all = List.copyOf(groups.values());
        Set<Group> uncovered = uncoveredOpenings(connection, all, onOpened);
        Map<Group, StockoutReport> earliest = new HashMap<>();
        for (Group group : all) {
            StockoutReport soonest = group.reports.get(0);
            for (StockoutReport report : group.reports) {
                // Strictly earlier, as the one-by-one upsert moves the due time only for a strictly earlier report.
                if (micros(report.reportedAt()).isBefore(micros(soonest.reportedAt()))) {
                    soonest = report;
                }
            }
            earliest.put(group, soonest);
            if (group.before == null) {
                StockoutReport first = group.reports.get(0);
                group.openingDue = micros(sla.dueAt(first.reportedAt(), first.brand(), regions.get(first.outletId())));
            }
        }
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_JOBS)) {
            int i = 0;
            upsert.setObject(++i, utc(now));
            upsert.setObject(++i, utc(now));
            List<Function<StockoutReport, String>> facts = List.of(StockoutReport::outletId, StockoutReport::outletName,
                    StockoutReport::city, StockoutReport::locality, StockoutReport::brand, StockoutReport::sku, StockoutReport::productKey);
            for (Function<StockoutReport, String> fact : facts) {
                upsert.setObject(++i, texts(all, group -> fact.apply(group.reports.get(0))));
            }
            upsert.setObject(++i, texts(all, group -> text(earliest.get(group).reportedAt())));
            upsert.setObject(++i, texts(all, group -> {
                StockoutReport soonest = earliest.get(group);
                return text(sla.dueAt(soonest.reportedAt(), soonest.brand(), regions.get(soonest.outletId())));
            }));
            int[] reportCounts = new int[all.size()];
            boolean[] flagged = new boolean[all.size()];
            for (int g = 0; g < reportCounts.length; g++) {
                reportCounts[g] = all.get(g).reports.size();
                flagged[g] = uncovered.contains(all.get(g));
            }
            upsert.setObject(++i, reportCounts);
            upsert.setObject(++i, flagged);
            try (ResultSet rows = upsert.executeQuery()) {
                while (rows.next()) {
                    Group group = groups.get(new Key(rows.getString("outlet_id"), rows.getString("product_key")));
                    if (group.before == null && rows.getInt("report_count") != group.reports.size()) {
                        return false;
                    }
                    group.jobId = rows.getLong("id");
                    group.status = rows.getString("status");
                    group.crewId = rows.getString("crew_id");
                }
            }
        }
        return true;
    }

    /** The groups that open a job the listener would flag uncovered: their rows are inserted flagged. */
    private static Set<Group> uncoveredOpenings(Connection connection, List<Group> groups, OpenedJobListener onOpened) throws SQLException {
        List<Group> opening = groups.stream().filter(group -> group.before == null).toList();
        if (opening.isEmpty() || onOpened == OpenedJobListener.NONE) {
            return Set.of();
        }
        List<OpenedJobListener.Opening> openings = new ArrayList<>(opening.size());
        for (Group group : opening) {
            StockoutReport first = group.reports.get(0);
            openings.add(new OpenedJobListener.Opening(first.outletId(), first.city(), first.locality()));
        }
        boolean[] flags = onOpened.uncovered(connection, openings);
        if (flags.length != opening.size()) {
            throw new IllegalStateException("the opened-job listener answered " + flags.length + " flags for " + opening.size() + " new jobs");
        }
        Set<Group> uncovered = new HashSet<>();
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                uncovered.add(opening.get(i));
            }
        }
        return uncovered;
    }

    /** False when another transaction recorded one of the mentions since they were looked up. */
    private static boolean insertReports(Connection connection, List<StockoutReport> fresh, Map<String, Long> jobOfMention, Instant now)
            throws SQLException {
        int inserted = 0;
        try (PreparedStatement insert = connection.prepareStatement(INSERT_REPORTS)) {
            int i = 0;
            insert.setObject(++i, utc(now));
            insert.setObject(++i, texts(fresh, StockoutReport::mentionId));
            insert.setObject(++i, longs(fresh, report -> jobOfMention.get(report.mentionId())));
            insert.setObject(++i, texts(fresh, report -> report.source().code()));
            insert.setObject(++i, texts(fresh, report -> report.reporter().id()));
            insert.setObject(++i, texts(fresh, report -> report.reporter().handle()));
            insert.setObject(++i, texts(fresh, report -> report.reporter().displayName()));
            insert.setObject(++i, texts(fresh, StockoutReport::text));
            insert.setObject(++i, texts(fresh, report -> text(report.reportedAt())));
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    inserted++;
                }
            }
        }
        return inserted == fresh.size();
    }

    /** Links each job the batch opened to the job restocked shortly before its opening report. */
    private void linkReopened(Connection connection, Map<Key, Group> groups) throws SQLException {
        List<Group> opened = groups.values().stream().filter(group -> group.before == null).toList();
        if (opened.isEmpty()) {
            return;
        }
        Map<Long, Group> byJob = new HashMap<>();
        opened.forEach(group -> byJob.put(group.jobId, group));
        try (PreparedStatement link = connection.prepareStatement(LINK_REOPENED)) {
            int i = 0;
            link.setObject(++i, longs(opened, group -> group.jobId));
            link.setObject(++i, texts(opened, group -> group.reports.get(0).outletId()));
            link.setObject(++i, texts(opened, group -> group.reports.get(0).productKey()));
            link.setObject(++i, texts(opened, group -> text(group.reports.get(0).reportedAt().minus(reopenWindow))));
            link.setObject(++i, texts(opened, group -> text(group.reports.get(0).reportedAt())));
            try (ResultSet rows = link.executeQuery()) {
                while (rows.next()) {
                    byJob.get(rows.getLong(1)).followsJobId = Long.toString(rows.getLong(2));
                }
            }
        }
    }

    /**
     * One text array parameter: each row's value, null where the row has none. Array parameters are Java arrays given
     * to {@code setObject}: pgjdbc sends a {@code String[]} (as {@code varchar[]}), {@code long[]}, {@code int[]},
     * {@code boolean[]} and {@code byte[][]} in PostgreSQL's binary array format, each element as it is. An
     * {@link java.sql.Array} from {@code createArrayOf} went as the text of an array literal instead: every element
     * quoted and escaped by the driver, a bytea as hex, a uuid printed from a {@code UUID} parsed for it, all parsed back
     * by the server's {@code array_in} before the statement's cast (session 17: most of the JVM's samples under this
     * class). The statements cast each parameter to the type they need ({@code varchar[]} to {@code uuid[]},
     * {@code jsonb[]} or {@code timestamptz[]} through each element's text, as before).
     */
    private static <T> String[] texts(List<T> rows, Function<T, String> value) {
        String[] values = new String[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value.apply(rows.get(i));
        }
        return values;
    }

    /** One bigint array parameter: each row's value. */
    private static <T> long[] longs(List<T> rows, ToLongFunction<T> value) {
        long[] values = new long[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value.applyAsLong(rows.get(i));
        }
        return values;
    }

    /**
     * Writes each recorded report's event in the batch's order: {@code OPENED} (history and outbox) for the report that
     * opened its job, followed by the listener's events of that job (history and outbox), and {@code REPORT_ADDED}
     * (outbox only) for one that joined. Each event carries the job as it stood when its report was recorded, as
     * {@link EventLog} reads it on the one-by-one path; the listener's events carry the job and its opening report alone,
     * as they stood when it was opened.
     */
    private static void writeEvents(Connection connection, List<StockoutReport> fresh, Map<Key, Group> groups, Instant now)
            throws SQLException {
        List<JobEvent> history = new ArrayList<>();
        List<JobEvent> outbox = new ArrayList<>(fresh.size());
        Map<Key, JobEvent.Job> asOfNow = new HashMap<>();
        for (StockoutReport report : fresh) {
            Key key = Key.of(report);
            Group group = groups.get(key);
            JobEvent.Job job = asOfNow.getOrDefault(key, group.before);
            List<JobEvent.Report> carried = List.of(carried(report));
            if (job == null) {
                job = new JobEvent.Job(report.outletId(), report.outletName(), report.locality(), report.city(), report.brand(),
                        report.sku(), micros(report.reportedAt()), null);
                Map<String, String> detail = new HashMap<>();
                detail.put("mention_id", report.mentionId());
                if (group.followsJobId != null) {
                    detail.put("follows_job_id", group.followsJobId);
                }
                JobEvent event = EventLog.event(group.jobId, JobEvent.Kind.OPENED, null, JobStatus.REPORTED, null,
                        JobStore.SYSTEM_ACTOR, JobStore.SYSTEM_ROLE, null, detail, now);
                history.add(event);
                outbox.add(event.with(job, carried));
                for (JobEvent placed : group.placed) {
                    history.add(placed);
                    outbox.add(placed.job() == null && EventLog.carriesJob(placed) ? placed.with(job, carried) : placed);
                }
            } else {
                Instant reportedAt = micros(report.reportedAt());
                if (reportedAt.isBefore(job.firstReportedAt())) {
                    job = new JobEvent.Job(job.outletId(), job.outletName(), job.locality(), job.city(), job.brand(), job.sku(),
                            reportedAt, job.restockedAt());
                }
                JobEvent event = EventLog.event(group.jobId, JobEvent.Kind.REPORT_ADDED, null, JobStatus.fromCode(group.status),
                        group.crewId, JobStore.SYSTEM_ACTOR, JobStore.SYSTEM_ROLE, null, Map.of("mention_id", report.mentionId()), now);
                outbox.add(event.with(job, carried));
            }
            asOfNow.put(key, job);
        }
        if (!history.isEmpty()) {
            insertHistory(connection, history);
        }
        if (!outbox.isEmpty()) {
            insertOutbox(connection, outbox, now);
        }
    }

    /** The report as an event carries it: what {@code stockout_report} holds of it. */
    private static JobEvent.Report carried(StockoutReport report) {
        return new JobEvent.Report(report.mentionId(), report.source().code(), report.reporter().id(), report.reporter().handle(),
                micros(report.reportedAt()), LanguageGuess.of(report.text()).code(), report.reporter().displayName());
    }

    /** History rows of the events, in their order. */
    private static void insertHistory(Connection connection, List<JobEvent> events) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_HISTORY)) {
            int i = 0;
            insert.setObject(++i, texts(events, JobEvent::eventId));
            insert.setObject(++i, longs(events, JobEvent::jobId));
            insert.setObject(++i, texts(events, event -> event.kind().name()));
            insert.setObject(++i, texts(events, JobEvent::fromStatus));
            insert.setObject(++i, texts(events, JobEvent::toStatus));
            insert.setObject(++i, texts(events, JobEvent::crewId));
            insert.setObject(++i, texts(events, JobEvent::actor));
            insert.setObject(++i, texts(events, JobEvent::actorRole));
            insert.setObject(++i, texts(events, JobEvent::reason));
            insert.setObject(++i, texts(events, event -> EventLog.detailJson(event.detail())));
            insert.setObject(++i, texts(events, event -> text(event.occurredAt())));
            insert.executeUpdate();
        }
    }

    private static void insertOutbox(Connection connection, List<JobEvent> events, Instant now) throws SQLException {
        byte[][] payloads = new byte[events.size()][];
        for (int i = 0; i < payloads.length; i++) {
            payloads[i] = EVENTS.serialize(Topics.JOB_EVENTS.name(), events.get(i));
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_OUTBOX)) {
            int i = 0;
            insert.setString(++i, Topics.JOB_EVENTS.name());
            insert.setObject(++i, utc(now));
            insert.setObject(++i, texts(events, JobEvent::eventId));
            insert.setObject(++i, texts(events, event -> Long.toString(event.jobId())));
            insert.setObject(++i, payloads);
            insert.executeUpdate();
        }
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** An instant as a {@code timestamptz[]} element, to the microsecond PostgreSQL keeps. */
    private static String text(Instant instant) {
        return micros(instant).toString();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(micros(instant), ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
