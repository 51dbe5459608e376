package org.restockradar.rewards;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.restockradar.dbkit.store.StoreUnavailableException;
import org.restockradar.dbkit.store.Transactions;

/**
 * Claims of gifts by their reporters (table {@code gift_claim}): the claim link of a gift's message carries its token, and
 * the claim page shows the gift and takes the delivery address, which marketers then see with the gift.
 */
public final class GiftClaims {
    /** Longest name, address or phone number taken. */
    static final int MAX_FIELD = 500;

    private static final String GIFT = """
            SELECT g.id, g.source, g.handle, g.gift_type, g.status, c.claimed_at, %s AS name
            FROM gift g LEFT JOIN gift_claim c ON c.gift_id = g.id
            WHERE g.claim_token = ?
            """.formatted(GiftNote.NAME_OF_GIFT_REPORTER);
    private static final String CLAIM = """
            INSERT INTO gift_claim (gift_id, name, address, phone, claimed_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (gift_id) DO UPDATE SET name = EXCLUDED.name, address = EXCLUDED.address, phone = EXCLUDED.phone,
                claimed_at = EXCLUDED.claimed_at
            """;

    /** A gift as its claim page shows it: no personal data but whether it was claimed. */
    public record Claimable(long giftId, String greetingName, String giftType, GiftStatus status, Instant claimedAt) {
        /** Whether the address may still be given or changed: not once the gift is shipped. */
        public boolean open() {
            return status == GiftStatus.QUEUED || status == GiftStatus.ADDRESS_REQUESTED;
        }
    }

    /** What the reporter gave. */
    public record Claim(String name, String address, String phone) {
        public Claim {
            name = required(name, "name");
            address = required(address, "address");
            phone = phone == null || phone.isBlank() ? null : limited(phone.trim(), "phone");
        }

        private static String required(String value, String field) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("the " + field + " is required");
            }
            return limited(value.trim(), field);
        }

        private static String limited(String value, String field) {
            if (value.length() > MAX_FIELD) {
                throw new IllegalArgumentException("the " + field + " is longer than " + MAX_FIELD + " characters");
            }
            return value;
        }
    }

    /** The gift is shipped already: its delivery details can no longer change. */
    public static final class ShippedAlready extends RuntimeException {
        ShippedAlready(long giftId, GiftStatus status) {
            super("gift " + giftId + " is " + status.code() + " already: its delivery details can no longer change");
        }
    }

    private final DataSource dataSource;
    private final Clock clock;

    public GiftClaims(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The gift of a claim token, or empty. */
    public Optional<Claimable> find(String token) {
        try (Connection connection = dataSource.getConnection()) {
            return find(connection, token);
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot read a gift by its claim token: " + e.getMessage(), e);
        }
    }

    /**
     * Keeps the reporter's delivery details for the gift of the token.
     *
     * @return the gift, or empty when the token is of no gift
     * @throws ShippedAlready when the gift is shipped already (nothing kept)
     */
    public Optional<Claimable> claim(String token, Claim claim) {
        Objects.requireNonNull(claim, "claim");
        try {
            return Transactions.inTransaction(dataSource, connection -> {
                Optional<Claimable> gift = find(connection, token);
                if (gift.isEmpty()) {
                    return gift;
                }
                if (!gift.get().open()) {
                    throw new ShippedAlready(gift.get().giftId(), gift.get().status());
                }
                Instant now = clock.instant();
                try (PreparedStatement insert = connection.prepareStatement(CLAIM)) {
                    insert.setLong(1, gift.get().giftId());
                    insert.setString(2, claim.name());
                    insert.setString(3, claim.address());
                    insert.setString(4, claim.phone());
                    insert.setObject(5, Ledger.utc(now));
                    insert.executeUpdate();
                }
                return find(connection, token);
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot keep a gift claim: " + e.getMessage(), e);
        }
    }

    private static Optional<Claimable> find(Connection connection, String token) throws SQLException {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try (PreparedStatement select = connection.prepareStatement(GIFT)) {
            select.setString(1, token);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Claimable(row.getLong(1), GiftNote.greetingName(row.getString(2), row.getString(3), row.getString(7)), row.getString(4),
                        GiftStatus.fromCode(row.getString(5)), Ledger.instant(row, 6)));
            }
        }
    }
}
