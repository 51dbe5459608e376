package org.restockradar.alerts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.restockradar.dbkit.store.StoreUnavailableException;
import org.restockradar.dbkit.store.Transactions;

/** What ops were told of a job: its alerts, by channel, and what became of each. */
public final class AlertLog {

    /** One alert as ops see it. @param sentAt null until sent; @param lastError why it was not sent yet, or failed */
    public record Entry(String channel, String kind, String status, int attempts, Instant plannedAt, Instant sentAt, String lastError) {
    }

    private final DataSource dataSource;

    public AlertLog(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** The job's alerts, oldest first. */
    public List<Entry> ofJob(long jobId) {
        try {
            return Transactions.inTransaction(dataSource, connection -> {
                try (PreparedStatement select = connection.prepareStatement("""
                        SELECT channel, kind, status, attempts, planned_at, sent_at, last_error FROM alert WHERE job_id = ? ORDER BY id""")) {
                    select.setLong(1, jobId);
                    List<Entry> entries = new ArrayList<>();
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            entries.add(new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), instant(rs.getTimestamp(5)),
                                    instant(rs.getTimestamp(6)), rs.getString(7)));
                        }
                    }
                    return entries;
                }
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot read the alerts of job " + jobId, e);
        }
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
