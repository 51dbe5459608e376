package org.restockradar.dispatch.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import com.fasterxml.jackson.core.type.TypeReference;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live feed of job events for the API's server-sent-events stream: one thread reads the {@code job_event} rows
 * after the last one it saw, every {@code interval}, and hands each to every subscriber. Rows are read in the order
 * (writing transaction, id), and only those of transactions older than every transaction still running
 * ({@code pg_snapshot_xmin}), so an event committed late never lands behind the feed's position and is never skipped.
 * A subscriber that reconnects with the position of the last event it got reads what it missed with {@link #since}.
 */
public final class JobEventFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobEventFeed.class);
    private static final int BATCH = 500;
    /** The columns of a {@code job_event} row that make a {@link JobEvent}, in the order {@link #event} reads them. */
    static final String EVENT_COLUMNS =
            "event_id, job_id, kind, from_status, to_status, crew_id, actor, actor_role, reason, detail::text, occurred_at";
    private static final String AFTER = "SELECT tx::text, id, " + EVENT_COLUMNS + """

            FROM job_event
            WHERE (tx, id) > (?::text::xid8, ?) AND tx < pg_snapshot_xmin(pg_current_snapshot())
            ORDER BY tx, id LIMIT ?
            """;

    /**
     * Where an event stands in the feed: its transaction and id. As text ({@code tx-id}) it is the SSE event id.
     */
    public record Position(long tx, long id) {
        public static final Position START = new Position(0, 0);

        /** The position of an SSE {@code Last-Event-ID}. */
        public static Position parse(String text) {
            String[] parts = text == null ? new String[0] : text.trim().split("-");
            try {
                if (parts.length == 2) {
                    return new Position(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Last-Event-ID must be <tx>-<id>: '" + text + "'", e);
            }
            throw new IllegalArgumentException("Last-Event-ID must be <tx>-<id>: '" + text + "'");
        }

        @Override
        public String toString() {
            return tx + "-" + id;
        }
    }

    /** An event with its position in the feed. */
    public record Item(Position position, JobEvent event) {
    }

    private final DataSource dataSource;
    private final List<Consumer<Item>> subscribers = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService loop;
    private volatile Position last;

    public JobEventFeed(DataSource dataSource, Duration interval) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.last = latestPosition();
        this.loop = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dispatch-event-feed");
            thread.setDaemon(true);
            return thread;
        });
        loop.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts handing new events to the subscriber; returns what stops it. */
    public Runnable subscribe(Consumer<Item> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /**
     * Hands every event after a position to {@code send}, oldest first, a batch of {@value #BATCH} at a time, until a
     * batch comes back short: a client that missed more than a batch still gets all of it. Returns the position of the
     * last event handed over, or {@code after} when there was none.
     */
    public Position replay(Position after, Consumer<Item> send) {
        Position at = after;
        List<Item> items;
        do {
            items = since(at);
            for (Item item : items) {
                send.accept(item);
                at = item.position();
            }
        } while (items.size() == BATCH);
        return at;
    }

    /** The events after a position, oldest first, at most a batch. */
    public List<Item> since(Position position) {
        List<Item> items = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(AFTER)) {
            select.setString(1, Long.toString(position.tx()));
            select.setLong(2, position.id());
            select.setInt(3, BATCH);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Position at = new Position(Long.parseLong(rows.getString(1)), rows.getLong(2));
                    items.add(new Item(at, event(rows, 3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read job events after " + position + ": " + e.getMessage(), e);
        }
        return items;
    }

    private void poll() {
        try {
            List<Item> items;
            do {
                items = since(last);
                for (Item item : items) {
                    for (Consumer<Item> subscriber : subscribers) {
                        try {
                            subscriber.accept(item);
                        } catch (RuntimeException e) {
                            // One broken client must not hold the others back; it is dropped.
                            LOG.warn("dropping a job event subscriber that failed on event {}", item.position(), e);
                            subscribers.remove(subscriber);
                        }
                    }
                    last = item.position();
                }
            } while (items.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.error("job event feed could not read past position {}; it tries again", last, e);
        }
    }

    /** Where the feed starts: after every event of a finished transaction, before those of running ones. */
    private Position latestPosition() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT (pg_snapshot_xmin(pg_current_snapshot())::text::bigint) - 1, 9223372036854775807");
             ResultSet row = select.executeQuery()) {
            row.next();
            return new Position(row.getLong(1), row.getLong(2));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the last job event: " + e.getMessage(), e);
        }
    }

    /**
     * The event on the current row, whose columns from {@code first} on are those of {@link #EVENT_COLUMNS}.
     */
    static JobEvent event(ResultSet rows, int first) throws SQLException {
        return new JobEvent(rows.getString(first), rows.getLong(first + 1), JobEvent.Kind.valueOf(rows.getString(first + 2)),
                rows.getString(first + 3), rows.getString(first + 4), rows.getString(first + 5), rows.getString(first + 6),
                rows.getString(first + 7), rows.getString(first + 8), detail(rows.getString(first + 9)),
                rows.getObject(first + 10, java.time.OffsetDateTime.class).toInstant());
    }

    private static Map<String, String> detail(String json) {
        try {
            return Json.mapper().readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (java.io.IOException e) {
            throw new IllegalStateException("job event detail is not a JSON object of texts: " + json, e);
        }
    }

    @Override
    public void close() {
        loop.shutdownNow();
    }
}
