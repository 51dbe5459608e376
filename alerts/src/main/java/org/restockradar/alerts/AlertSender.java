package org.restockradar.alerts;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.restockradar.dbkit.store.StoreUnavailableException;
import org.restockradar.dbkit.store.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the planned alerts. One round ({@link #sendDue()}):
 * <ol>
 *   <li>alerts left {@code sending} longer than {@link Limits#staleAfter()} (a sender stopped during the call) are
 *       {@code pending} again: an alert to ops that may be lost is sent again (the email keeps its Message-ID, so a
 *       mail client shows a repeat as one message);</li>
 *   <li>in one transaction, due {@code pending} rows are claimed with {@code FOR UPDATE SKIP LOCKED} (two senders never
 *       take the same row) and marked {@code sending};</li>
 *   <li>each is sent outside any transaction and marked {@code sent}, {@code failed} with the channel's refusal (a 4xx,
 *       a permanent SMTP reply: never tried again), or {@code pending} again after a back-off that doubles per attempt
 *       while the channel is down; after {@link Limits#maxAttempts()} attempts it is {@code failed} with the last reason.</li>
 * </ol>
 * A sent alert is never sent again, and one whose channel was down is sent once it is back.
 */
final class AlertSender {
    private static final Logger LOG = LoggerFactory.getLogger(AlertSender.class);
    /** The counter of alerts per channel and outcome (sent, retried, failed). */
    static final String METER = "alerts.notifications";
    /** 2^20 times any base is past any sensible maximum pause; more doublings would overflow the milliseconds. */
    private static final int MAX_DOUBLINGS = 20;
    private static final String CLAIM = """
            SELECT id, event_id, channel, job_id, subject, body, link, attempts FROM alert
            WHERE status = 'pending' AND next_attempt_at <= ? AND channel = ANY (?)
            ORDER BY next_attempt_at, id
            LIMIT ?
            FOR UPDATE SKIP LOCKED""";

    /**
     * @param batch       alerts claimed per round
     * @param maxAttempts attempts while the channel is down before an alert is given up
     * @param retryBase   the pause after the first failed attempt, doubled after each further one
     * @param retryMax    the longest pause
     * @param staleAfter  how long an alert may stay {@code sending} before its sender is taken for dead
     */
    record Limits(int batch, int maxAttempts, Duration retryBase, Duration retryMax, Duration staleAfter) {
        Limits {
            if (batch < 1 || maxAttempts < 1) {
                throw new IllegalArgumentException("alerts.batch and alerts.max-attempts must be at least 1: " + batch + ", " + maxAttempts);
            }
            if (retryBase.isNegative() || retryBase.isZero() || retryMax.compareTo(retryBase) < 0) {
                throw new IllegalArgumentException("alerts.retry-base must be positive and at most alerts.retry-max: " + retryBase + ", " + retryMax);
            }
            if (staleAfter.isNegative() || staleAfter.isZero()) {
                throw new IllegalArgumentException("alerts.sending-stale-after must be positive: " + staleAfter);
            }
        }
    }

    /** What one round did. */
    record Round(int claimed, int sent, int retried, int failed, int recovered) {
    }

    private record Claimed(Alert alert, int attempts) {
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final Map<Channel, AlertChannel> channels = new EnumMap<>(Channel.class);
    private final Limits limits;
    private final Map<String, Counter> counters = new HashMap<>();

    /** @param meters where {@value #METER} (tags {@code channel}, {@code outcome}) is kept */
    AlertSender(DataSource dataSource, Clock clock, List<AlertChannel> channels, Limits limits, MeterRegistry meters) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
        for (AlertChannel channel : channels) {
            if (this.channels.put(channel.channel(), channel) != null) {
                throw new IllegalArgumentException("two alert channels for " + channel.channel().code());
            }
            for (String outcome : List.of("sent", "retried", "failed")) {
                counters.put(channel.channel().code() + "/" + outcome, Counter.builder(METER)
                        .description("Alerts to ops by channel and outcome (sent; retried while the channel is down; failed: refused or given up)")
                        .tag("channel", channel.channel().code()).tag("outcome", outcome).register(meters));
            }
        }
    }

    /** One round: recover stale claims, claim what is due, send it, record the outcomes. */
    Round sendDue() {
        int recovered = recoverStale();
        List<Claimed> claimed;
        try {
            claimed = Transactions.inTransaction(dataSource, this::claim);
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot claim alerts to send", e);
        }
        int sent = 0;
        int retried = 0;
        int failed = 0;
        for (Claimed claim : claimed) {
            Alert alert = claim.alert();
            Delivery delivery;
            try {
                delivery = channels.get(alert.channel()).send(alert);
            } catch (RuntimeException e) {
                LOG.error("{} channel threw sending alert {} (job {}, event {}); trying again later", alert.channel().code(), alert.id(),
                        alert.jobId(), alert.eventId(), e);
                delivery = new Delivery.RetryLater("the channel failed: " + e);
            }
            String outcome = record(claim, delivery);
            switch (outcome) {
                case "sent" -> sent++;
                case "retried" -> retried++;
                case "failed" -> failed++;
                default -> {
                    continue;
                }
            }
            counters.get(alert.channel().code() + "/" + outcome).increment();
        }
        return new Round(claimed.size(), sent, retried, failed, recovered);
    }

    private List<Claimed> claim(Connection connection) throws SQLException {
        List<Claimed> claimed = new ArrayList<>();
        Instant now = clock.instant();
        try (PreparedStatement select = connection.prepareStatement(CLAIM)) {
            select.setTimestamp(1, Timestamp.from(now));
            // Only the channels this instance has: another instance on the same schema may have more.
            select.setArray(2, connection.createArrayOf("text", channels.keySet().stream().map(Channel::code).toArray()));
            select.setInt(3, limits.batch());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new Claimed(new Alert(rs.getLong("id"), rs.getString("event_id"), Channel.fromCode(rs.getString("channel")),
                            rs.getLong("job_id"), rs.getString("subject"), rs.getString("body"), rs.getString("link")), rs.getInt("attempts") + 1));
                }
            }
        }
        try (PreparedStatement mark = connection.prepareStatement(
                "UPDATE alert SET status = 'sending', attempts = attempts + 1, sending_since = ? WHERE id = ?")) {
            for (Claimed claim : claimed) {
                mark.setTimestamp(1, Timestamp.from(now));
                mark.setLong(2, claim.alert().id());
                mark.addBatch();
            }
            mark.executeBatch();
        }
        return claimed;
    }

    private String record(Claimed claim, Delivery delivery) {
        try {
            return Transactions.inTransaction(dataSource, connection -> outcome(connection, claim, delivery));
        } catch (SQLException e) {
            // The alert stays 'sending'; the stale recovery takes it up again.
            LOG.error("cannot record the outcome {} of alert {} (job {}); it stays 'sending' until recovered", delivery, claim.alert().id(),
                    claim.alert().jobId(), e);
            return "unrecorded";
        }
    }

    private String outcome(Connection connection, Claimed claim, Delivery delivery) throws SQLException {
        Alert alert = claim.alert();
        Instant now = clock.instant();
        if (delivery instanceof Delivery.Sent) {
            markSent(connection, alert.id(), now);
            LOG.info("alert {} sent by {}: job {}, event {}, attempt {}", alert.id(), alert.channel().code(), alert.jobId(), alert.eventId(),
                    claim.attempts());
            return "sent";
        }
        if (delivery instanceof Delivery.Refused refused) {
            LOG.warn("alert {} refused by {} for good (job {}, event {}), recorded as failed: {}", alert.id(), alert.channel().code(), alert.jobId(),
                    alert.eventId(), refused.reason());
            markFailed(connection, alert.id(), refused.reason());
            return "failed";
        }
        String reason = ((Delivery.RetryLater) delivery).reason();
        if (claim.attempts() >= limits.maxAttempts()) {
            LOG.error("alert {} by {} given up after {} attempts (job {}, event {}): {}", alert.id(), alert.channel().code(), claim.attempts(),
                    alert.jobId(), alert.eventId(), reason);
            markFailed(connection, alert.id(), "gave up after " + claim.attempts() + " attempts: " + reason);
            return "failed";
        }
        Duration pause = backoff(claim.attempts());
        LOG.warn("alert {} by {} not sent (job {}, attempt {}): {}; trying again in {}", alert.id(), alert.channel().code(), alert.jobId(),
                claim.attempts(), reason, pause);
        markPending(connection, alert.id(), now.plus(pause), reason);
        return "retried";
    }

    /** The pause after the given number of failed attempts: the base times 2^(attempts - 1), at most the max. */
    Duration backoff(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), MAX_DOUBLINGS);
        long millis = limits.retryBase().toMillis() << doublings;
        return Duration.ofMillis(Math.min(millis, limits.retryMax().toMillis()));
    }

    private int recoverStale() {
        Instant now = clock.instant();
        try {
            int recovered = Transactions.inTransaction(dataSource, connection -> {
                try (PreparedStatement recover = connection.prepareStatement("""
                        UPDATE alert SET status = 'pending', next_attempt_at = ?,
                            last_error = 'sender stopped during the call; sent again (it may have gone out)'
                        WHERE status = 'sending' AND sending_since < ?""")) {
                    recover.setTimestamp(1, Timestamp.from(now));
                    recover.setTimestamp(2, Timestamp.from(now.minus(limits.staleAfter())));
                    return recover.executeUpdate();
                }
            });
            if (recovered > 0) {
                LOG.warn("{} alerts were left 'sending' for over {}: pending again", recovered, limits.staleAfter());
            }
            return recovered;
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot recover alerts left sending", e);
        }
    }

    private static void markSent(Connection connection, long id, Instant now) throws SQLException {
        try (PreparedStatement sent = connection.prepareStatement(
                "UPDATE alert SET status = 'sent', sent_at = ?, last_error = NULL WHERE id = ? AND status = 'sending'")) {
            sent.setTimestamp(1, Timestamp.from(now));
            sent.setLong(2, id);
            sent.executeUpdate();
        }
    }

    private static void markFailed(Connection connection, long id, String reason) throws SQLException {
        try (PreparedStatement failed = connection.prepareStatement("UPDATE alert SET status = 'failed', last_error = ? WHERE id = ? AND status = 'sending'")) {
            failed.setString(1, reason);
            failed.setLong(2, id);
            failed.executeUpdate();
        }
    }

    private static void markPending(Connection connection, long id, Instant next, String reason) throws SQLException {
        try (PreparedStatement pending = connection.prepareStatement(
                "UPDATE alert SET status = 'pending', next_attempt_at = ?, last_error = ? WHERE id = ? AND status = 'sending'")) {
            pending.setTimestamp(1, Timestamp.from(next));
            pending.setString(2, reason);
            pending.setLong(3, id);
            pending.executeUpdate();
        }
    }

    /** Closes the channels. */
    void closeChannels() {
        for (AlertChannel channel : channels.values()) {
            try {
                channel.close();
            } catch (RuntimeException e) {
                LOG.warn("cannot close the {} alert channel", channel.channel().code(), e);
            }
        }
    }
}
