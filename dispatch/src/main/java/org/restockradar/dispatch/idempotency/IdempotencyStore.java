package org.restockradar.dispatch.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;
import javax.sql.DataSource;
import org.restockradar.dbkit.store.StoreUnavailableException;
import org.restockradar.dbkit.store.Transactions;

/**
 * The answers to keyed requests, in table {@code idempotent_request}, one row per actor and key: taken by
 * {@link #begin} before the request is handled, given its answer by {@link #answer} after. A key is the caller's own:
 * two actors may use the same one. A key used again for another request (another path or body) is a mismatch, never a
 * replay.
 */
public final class IdempotencyStore {
    /** How long an answer is kept: a phone left offline over a long weekend still replays its queue safely. */
    public static final Duration KEPT_FOR = Duration.ofDays(7);
    /**
     * A request still unanswered after this died with its server (a request's work takes well under a second): its
     * key may be used again, and the request runs again under the lifecycle's own rules.
     */
    public static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    /** A stored answer: its status, content type (null for none) and body. */
    public record Answer(int status, String contentType, String body) {
        public Answer {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("not an HTTP status: " + status);
            }
            Objects.requireNonNull(body, "body");
        }
    }

    /** What {@link #begin} found. */
    public sealed interface Begun permits Fresh, Replay, InFlight, Mismatch {
    }

    /** The key is new (or its first request was abandoned): handle the request, then {@link #answer}. */
    public record Fresh() implements Begun {
    }

    /** The key was answered: send this answer again and do nothing else. */
    public record Replay(Answer answer) implements Begun {
    }

    /** The first request with the key is still being handled. */
    public record InFlight(Instant since) implements Begun {
    }

    /** The key was used for another request: {@code request} names that one. */
    public record Mismatch(String request) implements Begun {
    }

    private final DataSource dataSource;
    private final Clock clock;

    public IdempotencyStore(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Takes the key for a request, or finds what became of it. The actor's answers older than {@link #KEPT_FOR} go first.
     *
     * @param request     the request in words ({@code POST /api/jobs/7/accept}), for the mismatch message
     * @param fingerprint what makes two requests the same (a digest of method, path and body)
     */
    public Begun begin(String actorId, String key, String request, byte[] fingerprint) {
        Instant now = clock.instant();
        try {
            return Transactions.inTransaction(dataSource, connection -> {
                try (PreparedStatement expire = connection.prepareStatement(
                        "DELETE FROM idempotent_request WHERE actor_id = ? AND created_at < ?")) {
                    expire.setString(1, actorId);
                    expire.setObject(2, utc(now.minus(KEPT_FOR)));
                    expire.executeUpdate();
                }
                try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO idempotent_request (actor_id, idempotency_key, request, fingerprint, created_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
                    insert.setString(1, actorId);
                    insert.setString(2, key);
                    insert.setString(3, request);
                    insert.setBytes(4, fingerprint);
                    insert.setObject(5, utc(now));
                    if (insert.executeUpdate() == 1) {
                        return new Fresh();
                    }
                }
                return existing(connection, actorId, key, fingerprint, now);
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot look up idempotency key " + key + " of " + actorId + ": " + e.getMessage(), e);
        }
    }

    private static Begun existing(Connection connection, String actorId, String key, byte[] fingerprint, Instant now) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT request, fingerprint, status, content_type, body, created_at FROM idempotent_request
                WHERE actor_id = ? AND idempotency_key = ? FOR UPDATE""")) {
            select.setString(1, actorId);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("idempotency key " + key + " of " + actorId + " neither inserted nor found");
                }
                if (!Arrays.equals(row.getBytes("fingerprint"), fingerprint)) {
                    return new Mismatch(row.getString("request"));
                }
                int status = row.getInt("status");
                if (!row.wasNull()) {
                    return new Replay(new Answer(status, row.getString("content_type"), row.getString("body")));
                }
                Instant since = row.getObject("created_at", OffsetDateTime.class).toInstant();
                if (since.plus(ABANDONED_AFTER).isAfter(now)) {
                    return new InFlight(since);
                }
            }
        }
        try (PreparedStatement takeOver = connection.prepareStatement(
                "UPDATE idempotent_request SET created_at = ? WHERE actor_id = ? AND idempotency_key = ?")) {
            takeOver.setObject(1, utc(now));
            takeOver.setString(2, actorId);
            takeOver.setString(3, key);
            takeOver.executeUpdate();
        }
        return new Fresh();
    }

    /** Keeps the answer to a request whose key {@link #begin} gave as {@link Fresh}. */
    public void answer(String actorId, String key, Answer answer) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement("""
                UPDATE idempotent_request SET status = ?, content_type = ?, body = ?, answered_at = ?
                WHERE actor_id = ? AND idempotency_key = ?""")) {
            update.setInt(1, answer.status());
            update.setString(2, answer.contentType());
            update.setString(3, answer.body());
            update.setObject(4, utc(clock.instant()));
            update.setString(5, actorId);
            update.setString(6, key);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot keep the answer to idempotency key " + key + " of " + actorId + ": " + e.getMessage(), e);
        }
    }

    /** Lets the key go unanswered (the request failed on the server's side): the next request with it runs afresh. */
    public void forget(String actorId, String key) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM idempotent_request WHERE actor_id = ? AND idempotency_key = ? AND status IS NULL")) {
            delete.setString(1, actorId);
            delete.setString(2, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot release idempotency key " + key + " of " + actorId + ": " + e.getMessage(), e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
