package org.restockradar.dispatch.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.restockradar.dbkit.store.StoreUnavailableException;

/**
 * The API's bearer tokens: issues a random token for an actor (ops, a crew member, a marketer), keeping only its
 * SHA-256, and tells the actor of a token presented with a request.
 */
public final class TokenStore {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    private final DataSource dataSource;
    private final Clock clock;

    public TokenStore(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A new token for the actor; the only time it is seen in clear.
     *
     * @throws IllegalArgumentException for the system actor, which needs no token
     */
    public String issue(Actor actor) {
        if (actor.role() == Role.SYSTEM) {
            throw new IllegalArgumentException("the dispatcher's own actor takes no token");
        }
        byte[] raw = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(raw);
        String token = "rr_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO api_token (token_sha256, actor_id, role, crew_id, created_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setBytes(1, sha256(token));
            insert.setString(2, actor.id());
            insert.setString(3, actor.role().code());
            insert.setString(4, actor.crewId());
            insert.setObject(5, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot issue a token for " + actor.id() + ": " + e.getMessage(), e);
        }
        return token;
    }

    /** The actor of a token that was issued and not revoked. */
    public Optional<Actor> actorOf(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT actor_id, role, crew_id FROM api_token WHERE token_sha256 = ? AND revoked_at IS NULL")) {
            select.setBytes(1, sha256(token.trim()));
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Actor(row.getString(1), Role.valueOf(row.getString(2).toUpperCase(Locale.ROOT)), row.getString(3)));
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot check a token: " + e.getMessage(), e);
        }
    }

    /** Revokes every token of an actor. */
    public int revokeAll(String actorId) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "UPDATE api_token SET revoked_at = ? WHERE actor_id = ? AND revoked_at IS NULL")) {
            update.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            update.setString(2, actorId);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot revoke the tokens of " + actorId + ": " + e.getMessage(), e);
        }
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
