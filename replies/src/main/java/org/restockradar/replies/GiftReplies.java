package org.restockradar.replies;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;
import org.restockradar.contracts.GiftEvent;
import org.restockradar.contracts.Topics;
import org.restockradar.dbkit.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans the reply of a gift announced on {@link Topics#GIFT_EVENTS}: one {@code reply} row of kind {@link ReplyKind#GIFT}
 * per gift, answering the report the event names with the event's text, sent by {@link ReplySender} like every reply
 * (opt-outs, the reporter's daily limit, the source's rate). A gift whose report replies has not learned from
 * {@code job-events} cannot be answered: it is logged and passed over.
 */
public final class GiftReplies {
    private static final Logger LOG = LoggerFactory.getLogger(GiftReplies.class);
    private static final String INSERT = """
            INSERT INTO reply (job_id, kind, source, reporter_id, reporter_handle, mention_id, planned_at, next_attempt_at, text, gift_id)
            SELECT r.job_id, 'gift', r.source, r.reporter_id, coalesce(?, r.handle), r.mention_id, ?, ?, ?, ?
            FROM job_report r WHERE r.mention_id = ? AND r.source = ? AND r.reporter_id = ?
            ON CONFLICT DO NOTHING
            """;
    private static final String KNOWN = "SELECT 1 FROM job_report WHERE mention_id = ?";

    private final DataSource dataSource;
    private final Clock clock;

    public GiftReplies(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Plans the gift's reply, once per gift.
     *
     * @return whether a reply was planned now (false for a repeat, or a report replies does not know)
     */
    public boolean plan(GiftEvent event) {
        Objects.requireNonNull(event, "event");
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int p = 0;
            insert.setString(++p, event.handle());
            insert.setTimestamp(++p, now);
            insert.setTimestamp(++p, now);
            insert.setString(++p, event.text());
            insert.setLong(++p, event.giftId());
            insert.setString(++p, event.mentionId());
            insert.setString(++p, event.source());
            insert.setString(++p, event.reporterId());
            if (insert.executeUpdate() == 1) {
                LOG.info("gift {} reply planned to {} reporter {} on mention {}", event.giftId(), event.source(), event.reporterId(), event.mentionId());
                return true;
            }
            if (!known(connection, event.mentionId())) {
                LOG.warn("gift {}: mention {} of {} reporter {} is not known from job-events; no reply", event.giftId(), event.mentionId(),
                        event.source(), event.reporterId());
            }
            return false;
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot plan the reply of gift " + event.giftId(), e);
        }
    }

    private static boolean known(Connection connection, String mentionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(KNOWN)) {
            select.setString(1, mentionId);
            return select.executeQuery().next();
        }
    }
}
