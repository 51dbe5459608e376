package org.restockradar.replies;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;
import org.restockradar.contracts.Reporters;
import org.restockradar.contracts.Source;
import org.restockradar.dbkit.store.StoreUnavailableException;
import org.restockradar.dbkit.store.Transactions;

/**
 * The phone numbers replies go to ({@code reply_contact}). Ingest keeps an SMS or WhatsApp reporter only as
 * {@code phone-<first 20 hex digits of the SHA-256 of the number's digits>} ({@link Reporters#phoneId}, the rule ingest files them under), so
 * WhatsApp, which needs the number, can only reply once someone who has it gives it here; the number must hash to
 * the reporter's id, so a number cannot be filed under someone else.
 */
public final class ReplyContacts {
    private final DataSource dataSource;
    private final Clock clock;

    public ReplyContacts(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @throws IllegalArgumentException when the source takes no number or the number is not the reporter's */
    public void put(Source source, String reporterId, String phone) {
        if (source != Source.SMS && source != Source.WHATSAPP) {
            throw new IllegalArgumentException("only sms and whatsapp reporters have a number; " + source.code() + " replies go to the post");
        }
        OptOuts.requireReporter(reporterId);
        if (phone == null || phone.replaceAll("[^0-9]", "").length() < 6) {
            throw new IllegalArgumentException("a phone number in international form is required, e.g. +919812345678");
        }
        if (!Reporters.phoneId(phone).equals(reporterId)) {
            throw new IllegalArgumentException("that number is not the one of reporter " + reporterId);
        }
        run("keep the number of " + source.code() + " reporter " + reporterId, connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO reply_contact (source, reporter_id, address, updated_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (source, reporter_id) DO UPDATE SET address = EXCLUDED.address, updated_at = EXCLUDED.updated_at""")) {
                upsert.setString(1, source.code());
                upsert.setString(2, reporterId);
                upsert.setString(3, "+" + phone.replaceAll("[^0-9]", ""));
                upsert.setTimestamp(4, Timestamp.from(clock.instant()));
                return upsert.executeUpdate();
            }
        });
    }

    /** @return true when there was a number */
    public boolean remove(Source source, String reporterId) {
        return run("forget the number of " + source.code() + " reporter " + reporterId, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM reply_contact WHERE source = ? AND reporter_id = ?")) {
                delete.setString(1, source.code());
                delete.setString(2, reporterId);
                return delete.executeUpdate() == 1;
            }
        });
    }

    private <T> T run(String what, Transactions.Work<T> work) {
        try {
            return Transactions.inTransaction(dataSource, work);
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot " + what, e);
        }
    }
}
