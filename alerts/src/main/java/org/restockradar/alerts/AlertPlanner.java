package org.restockradar.alerts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.restockradar.contracts.JobEvent;
import org.restockradar.dbkit.jobcopy.JobCopy;
import org.restockradar.dbkit.store.StoreUnavailableException;
import org.restockradar.dbkit.store.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one job event into the alerts' tables, in one transaction: what it says of its job goes to the copy of jobs
 * (dbkit's {@link JobCopy}); an event of a kind that alerts, recent enough, plans one row of table {@code alert} per
 * channel configured. The row is unique by event id and channel, so an event read again plans nothing more.
 */
final class AlertPlanner {
    private static final Logger LOG = LoggerFactory.getLogger(AlertPlanner.class);
    private static final String PLAN = """
            INSERT INTO alert (event_id, channel, job_id, kind, occurred_at, subject, body, link, next_attempt_at, planned_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (event_id, channel) DO NOTHING""";

    private final DataSource dataSource;
    private final Clock clock;
    private final Set<JobEvent.Kind> kinds;
    private final Set<Channel> channels;
    private final Duration maxEventAge;
    private final AlertText text;

    AlertPlanner(DataSource dataSource, Clock clock, Set<JobEvent.Kind> kinds, Set<Channel> channels, Duration maxEventAge, AlertText text) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.kinds = Set.copyOf(kinds);
        this.channels = Set.copyOf(channels);
        this.maxEventAge = Objects.requireNonNull(maxEventAge, "maxEventAge");
        this.text = Objects.requireNonNull(text, "text");
    }

    /** Takes the event; returns the alerts it planned (0 for a repeat). Throws {@link StoreUnavailableException} when the database fails. */
    int take(JobEvent event) {
        Instant now = clock.instant();
        boolean alerts = kinds.contains(event.kind()) && !event.occurredAt().isBefore(now.minus(maxEventAge));
        try {
            return Transactions.inTransaction(dataSource, connection -> {
                JobCopy.learn(connection, event);
                return alerts ? plan(connection, event, now) : 0;
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot take job event " + event.eventId() + " of job " + event.jobId(), e);
        }
    }

    private int plan(Connection connection, JobEvent event, Instant now) throws SQLException {
        AlertText.Text words = text.of(event, facts(connection, event.jobId()));
        int planned = 0;
        try (PreparedStatement insert = connection.prepareStatement(PLAN)) {
            for (Channel channel : channels) {
                insert.setString(1, event.eventId());
                insert.setString(2, channel.code());
                insert.setLong(3, event.jobId());
                insert.setString(4, event.kind().name());
                insert.setTimestamp(5, Timestamp.from(event.occurredAt()));
                insert.setString(6, words.subject());
                insert.setString(7, words.body());
                insert.setString(8, words.link());
                insert.setTimestamp(9, Timestamp.from(now));
                insert.setTimestamp(10, Timestamp.from(now));
                planned += insert.executeUpdate();
            }
        }
        if (planned > 0) {
            LOG.info("job {}: {} event {} planned {} alert(s) on {}", event.jobId(), event.kind(), event.eventId(), planned, channels);
        }
        return planned;
    }

    private static AlertText.JobFacts facts(Connection connection, long jobId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT outlet_name, locality, city, brand, sku FROM job WHERE job_id = ?")) {
            select.setLong(1, jobId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? new AlertText.JobFacts(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))
                        : AlertText.JobFacts.UNKNOWN;
            }
        }
    }
}
