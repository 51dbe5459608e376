package org.restockradar.replies;

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
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.restockradar.contracts.Language;
import org.restockradar.contracts.Source;
import org.restockradar.dbkit.store.StoreUnavailableException;
import org.restockradar.dbkit.store.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the planned replies. One round ({@link #sendDue()}):
 * <ol>
 *   <li>replies left {@code sending} longer than {@link Limits#staleAfter()} (a sender stopped during the call, so
 *       nobody knows whether the source took it) go back to {@code pending} when their channel is idempotent
 *       (Mastodon's Idempotency-Key, the SMS gateway's client_ref) and to {@code failed} otherwise: such a reply is
 *       never sent blindly a second time;</li>
 *   <li>in one transaction, due {@code pending} rows are claimed with {@code FOR UPDATE SKIP LOCKED} (so two senders
 *       never take the same row), checked (opt-out, a channel for the source, the reporter's daily limit under an
 *       advisory lock per reporter, the source's requests per second) and marked {@code sending}, or {@code skipped}
 *       with the reason;</li>
 *   <li>each claimed reply is sent outside any transaction and marked {@code sent}, {@code skipped}, {@code failed}
 *       with the error, or {@code pending} again with a back-off (not before a rate-limit reset the source named);
 *       after {@link Limits#maxAttempts()} attempts it is {@code failed} with the last reason.</li>
 * </ol>
 * Marking {@code sending} commits before the call: a reply is sent at most once through a non-idempotent channel.
 */
public final class ReplySender {
    private static final Logger LOG = LoggerFactory.getLogger(ReplySender.class);

    /**
     * @param batch            replies claimed per round
     * @param maxAttempts      attempts before a reply that keeps meeting 429/5xx is given up
     * @param retryBase        the pause after the first failed attempt, doubled after each further one
     * @param retryMax         the longest pause
     * @param staleAfter       how long a reply may stay {@code sending} before the sender is taken for dead
     * @param reporterDailyMax replies a reporter gets in 24 hours at most (per source); the rest are skipped
     */
    public record Limits(int batch, int maxAttempts, Duration retryBase, Duration retryMax, Duration staleAfter, int reporterDailyMax) {
        public Limits {
            if (batch < 1 || maxAttempts < 1 || reporterDailyMax < 1) {
                throw new IllegalArgumentException("replies.batch, replies.max-attempts and replies.reporter-daily-limit must be at least 1: "
                        + batch + ", " + maxAttempts + ", " + reporterDailyMax);
            }
            if (retryBase.isNegative() || retryBase.isZero() || retryMax.compareTo(retryBase) < 0) {
                throw new IllegalArgumentException("replies.retry-base must be positive and at most replies.retry-max: " + retryBase + ", " + retryMax);
            }
            if (staleAfter.isNegative() || staleAfter.isZero()) {
                throw new IllegalArgumentException("replies.sending-stale-after must be positive: " + staleAfter);
            }
        }
    }

    /** What one round did. */
    public record Round(int claimed, int sent, int retried, int failed, int skipped, int recovered) {
    }

    private record Claimed(long id, ReplyKind kind, Source source, String reporterId, int attempts, OutgoingReply reply) {
    }

    /** The reason of a reply skipped because its reporter opted out ({@link ReplyLog} tells those apart by it). */
    static final String OPTED_OUT = "the reporter opted out of replies";

    private static final String CLAIM = """
            SELECT rp.id, rp.kind, rp.source, rp.reporter_id, rp.reporter_handle, rp.mention_id, rp.attempts, rp.text,
                   r.language, r.reported_at, j.brand, j.sku, j.outlet_name, j.locality,
                   o.reporter_id IS NOT NULL AS opted_out, c.address
            FROM reply rp
            JOIN job_report r ON r.mention_id = rp.mention_id
            JOIN job j ON j.job_id = rp.job_id
            LEFT JOIN reply_opt_out o ON o.source = rp.source AND o.reporter_id = rp.reporter_id
            LEFT JOIN reply_contact c ON c.source = rp.source AND c.reporter_id = rp.reporter_id
            WHERE rp.status = 'pending' AND rp.next_attempt_at <= ?
            ORDER BY rp.next_attempt_at, rp.id
            LIMIT ?
            FOR UPDATE OF rp SKIP LOCKED""";

    private final javax.sql.DataSource dataSource;
    private final Clock clock;
    private final Map<Source, ReplyChannel> channels;
    private final ReplyTemplates templates;
    private final SourceRateLimiter limiter;
    private final Limits limits;
    private final MeterRegistry meters;

    /** @param meters where the counter {@code dispatch.replies} (tags {@code source}, {@code outcome}) is kept */
    public ReplySender(javax.sql.DataSource dataSource, Clock clock, List<ReplyChannel> channels, ReplyTemplates templates,
                       SourceRateLimiter limiter, Limits limits, MeterRegistry meters) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.channels = new EnumMap<>(Source.class);
        for (ReplyChannel channel : channels) {
            if (this.channels.put(channel.source(), channel) != null) {
                throw new IllegalArgumentException("two reply channels for " + channel.source().code());
            }
        }
        this.templates = Objects.requireNonNull(templates, "templates");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.meters = Objects.requireNonNull(meters, "meters");
    }

    private void count(Source source, String outcome) {
        Counter.builder("dispatch.replies").description("Replies to reporters by source and outcome (sent, retried, failed, skipped)")
                .tag("source", source.code()).tag("outcome", outcome).register(meters).increment();
    }

    /** One round: recover stale claims, claim what is due, send it, record the outcomes. */
    public Round sendDue() {
        int recovered = recoverStale();
        List<Claimed> claimed = new ArrayList<>();
        int[] skippedAtClaim = {0};
        try {
            Transactions.inTransaction(dataSource, connection -> {
                claim(connection, claimed, skippedAtClaim);
                return null;
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot claim replies to send", e);
        }
        int sent = 0;
        int retried = 0;
        int failed = 0;
        int skipped = skippedAtClaim[0];
        for (Claimed reply : claimed) {
            SendResult result;
            try {
                result = channels.get(reply.source()).send(reply.reply());
            } catch (RuntimeException e) {
                // A channel must not throw; if one does, the outcome is unknown: treated like a crash during the call.
                LOG.error("{} channel threw sending reply {}; not sent again", reply.source().code(), reply.id(), e);
                result = new SendResult.Failed("the channel failed during the call, outcome unknown: " + e);
            }
            switch (record(reply, result)) {
                case "sent" -> {
                    sent++;
                    count(reply.source(), "sent");
                }
                case "pending" -> {
                    retried++;
                    count(reply.source(), "retried");
                }
                case "skipped" -> {
                    skipped++;
                    count(reply.source(), "skipped");
                }
                default -> {
                    failed++;
                    count(reply.source(), "failed");
                }
            }
        }
        return new Round(claimed.size() + skippedAtClaim[0], sent, retried, failed, skipped, recovered);
    }

    private void claim(Connection connection, List<Claimed> claimed, int[] skipped) throws SQLException {
        Instant now = clock.instant();
        record Row(long id, ReplyKind kind, Source source, String reporterId, String handle, String mentionId, int attempts,
                   String language, Instant reportedAt, ReplyTemplates.Placeholders values, boolean optedOut, String address, String text) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(CLAIM)) {
            select.setTimestamp(1, Timestamp.from(now));
            select.setInt(2, limits.batch());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong("id"), ReplyKind.fromCode(rs.getString("kind")), Source.fromCode(rs.getString("source")),
                            rs.getString("reporter_id"), rs.getString("reporter_handle"), rs.getString("mention_id"), rs.getInt("attempts"),
                            rs.getString("language"), rs.getTimestamp("reported_at").toInstant(),
                            new ReplyTemplates.Placeholders(rs.getString("brand"), rs.getString("sku"), rs.getString("outlet_name"), rs.getString("locality")),
                            rs.getBoolean("opted_out"), rs.getString("address"), rs.getString("text")));
                }
            }
        }
        // Advisory locks per reporter are taken in one order by every sender, so two senders never wait on each other in a cycle.
        rows.sort(Comparator.comparing((Row r) -> r.source().code()).thenComparing(Row::reporterId).thenComparingLong(Row::id));
        for (Row row : rows) {
            if (row.optedOut()) {
                skip(connection, row.id(), OPTED_OUT);
                skipped[0]++;
                count(row.source(), "skipped");
                continue;
            }
            ReplyChannel channel = channels.get(row.source());
            if (channel == null) {
                skip(connection, row.id(), "no reply channel for " + row.source().code() + " is configured");
                skipped[0]++;
                count(row.source(), "skipped");
                continue;
            }
            if (sentLately(connection, row.source(), row.reporterId(), now) >= limits.reporterDailyMax()) {
                skip(connection, row.id(), "the reporter had " + limits.reporterDailyMax() + " replies in the last 24 hours");
                skipped[0]++;
                count(row.source(), "skipped");
                continue;
            }
            if (!limiter.tryAcquire(row.source())) {
                // Left pending; the row lock goes with the transaction and a later round takes it.
                continue;
            }
            // A gift's text comes written (in English) with its event; every other kind is a template in the report's language.
            ReplyTemplates.Rendered rendered = row.kind().templated()
                    ? templates.render(Language.fromCode(row.language()).orElse(Language.EN), row.kind(), row.values())
                    : new ReplyTemplates.Rendered(Language.EN, row.text());
            OutgoingReply reply;
            try {
                reply = new OutgoingReply(row.id(), row.source(), MentionIds.nativeId(row.source(), row.mentionId()), row.handle(),
                        row.address(), rendered.text(), row.reportedAt());
            } catch (IllegalArgumentException e) {
                fail(connection, row.id(), "cannot address the reply: " + e.getMessage());
                continue;
            }
            try (PreparedStatement mark = connection.prepareStatement("""
                    UPDATE reply SET status = 'sending', attempts = attempts + 1, sending_since = ?, language = ? WHERE id = ?""")) {
                mark.setTimestamp(1, Timestamp.from(now));
                mark.setString(2, rendered.language().code());
                mark.setLong(3, row.id());
                mark.executeUpdate();
            }
            claimed.add(new Claimed(row.id(), row.kind(), row.source(), row.reporterId(), row.attempts() + 1, reply));
        }
    }

    /** Replies of the reporter sent or being sent in the 24 hours before now, under a lock held until the claim commits. */
    private static int sentLately(Connection connection, Source source, String reporterId, Instant now) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            lock.setString(1, "reply-reporter:" + source.code() + ":" + reporterId);
            lock.execute();
        }
        try (PreparedStatement count = connection.prepareStatement("""
                SELECT count(*) FROM reply WHERE source = ? AND reporter_id = ? AND status IN ('sending', 'sent') AND sending_since > ?""")) {
            count.setString(1, source.code());
            count.setString(2, reporterId);
            count.setTimestamp(3, Timestamp.from(now.minus(Duration.ofHours(24))));
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private String record(Claimed reply, SendResult result) {
        try {
            return Transactions.inTransaction(dataSource, connection -> outcome(connection, reply, result));
        } catch (SQLException e) {
            // The reply stays 'sending'; the stale recovery decides about it (resend only where idempotent).
            LOG.error("cannot record the outcome {} of reply {}; it stays 'sending' until recovered", result, reply.id(), e);
            return "unrecorded";
        }
    }

    private String outcome(Connection connection, Claimed reply, SendResult result) throws SQLException {
        Instant now = clock.instant();
        if (result instanceof SendResult.Sent sent) {
            update(connection, reply.id(), "UPDATE reply SET status = 'sent', sent_at = ?, external_id = ?, last_error = NULL WHERE id = ? AND status = 'sending'",
                    Timestamp.from(now), sent.externalId());
            LOG.info("sent {} reply {} on {} as {}", reply.kind().code(), reply.id(), reply.source().code(), sent.externalId());
            return "sent";
        }
        if (result instanceof SendResult.Skipped skipped) {
            update(connection, reply.id(), "UPDATE reply SET status = 'skipped', last_error = ? WHERE id = ? AND status = 'sending'", skipped.reason());
            return "skipped";
        }
        if (result instanceof SendResult.Failed failed) {
            LOG.warn("reply {} on {} refused for good: {}", reply.id(), reply.source().code(), failed.reason());
            update(connection, reply.id(), "UPDATE reply SET status = 'failed', last_error = ? WHERE id = ? AND status = 'sending'", failed.reason());
            return "failed";
        }
        SendResult.RetryLater retry = (SendResult.RetryLater) result;
        if (retry.notBefore() != null) {
            limiter.pauseUntil(reply.source(), retry.notBefore());
        }
        if (reply.attempts() >= limits.maxAttempts()) {
            LOG.warn("reply {} on {} given up after {} attempts: {}", reply.id(), reply.source().code(), reply.attempts(), retry.reason());
            update(connection, reply.id(), "UPDATE reply SET status = 'failed', last_error = ? WHERE id = ? AND status = 'sending'",
                    "gave up after " + reply.attempts() + " attempts: " + retry.reason());
            return "failed";
        }
        Instant next = now.plus(backoff(reply.attempts()));
        if (retry.notBefore() != null && retry.notBefore().isAfter(next)) {
            next = retry.notBefore();
        }
        update(connection, reply.id(), "UPDATE reply SET status = 'pending', next_attempt_at = ?, last_error = ? WHERE id = ? AND status = 'sending'",
                Timestamp.from(next), retry.reason());
        return "pending";
    }

    /** The pause after the given number of failed attempts: the base, doubled per attempt after the first, at most the max. */
    Duration backoff(int attempts) {
        Duration pause = limits.retryBase();
        for (int i = 1; i < attempts && pause.compareTo(limits.retryMax()) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(limits.retryMax()) > 0 ? limits.retryMax() : pause;
    }

    private int recoverStale() {
        Instant now = clock.instant();
        Object[] idempotent = channels.values().stream().filter(ReplyChannel::idempotent).map(c -> c.source().code()).toArray();
        try {
            return Transactions.inTransaction(dataSource, connection -> {
                try (PreparedStatement recover = connection.prepareStatement("""
                        UPDATE reply SET
                            status = CASE WHEN source = ANY (?) THEN 'pending' ELSE 'failed' END,
                            next_attempt_at = ?,
                            last_error = CASE WHEN source = ANY (?)
                                THEN 'sender stopped during the call; sent again with the same idempotency key'
                                ELSE 'sender stopped during the call; the source takes no idempotency key, so it is not sent again (it may have gone out)' END
                        WHERE status = 'sending' AND sending_since < ?""")) {
                    recover.setArray(1, connection.createArrayOf("text", idempotent));
                    recover.setTimestamp(2, Timestamp.from(now));
                    recover.setArray(3, connection.createArrayOf("text", idempotent));
                    recover.setTimestamp(4, Timestamp.from(now.minus(limits.staleAfter())));
                    int recovered = recover.executeUpdate();
                    if (recovered > 0) {
                        LOG.warn("{} replies were left 'sending' for over {}: idempotent ones are pending again, the others failed", recovered, limits.staleAfter());
                    }
                    return recovered;
                }
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot recover replies left sending", e);
        }
    }

    private static void skip(Connection connection, long id, String reason) throws SQLException {
        update(connection, id, "UPDATE reply SET status = 'skipped', last_error = ? WHERE id = ?", reason);
    }

    private static void fail(Connection connection, long id, String reason) throws SQLException {
        update(connection, id, "UPDATE reply SET status = 'failed', last_error = ? WHERE id = ?", reason);
    }

    private static void update(Connection connection, long id, String sql, Object... values) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int i = 1;
            for (Object value : values) {
                update.setObject(i++, value);
            }
            update.setLong(i, id);
            update.executeUpdate();
        }
    }

    /** Closes the channels. */
    void closeChannels() {
        for (ReplyChannel channel : channels.values()) {
            try {
                channel.close();
            } catch (RuntimeException e) {
                LOG.warn("cannot close the {} reply channel", channel.source().code(), e);
            }
        }
    }
}
