package org.restockradar.dispatch.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.restockradar.dbkit.store.StoreUnavailableException;

/**
 * The figures of the ops dashboard, read from the dispatcher's tables over a window that ends now: reports per hour
 * (last 24 hours), jobs opened and closed per day (UTC days), the share of restocks within the due time, the
 * median time from first report to restock, SLA breaches per crew and the funnel mention → report → job → restocked.
 */
public final class StatsStore {
    /** The longest window the dashboard may ask for. */
    public static final int MAX_DAYS = 90;
    private static final int HOURS = 24;

    private final DataSource dataSource;
    private final MentionCounter mentions;
    private final Clock clock;

    public StatsStore(DataSource dataSource, MentionCounter mentions, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.mentions = Objects.requireNonNull(mentions, "mentions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Reports received in one hour, the hour given by its start. */
    public record HourCount(Instant hour, long count) {
    }

    /** Jobs opened and jobs closed (verified, failed or cancelled) on one UTC day. */
    public record DayCount(LocalDate day, long opened, long closed) {
    }

    /** SLA breaches of the jobs a crew held ({@code unassigned} for jobs no crew held). */
    public record CrewBreaches(String crewId, long count) {
    }

    /**
     * From the first seen to the last: mentions received (-1 when unknown), stock-out reports (placed or not), jobs
     * opened, and of those jobs the ones restocked.
     */
    public record Funnel(long mentions, long reports, long jobs, long restocked) {
    }

    /**
     * The dashboard's figures.
     *
     * @param restockedWithinSlaShare of the jobs restocked in the window, the share restocked by their due time; null when none
     * @param medianHoursToRestock    of the same jobs, the median hours from first report to restock; null when none
     */
    public record Overview(Instant from, Instant to, List<HourCount> reportsPerHour, List<DayCount> jobsPerDay,
                           Double restockedWithinSlaShare, Double medianHoursToRestock, List<CrewBreaches> breachesByCrew,
                           Funnel funnel) {
        public Overview {
            reportsPerHour = List.copyOf(reportsPerHour);
            jobsPerDay = List.copyOf(jobsPerDay);
            breachesByCrew = List.copyOf(breachesByCrew);
        }
    }

    /** The figures of the last {@code days} UTC days, today included. */
    public Overview overview(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be within 1.." + MAX_DAYS + ": " + days);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Instant from = today.minusDays(days - 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant firstHour = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(HOURS - 1L));
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            List<HourCount> perHour = reportsPerHour(connection, firstHour, now);
            List<DayCount> perDay = jobsPerDay(connection, from, days, now);
            Double[] restock = restockFigures(connection, from, now);
            List<CrewBreaches> breaches = breachesByCrew(connection, from, now);
            Funnel funnel = funnel(connection, from, now);
            return new Overview(from, now, perHour, perDay, restock[0], restock[1], breaches, funnel);
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot read the dashboard figures", e);
        }
    }

    private static List<HourCount> reportsPerHour(Connection connection, Instant firstHour, Instant now) throws SQLException {
        String sql = """
                SELECT h.hour, count(r.reported_at)
                FROM generate_series(?::timestamptz, ?::timestamptz, interval '1 hour') AS h(hour)
                LEFT JOIN (SELECT reported_at FROM stockout_report WHERE reported_at >= ? AND reported_at <= ?
                           UNION ALL
                           SELECT reported_at FROM needs_location_report WHERE reported_at >= ? AND reported_at <= ?) r
                       ON r.reported_at >= h.hour AND r.reported_at < h.hour + interval '1 hour'
                GROUP BY h.hour ORDER BY h.hour""";
        List<HourCount> result = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            Timestamp start = Timestamp.from(firstHour);
            Timestamp end = Timestamp.from(now);
            query.setTimestamp(1, start);
            query.setTimestamp(2, Timestamp.from(now.truncatedTo(ChronoUnit.HOURS)));
            query.setTimestamp(3, start);
            query.setTimestamp(4, end);
            query.setTimestamp(5, start);
            query.setTimestamp(6, end);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(new HourCount(rows.getTimestamp(1).toInstant(), rows.getLong(2)));
                }
            }
        }
        return result;
    }

    private static List<DayCount> jobsPerDay(Connection connection, Instant from, int days, Instant now) throws SQLException {
        long[] opened = countByDay(connection, "SELECT created_at FROM restock_job WHERE created_at >= ? AND created_at <= ?", from, days, now);
        // Closed: the first move into a terminal status, from the job history.
        long[] closed = countByDay(connection, """
                SELECT min(occurred_at) FROM job_event
                WHERE kind = 'STATUS_CHANGED' AND to_status IN ('verified', 'failed', 'cancelled') AND occurred_at >= ? AND occurred_at <= ?
                GROUP BY job_id""", from, days, now);
        List<DayCount> result = new ArrayList<>(days);
        LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC);
        for (int day = 0; day < days; day++) {
            result.add(new DayCount(first.plusDays(day), opened[day], closed[day]));
        }
        return result;
    }

    private static long[] countByDay(Connection connection, String instants, Instant from, int days, Instant now) throws SQLException {
        long[] counts = new long[days];
        LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC);
        try (PreparedStatement query = connection.prepareStatement(instants)) {
            query.setTimestamp(1, Timestamp.from(from));
            query.setTimestamp(2, Timestamp.from(now));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    LocalDate day = LocalDate.ofInstant(rows.getTimestamp(1).toInstant(), ZoneOffset.UTC);
                    counts[(int) ChronoUnit.DAYS.between(first, day)]++;
                }
            }
        }
        return counts;
    }

    private static Double[] restockFigures(Connection connection, Instant from, Instant now) throws SQLException {
        String sql = """
                SELECT avg(CASE WHEN restocked_at <= due_at THEN 1.0 ELSE 0.0 END),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM restocked_at - first_reported_at) / 3600)
                FROM restock_job WHERE restocked_at >= ? AND restocked_at <= ?""";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setTimestamp(1, Timestamp.from(from));
            query.setTimestamp(2, Timestamp.from(now));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                double share = rows.getDouble(1);
                Double shareOrNull = rows.wasNull() ? null : share;
                double median = rows.getDouble(2);
                return new Double[] {shareOrNull, rows.wasNull() ? null : median};
            }
        }
    }

    private static List<CrewBreaches> breachesByCrew(Connection connection, Instant from, Instant now) throws SQLException {
        String sql = """
                SELECT coalesce(j.crew_id, 'unassigned') AS crew, count(*)
                FROM sla_alert a JOIN restock_job j ON j.id = a.job_id
                WHERE a.kind = 'SLA_BREACH' AND a.fired_at >= ? AND a.fired_at <= ?
                GROUP BY crew ORDER BY count(*) DESC, crew""";
        List<CrewBreaches> result = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setTimestamp(1, Timestamp.from(from));
            query.setTimestamp(2, Timestamp.from(now));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(new CrewBreaches(rows.getString(1), rows.getLong(2)));
                }
            }
        }
        return result;
    }

    private Funnel funnel(Connection connection, Instant from, Instant now) throws SQLException {
        String sql = """
                SELECT (SELECT count(*) FROM stockout_report WHERE reported_at >= ?1 AND reported_at <= ?2)
                     + (SELECT count(*) FROM needs_location_report WHERE reported_at >= ?1 AND reported_at <= ?2 AND status <> 'placed'),
                       (SELECT count(*) FROM restock_job WHERE created_at >= ?1 AND created_at <= ?2),
                       (SELECT count(*) FROM restock_job WHERE created_at >= ?1 AND created_at <= ?2 AND restocked_at IS NOT NULL)""";
        try (PreparedStatement query = connection.prepareStatement(sql.replace("?1", "?").replace("?2", "?"))) {
            for (int pair = 0; pair < 4; pair++) {
                query.setTimestamp(pair * 2 + 1, Timestamp.from(from));
                query.setTimestamp(pair * 2 + 2, Timestamp.from(now));
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return new Funnel(mentions.countSince(from), rows.getLong(1), rows.getLong(2), rows.getLong(3));
            }
        }
    }
}
