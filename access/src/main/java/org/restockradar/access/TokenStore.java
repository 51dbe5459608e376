package org.restockradar.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.restockradar.dbkit.store.StoreUnavailableException;

/**
 * The API's bearer tokens: issues a random token for an actor (ops, a crew member, a marketer), keeping only its
 * SHA-256, and tells the actor of a token presented with a request. A token may carry an expiry and may be revoked
 * (by its id, or all of an actor's); an expired or revoked token names nobody, and {@link #verify} says which it is.
 * A token that names its actor has its last use noted, to the minute ({@link #list}).
 */
public final class TokenStore {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;
    /** A token's last use is written when it is older than this: at most one write a minute per token, not one per request. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final DataSource dataSource;
    private final Clock clock;

    public TokenStore(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A token just issued: its id (to revoke it by) and the token itself, the only time it is seen in clear. */
    public record Issued(long id, String token, Instant expiresAt) {
        public Issued {
            Objects.requireNonNull(token, "token");
        }
    }

    /**
     * What a presented token comes to: its actor, or why it names nobody.
     *
     * @param actor   the actor of a valid token, else null
     * @param refusal why the token is refused ({@code "the token expired at ..."}), else null
     */
    public record Verdict(Actor actor, String refusal) {
        public Verdict {
            if ((actor == null) == (refusal == null)) {
                throw new IllegalArgumentException("a verdict is an actor or a refusal, not both or neither");
            }
        }
    }

    /**
     * A token as ops may see it: everything but the token itself, which is not kept.
     *
     * @param crewId     the crew of a crew member's token, else null
     * @param lastUsedAt when the token last named its actor, to the minute; null when never
     * @param expiresAt  null for a token valid until revoked
     * @param revokedAt  null for a token not revoked
     */
    public record Listed(long id, String actorId, Role role, String crewId, Instant createdAt, Instant lastUsedAt,
                         Instant expiresAt, Instant revokedAt) {
        public Listed {
            Objects.requireNonNull(actorId, "actorId");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    private static final String UNKNOWN = "the token is unknown or revoked";

    /**
     * A new token for the actor that never expires (until revoked); the only time it is seen in clear.
     *
     * @throws IllegalArgumentException for the system actor, which needs no token
     */
    public String issue(Actor actor) {
        return issue(actor, null).token();
    }

    /**
     * A new token for the actor, valid until {@code expiresAt} (null: until revoked).
     *
     * @throws IllegalArgumentException for the system actor, which needs no token, or an expiry not after now
     */
    public Issued issue(Actor actor, Instant expiresAt) {
        if (actor.role() == Role.SYSTEM) {
            throw new IllegalArgumentException("the dispatcher's own actor takes no token");
        }
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("a token must expire after now (" + now + "), not at " + expiresAt);
        }
        byte[] raw = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(raw);
        String token = "rr_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO api_token (token_sha256, actor_id, role, crew_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
            insert.setBytes(1, sha256(token));
            insert.setString(2, actor.id());
            insert.setString(3, actor.role().code());
            insert.setString(4, actor.crewId());
            insert.setObject(5, utc(now));
            insert.setObject(6, expiresAt == null ? null : utc(expiresAt));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return new Issued(row.getLong(1), token, expiresAt);
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot issue a token for " + actor.id() + ": " + e.getMessage(), e);
        }
    }

    /** The actor of a token that was issued, has not expired and was not revoked. */
    public Optional<Actor> actorOf(String token) {
        return Optional.ofNullable(verify(token).actor());
    }

    /** The actor of a token, or why it names nobody: unknown, expired (at when), revoked (at when). */
    public Verdict verify(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return new Verdict(null, UNKNOWN);
        }
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT id, actor_id, role, crew_id, expires_at, revoked_at, last_used_at FROM api_token WHERE token_sha256 = ?")) {
            select.setBytes(1, sha256(token.trim()));
            Verdict verdict;
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return new Verdict(null, UNKNOWN);
                }
                OffsetDateTime revokedAt = row.getObject("revoked_at", OffsetDateTime.class);
                if (revokedAt != null) {
                    return new Verdict(null, "the token was revoked at " + revokedAt.toInstant() + "; ask ops for a new one");
                }
                OffsetDateTime expiresAt = row.getObject("expires_at", OffsetDateTime.class);
                if (expiresAt != null && !now.isBefore(expiresAt.toInstant())) {
                    return new Verdict(null, "the token expired at " + expiresAt.toInstant() + "; ask ops for a new one");
                }
                verdict = new Verdict(new Actor(row.getString("actor_id"), Role.valueOf(row.getString("role").toUpperCase(Locale.ROOT)),
                        row.getString("crew_id")), null);
                OffsetDateTime lastUsedAt = row.getObject("last_used_at", OffsetDateTime.class);
                if (lastUsedAt == null || !lastUsedAt.toInstant().plus(LAST_USED_RESOLUTION).isAfter(now)) {
                    noteUse(connection, row.getLong("id"), now);
                }
            }
            return verdict;
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot check a token: " + e.getMessage(), e);
        }
    }

    private static void noteUse(Connection connection, long id, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE api_token SET last_used_at = ? WHERE id = ?")) {
            update.setObject(1, utc(now));
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    /** Every token ever issued, oldest first, without the tokens themselves (only their SHA-256 is kept). */
    public List<Listed> list() {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT id, actor_id, role, crew_id, created_at, last_used_at, expires_at, revoked_at FROM api_token ORDER BY id")) {
            List<Listed> listed = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    listed.add(new Listed(row.getLong("id"), row.getString("actor_id"), Role.valueOf(row.getString("role").toUpperCase(Locale.ROOT)),
                            row.getString("crew_id"), instant(row, "created_at"), instant(row, "last_used_at"), instant(row, "expires_at"),
                            instant(row, "revoked_at")));
                }
            }
            return listed;
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot list the tokens: " + e.getMessage(), e);
        }
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * Revokes one token by its id.
     *
     * @return whether a token that was not yet revoked is revoked now; false for an unknown id or one revoked before
     */
    public boolean revoke(long id) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
            update.setObject(1, utc(clock.instant()));
            update.setLong(2, id);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot revoke token " + id + ": " + e.getMessage(), e);
        }
    }

    /** Revokes every token of an actor. */
    public int revokeAll(String actorId) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "UPDATE api_token SET revoked_at = ? WHERE actor_id = ? AND revoked_at IS NULL")) {
            update.setObject(1, utc(clock.instant()));
            update.setString(2, actorId);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot revoke the tokens of " + actorId + ": " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of a token in base64: what may be kept in memory in its place (the rate limit counts by it). */
    static String digest(String token) {
        return Base64.getEncoder().encodeToString(sha256(token));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
