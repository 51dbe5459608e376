package org.restockradar.replies;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.restockradar.dbkit.store.StoreUnavailableException;
import org.restockradar.dbkit.store.Transactions;

/**
 * Reads the {@code reply} rows: what was planned for whom, and what became of it. Besides the stored statuses, the
 * filter {@value #OPTED_OUT} picks the replies skipped because the reporter had opted out.
 */
public final class ReplyLog {
    /** The filter and outcome of a reply skipped because its reporter opted out. */
    public static final String OPTED_OUT = "opted_out";
    static final Set<String> STATUSES = Set.of("pending", "sending", "sent", "failed", "skipped", OPTED_OUT);
    public static final int MAX_LIMIT = 500;

    /** One reply as ops see it (no text: it is rebuilt from the template when sent). */
    public record Entry(long id, long jobId, String kind, String source, String reporterId, String reporterHandle, String mentionId,
                        String status, int attempts, String language, Instant plannedAt, Instant nextAttemptAt, Instant sentAt,
                        String externalId, String lastError) {
        /** The status, or {@value #OPTED_OUT} for a reply skipped because its reporter opted out. */
        public String outcome() {
            return "skipped".equals(status) && ReplySender.OPTED_OUT.equals(lastError) ? OPTED_OUT : status;
        }
    }

    private final DataSource dataSource;

    public ReplyLog(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * @param jobId  only this job's replies, or null for all
     * @param status only replies in this status, or null
     */
    public List<Entry> list(Long jobId, String status, int limit) {
        if (status != null && !STATUSES.contains(status)) {
            throw new IllegalArgumentException("status must be one of " + STATUSES.stream().sorted().toList() + ": '" + status + "'");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be within [1, " + MAX_LIMIT + "]: " + limit);
        }
        try {
            return Transactions.inTransaction(dataSource, connection -> {
                try (PreparedStatement select = connection.prepareStatement("""
                        SELECT id, job_id, kind, source, reporter_id, reporter_handle, mention_id, status, attempts, language,
                               planned_at, next_attempt_at, sent_at, external_id, last_error
                        FROM reply WHERE (?::bigint IS NULL OR job_id = ?) AND (?::text IS NULL OR status = ?) AND (?::text IS NULL OR last_error = ?)
                        ORDER BY id DESC LIMIT ?""")) {
                    select.setObject(1, jobId);
                    select.setObject(2, jobId);
                    boolean optedOut = OPTED_OUT.equals(status);
                    String stored = optedOut ? "skipped" : status;
                    String reason = optedOut ? ReplySender.OPTED_OUT : null;
                    select.setString(3, stored);
                    select.setString(4, stored);
                    select.setString(5, reason);
                    select.setString(6, reason);
                    select.setInt(7, limit);
                    List<Entry> entries = new ArrayList<>();
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            entries.add(new Entry(rs.getLong("id"), rs.getLong("job_id"), rs.getString("kind"), rs.getString("source"),
                                    rs.getString("reporter_id"), rs.getString("reporter_handle"), rs.getString("mention_id"), rs.getString("status"),
                                    rs.getInt("attempts"), rs.getString("language"), instant(rs.getTimestamp("planned_at")),
                                    instant(rs.getTimestamp("next_attempt_at")), instant(rs.getTimestamp("sent_at")), rs.getString("external_id"),
                                    rs.getString("last_error")));
                        }
                    }
                    return entries;
                }
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot read replies", e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
