package org.restockradar.rewards;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.restockradar.contracts.GiftEvent;
import org.restockradar.contracts.Topics;
import org.restockradar.dbkit.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces queued gifts to their reporters: relays each gift not yet announced as a {@link GiftEvent} on
 * {@link Topics#GIFT_EVENTS} (the gift table is the outbox: {@code announced_at} is set once the broker has the event, so
 * a failed round is repeated and an event may go out twice, with the same event id). Replies answers the reporter's latest
 * counted report with the event's message, which thanks them by name (or neutrally, for a phone number) and carries the
 * claim link.
 */
public final class GiftAnnouncer {
    private static final Logger LOG = LoggerFactory.getLogger(GiftAnnouncer.class);
    /** Gifts announced per round at most; the next round takes the rest. */
    static final int BATCH = 100;

    private static final String DUE = """
            SELECT g.id, g.source, g.reporter_id, g.handle, g.answer_mention_id, g.answer_job_id, g.gift_type, g.claim_token,
                   %s AS name
            FROM gift g WHERE g.announced_at IS NULL AND g.claim_token IS NOT NULL AND g.answer_mention_id IS NOT NULL
            ORDER BY g.id LIMIT ?
            """.formatted(GiftNote.NAME_OF_GIFT_REPORTER);
    private static final String ANNOUNCED = "UPDATE gift SET announced_at = ? WHERE id = ANY(?) AND announced_at IS NULL";

    /** Publishes gift events; returns once the broker has every one, or throws. */
    public interface Publisher {
        void publish(List<GiftEvent> events);
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final String claimUrl;
    private final Publisher publisher;

    /** @param claimUrl the claim page ({@code rewards.gift.claim-url}); a gift's link is this with {@code #<token>} */
    public GiftAnnouncer(DataSource dataSource, Clock clock, String claimUrl, Publisher publisher) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.claimUrl = Objects.requireNonNull(claimUrl, "claimUrl");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
    }

    /** One round: publishes the gifts not yet announced and marks them; returns how many. */
    public int announce() {
        List<GiftEvent> events = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(DUE)) {
            select.setInt(1, BATCH);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong(1);
                    String source = row.getString(2);
                    String handle = row.getString(4);
                    String link = claimUrl + "#" + row.getString(8);
                    String accountId = row.getString(3).substring(source.length() + 1);
                    events.add(new GiftEvent(eventId(id), id, source, accountId, handle, row.getString(5), row.getLong(6),
                            GiftNote.claimMessage(GiftNote.greetingName(source, handle, row.getString(9)), row.getString(7), link), link, clock.instant()));
                    ids.add(id);
                }
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot read the gifts to announce: " + e.getMessage(), e);
        }
        if (events.isEmpty()) {
            return 0;
        }
        publisher.publish(events);
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(ANNOUNCED)) {
            update.setObject(1, Ledger.utc(clock.instant()));
            update.setArray(2, connection.createArrayOf("bigint", ids.toArray()));
            update.executeUpdate();
        } catch (SQLException e) {
            // Published but not marked: the next round publishes them again with the same event ids, which replies drops.
            throw new StoreUnavailableException("cannot mark " + ids.size() + " gifts announced: " + e.getMessage(), e);
        }
        LOG.info("announced {} gifts on {}", ids.size(), Topics.GIFT_EVENTS.name());
        return ids.size();
    }

    /** The event id of a gift's announcement: the same on every round that publishes it. */
    static String eventId(long giftId) {
        return UUID.nameUUIDFromBytes(("gift-" + giftId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
