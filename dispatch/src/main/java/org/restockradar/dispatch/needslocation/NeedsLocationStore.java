package org.restockradar.dispatch.needslocation;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.restockradar.contracts.Json;
import org.restockradar.contracts.StockoutReport;
import org.restockradar.dbkit.store.StoreUnavailableException;
import org.restockradar.dbkit.store.Transactions;
import org.restockradar.access.Actor;
import org.restockradar.dispatch.intake.ReportRecorder;
import org.restockradar.dispatch.store.Recorded;

/**
 * The reports that the understanding stage could not place at an outlet, kept until ops place them (which records
 * the report as if the stage had matched the outlet, opening or joining a job) or dismiss them.
 *
 * <p>Taking a report is idempotent by mention id; so is placing it at the same outlet again, which answers with the
 * job of the first placing. Placing a report at another outlet than before, or placing a dismissed one, is refused.
 */
public final class NeedsLocationStore {
    /** How many outlets of the report's city are offered as candidates. */
    public static final int CANDIDATES = 8;

    /** One row per report, in the order given; a mention kept before or earlier in the batch is passed over. */
    private static final String TAKE_ALL = """
            INSERT INTO needs_location_report (mention_id, report, brand, sku, city, locality, reporter_handle, text,
                                               reported_at, received_at)
            SELECT r.mention_id, r.report, r.brand, r.sku, r.city, r.locality, r.reporter_handle, r.text, r.reported_at, ?
            FROM unnest(?::text[], ?::jsonb[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[])
                 WITH ORDINALITY AS r(mention_id, report, brand, sku, city, locality, reporter_handle, text, reported_at, position)
            ORDER BY r.position
            ON CONFLICT (mention_id) DO NOTHING
            RETURNING mention_id""";

    private final DataSource dataSource;
    private final ReportRecorder recorder;
    private final Clock clock;

    /**
     * @param recorder where a placed report goes: {@code JobStore::record} in the service
     */
    public NeedsLocationStore(DataSource dataSource, ReportRecorder recorder, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A report waiting for (or resolved by) ops, with outlets of its city that it may have meant. */
    public record Entry(String mentionId, String text, String reporterHandle, String source, String brand, String sku,
                        String city, String locality, Instant reportedAt, String status, String outletId, Long jobId,
                        List<Candidate> candidates) {
        public Entry {
            candidates = List.copyOf(candidates);
        }
    }

    /** An outlet a report may have meant: one of its city, those of its locality first. */
    public record Candidate(String id, String name, String locality) {
    }

    /** A report that was placed or dismissed before and cannot be placed now. */
    public static final class ResolvedException extends RuntimeException {
        public ResolvedException(String message) {
            super(message);
        }
    }

    /** No report or no outlet of that id. */
    public static final class NotFoundException extends RuntimeException {
        public NotFoundException(String message) {
            super(message);
        }
    }

    /** Keeps the report for ops. Returns false when it was kept before (a redelivery): nothing changes then. */
    public boolean take(StockoutReport report) {
        return takeAll(List.of(Objects.requireNonNull(report, "report"))).get(0);
    }

    /**
     * Keeps the reports for ops, in one statement and one transaction. A report kept before, or earlier in the list,
     * changes nothing.
     *
     * @return for each report in order, whether it was kept now (false for a redelivery or a repeat)
     * @throws IllegalArgumentException  the database refuses the values of a report (SQLSTATE class 22, a data
     *                                   exception: a NUL character in a text, say); nothing was kept, and the same
     *                                   call will be refused again
     * @throws StoreUnavailableException the database failed; nothing was kept and the same call may succeed later
     */
    public List<Boolean> takeAll(List<StockoutReport> reports) {
        if (reports.isEmpty()) {
            return List.of();
        }
        int size = reports.size();
        Object[] mentionIds = new Object[size];
        Object[] json = new Object[size];
        Object[][] texts = new Object[6][size];
        Object[] reportedAt = new Object[size];
        for (int i = 0; i < size; i++) {
            StockoutReport report = Objects.requireNonNull(reports.get(i), "report");
            mentionIds[i] = report.mentionId();
            try {
                json[i] = Json.mapper().writeValueAsString(report);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("cannot write report " + report.mentionId() + " as JSON", e);
            }
            texts[0][i] = report.brand();
            texts[1][i] = report.sku();
            texts[2][i] = report.city();
            texts[3][i] = report.locality();
            texts[4][i] = report.reporter().handle();
            texts[5][i] = report.text();
            reportedAt[i] = report.reportedAt().truncatedTo(ChronoUnit.MICROS).toString();
        }
        Set<String> kept = new HashSet<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(TAKE_ALL)) {
            int i = 0;
            insert.setObject(++i, OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
            insert.setArray(++i, connection.createArrayOf("text", mentionIds));
            insert.setArray(++i, connection.createArrayOf("text", json));
            for (Object[] column : texts) {
                insert.setArray(++i, connection.createArrayOf("text", column));
            }
            insert.setArray(++i, connection.createArrayOf("text", reportedAt));
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    kept.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            String what = "cannot keep " + size + " needs-location reports from " + reports.get(0).mentionId();
            if (e.getSQLState() != null && e.getSQLState().startsWith("22")) {
                throw new IllegalArgumentException(what + ": the database refuses their values: " + e.getMessage(), e);
            }
            throw new StoreUnavailableException(what, e);
        }
        List<Boolean> outcomes = new ArrayList<>(size);
        for (StockoutReport report : reports) {
            // remove: a repeat later in the list was not kept by this call
            outcomes.add(kept.remove(report.mentionId()));
        }
        return outcomes;
    }

    /** The reports in a status ({@code open}, {@code placed} or {@code dismissed}), oldest first, with candidates. */
    public List<Entry> list(String status, int limit) {
        if (!List.of("open", "placed", "dismissed").contains(status)) {
            throw new IllegalArgumentException("status must be open, placed or dismissed, not " + status);
        }
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be within 1..500: " + limit);
        }
        String sql = """
                SELECT r.mention_id, r.text, r.reporter_handle, r.report->>'source' AS source, r.brand, r.sku, r.city,
                       r.locality, r.reported_at, r.status, r.outlet_id, r.job_id, c.id AS candidate_id,
                       c.name AS candidate_name, c.locality AS candidate_locality
                FROM (SELECT * FROM needs_location_report WHERE status = ? ORDER BY reported_at, mention_id LIMIT ?) r
                LEFT JOIN LATERAL (
                    SELECT o.id, o.name, o.locality,
                           (r.locality IS NOT NULL AND lower(coalesce(o.locality, '')) = lower(r.locality)) AS same_locality
                    FROM outlet o
                    WHERE o.removed_at IS NULL AND r.city IS NOT NULL AND lower(o.city) = lower(r.city)
                    ORDER BY same_locality DESC, o.name, o.id
                    LIMIT ?) c ON true
                ORDER BY r.reported_at, r.mention_id, c.same_locality DESC NULLS LAST, c.name, c.id""";
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, status);
            query.setInt(2, limit);
            query.setInt(3, CANDIDATES);
            Map<String, Entry> entries = new LinkedHashMap<>();
            Map<String, List<Candidate>> candidates = new LinkedHashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String mentionId = rows.getString("mention_id");
                    List<Candidate> list = candidates.computeIfAbsent(mentionId, id -> new ArrayList<>());
                    if (!entries.containsKey(mentionId)) {
                        long jobId = rows.getLong("job_id");
                        entries.put(mentionId, new Entry(mentionId, rows.getString("text"), rows.getString("reporter_handle"),
                                rows.getString("source"), rows.getString("brand"), rows.getString("sku"), rows.getString("city"),
                                rows.getString("locality"), rows.getTimestamp("reported_at").toInstant(), rows.getString("status"),
                                rows.getString("outlet_id"), rows.wasNull() ? null : jobId, List.of()));
                    }
                    String candidateId = rows.getString("candidate_id");
                    if (candidateId != null) {
                        list.add(new Candidate(candidateId, rows.getString("candidate_name"), rows.getString("candidate_locality")));
                    }
                }
            }
            List<Entry> result = new ArrayList<>(entries.size());
            entries.forEach((id, entry) -> result.add(new Entry(entry.mentionId(), entry.text(), entry.reporterHandle(), entry.source(),
                    entry.brand(), entry.sku(), entry.city(), entry.locality(), entry.reportedAt(), entry.status(), entry.outletId(),
                    entry.jobId(), candidates.get(id))));
            return result;
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot list " + status + " needs-location reports", e);
        }
    }

    /**
     * Places the report at the outlet: records it as a report of that outlet (opening a job or joining the open one)
     * and marks it placed. The row stays locked meanwhile, so that two people placing the same report at once are
     * served one after the other.
     *
     * @return what recording the report did; for a report placed at the same outlet before, the job it went to
     * @throws NotFoundException no such report or outlet
     * @throws ResolvedException the report was dismissed, or placed at another outlet
     */
    public Recorded place(String mentionId, String outletId, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (outletId == null || outletId.isBlank()) {
            throw new IllegalArgumentException("outlet_id is missing");
        }
        try {
            return Transactions.inTransaction(dataSource, connection -> {
                Row row = lock(connection, mentionId);
                if (row.status().equals("dismissed")) {
                    throw new ResolvedException("report " + mentionId + " was dismissed; it cannot be placed");
                }
                if (row.status().equals("placed") && !row.outletId().equals(outletId)) {
                    throw new ResolvedException("report " + mentionId + " was placed at outlet " + row.outletId() + " already");
                }
                StockoutReport placed = placedAt(row.report(), outlet(connection, outletId));
                Recorded recorded = recorder.record(placed);
                if (row.status().equals("open")) {
                    try (PreparedStatement update = connection.prepareStatement("""
                            UPDATE needs_location_report SET status = 'placed', outlet_id = ?, job_id = ?, resolved_by = ?, resolved_at = ?
                            WHERE mention_id = ?""")) {
                        update.setString(1, outletId);
                        update.setLong(2, recorded.jobId());
                        update.setString(3, actor.id());
                        update.setTimestamp(4, Timestamp.from(clock.instant()));
                        update.setString(5, mentionId);
                        update.executeUpdate();
                    }
                }
                return recorded;
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot place needs-location report " + mentionId, e);
        }
    }

    /**
     * Dismisses an open report (not a real report, a shop we do not serve). Dismissing it again changes nothing.
     *
     * @throws ResolvedException the report was placed
     */
    public void dismiss(String mentionId, String reason, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason is missing: say why the report is dismissed");
        }
        try {
            Transactions.inTransaction(dataSource, connection -> {
                Row row = lock(connection, mentionId);
                if (row.status().equals("placed")) {
                    throw new ResolvedException("report " + mentionId + " was placed at outlet " + row.outletId() + "; it cannot be dismissed");
                }
                if (row.status().equals("open")) {
                    try (PreparedStatement update = connection.prepareStatement("""
                            UPDATE needs_location_report SET status = 'dismissed', dismiss_reason = ?, resolved_by = ?, resolved_at = ?
                            WHERE mention_id = ?""")) {
                        update.setString(1, reason);
                        update.setString(2, actor.id());
                        update.setTimestamp(3, Timestamp.from(clock.instant()));
                        update.setString(4, mentionId);
                        update.executeUpdate();
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot dismiss needs-location report " + mentionId, e);
        }
    }

    private record Row(String status, String outletId, StockoutReport report) {
    }

    private record OutletRow(String id, String name, String locality, String city) {
    }

    private static Row lock(Connection connection, String mentionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT status, outlet_id, report::text FROM needs_location_report WHERE mention_id = ? FOR UPDATE")) {
            select.setString(1, mentionId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new NotFoundException("no needs-location report " + mentionId);
                }
                return new Row(rows.getString(1), rows.getString(2), Json.mapper().readValue(rows.getString(3), StockoutReport.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("needs-location report " + mentionId + " holds JSON that is not a report", e);
            }
        }
    }

    private static OutletRow outlet(Connection connection, String outletId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, name, locality, city FROM outlet WHERE id = ? AND removed_at IS NULL")) {
            select.setString(1, outletId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new NotFoundException("no outlet " + outletId + " in the registry");
                }
                return new OutletRow(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4));
            }
        }
    }

    /** The report as the stage would have written it had it matched the outlet; the confidence stays the stage's. */
    private static StockoutReport placedAt(StockoutReport report, OutletRow outlet) {
        return new StockoutReport(report.mentionId(), report.source(), report.reportedAt(), report.reporter(), report.text(),
                report.brand(), report.sku(), outlet.id(), outlet.name(), outlet.locality(), outlet.city(), report.confidence());
    }
}
