package org.restockradar.replies;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;
import org.restockradar.contracts.Source;
import org.restockradar.dbkit.store.StoreUnavailableException;
import org.restockradar.dbkit.store.Transactions;

/**
 * Reporters who want no replies ({@code reply_opt_out}). The sender checks it before each send; opting out also
 * forgets the number ops gave for the reporter ({@code reply_contact}).
 */
public final class OptOuts {
    private final DataSource dataSource;
    private final Clock clock;

    public OptOuts(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return true when the reporter was not opted out before */
    public boolean optOut(Source source, String reporterId, String reason) {
        requireReporter(reporterId);
        return run("opt " + source.code() + " reporter " + reporterId + " out", connection -> {
            try (PreparedStatement forget = connection.prepareStatement("DELETE FROM reply_contact WHERE source = ? AND reporter_id = ?")) {
                forget.setString(1, source.code());
                forget.setString(2, reporterId);
                forget.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO reply_opt_out (source, reporter_id, opted_out_at, reason) VALUES (?, ?, ?, ?)
                    ON CONFLICT (source, reporter_id) DO NOTHING""")) {
                insert.setString(1, source.code());
                insert.setString(2, reporterId);
                insert.setTimestamp(3, Timestamp.from(clock.instant()));
                insert.setString(4, reason);
                return insert.executeUpdate() == 1;
            }
        });
    }

    /** @return true when the reporter was opted out before */
    public boolean optIn(Source source, String reporterId) {
        requireReporter(reporterId);
        return run("opt " + source.code() + " reporter " + reporterId + " in", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM reply_opt_out WHERE source = ? AND reporter_id = ?")) {
                delete.setString(1, source.code());
                delete.setString(2, reporterId);
                return delete.executeUpdate() == 1;
            }
        });
    }

    public boolean isOptedOut(Source source, String reporterId) {
        return run("read the opt-out of " + source.code() + " reporter " + reporterId, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM reply_opt_out WHERE source = ? AND reporter_id = ?")) {
                select.setString(1, source.code());
                select.setString(2, reporterId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    static void requireReporter(String reporterId) {
        if (reporterId == null || reporterId.isBlank()) {
            throw new IllegalArgumentException("a reporter id is required: '" + reporterId + "'");
        }
    }

    private <T> T run(String what, Transactions.Work<T> work) {
        try {
            return Transactions.inTransaction(dataSource, work);
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot " + what, e);
        }
    }
}
