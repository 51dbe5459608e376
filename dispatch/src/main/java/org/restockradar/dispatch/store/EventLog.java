package org.restockradar.dispatch.store;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serializer;
import org.restockradar.contracts.Json;
import org.restockradar.contracts.JobStatus;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.LanguageGuess;
import org.restockradar.contracts.Topics;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Writes a job's history: each {@link JobEvent} becomes a {@code job_event} row and an {@code outbox} row for
 * {@link Topics#JOB_EVENTS}, on the caller's connection, so that both commit or roll back with the change they record.
 * The published form of an {@link JobEvent.Kind#OPENED}, {@link JobEvent.Kind#REPORT_ADDED} or
 * {@link JobEvent.Kind#STATUS_CHANGED} event also carries the
 * job's facts and reports as the same transaction sees them ({@link JobEvent#job()}, {@link JobEvent#reports()}): what
 * rewards and replies need, so that they never read dispatch's tables. The history row stays as it was.
 */
public final class EventLog {
    private static final String INSERT_OUTBOX = """
            INSERT INTO outbox (event_id, topic, record_key, payload, created_at) VALUES (?, ?, ?, ?, ?)
            """;
    /** Both rows in one statement, the history row then {@link #INSERT_OUTBOX}: one round trip to the database per event. */
    private static final String INSERT_EVENT_AND_OUTBOX = """
            WITH event AS (
                INSERT INTO job_event (event_id, job_id, kind, from_status, to_status, crew_id, actor, actor_role, reason, detail, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?))
            """ + INSERT_OUTBOX;
    private static final Serializer<JobEvent> SERIALIZER = Topics.JOB_EVENTS.valueSerde().serializer();
    private static final String JOB_FACTS = """
            SELECT outlet_id, outlet_name, locality, city, brand, sku, first_reported_at, restocked_at FROM restock_job WHERE id = ?
            """;
    private static final String JOB_REPORTS = """
            SELECT mention_id, source, reporter_id, reporter_handle, reported_at, text, reporter_name FROM stockout_report
            WHERE job_id = ? ORDER BY reported_at, mention_id LIMIT ?
            """;
    /** The one report a REPORT_ADDED announces (its readers add it to the reports they already hold). */
    private static final String ADDED_REPORT = """
            SELECT mention_id, source, reporter_id, reporter_handle, reported_at, text, reporter_name FROM stockout_report
            WHERE job_id = ? AND mention_id = ?
            """;
    /**
     * Most reports one event carries, first reported first: a job's record stays far below Kafka's 1 MB message limit
     * (a report is about 200 bytes). A job reported more often than this credits and answers its first reporters only.
     */
    static final int MAX_REPORTS = 1000;
    /** The kinds whose published form carries the job's facts and reports. */
    private static final Set<JobEvent.Kind> CARRY_JOB = EnumSet.of(JobEvent.Kind.OPENED, JobEvent.Kind.REPORT_ADDED, JobEvent.Kind.STATUS_CHANGED);

    private EventLog() {
    }

    /** A new event with a new id that sorts by its time ({@link EventIds}). */
    public static JobEvent event(long jobId, JobEvent.Kind kind, JobStatus from, JobStatus to, String crewId,
                                 String actor, String actorRole, String reason, Map<String, String> detail, Instant at) {
        return new JobEvent(EventIds.at(at).toString(), jobId, kind, from == null ? null : from.code(), to.code(), crewId,
                actor, actorRole, reason, detail, at);
    }

    /** Whether the event's published form carries the job's facts and reports (its kind's, when written in Java). */
    static boolean carriesJob(JobEvent event) {
        return CARRY_JOB.contains(event.kind());
    }

    /** Appends the event to the job's history and to the outbox, in the connection's current transaction. */
    public static void append(Connection connection, JobEvent event) throws SQLException {
        UUID id = UUID.fromString(event.eventId());
        OffsetDateTime at = OffsetDateTime.ofInstant(event.occurredAt().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT_AND_OUTBOX)) {
            int i = 0;
            insert.setObject(++i, id);
            insert.setLong(++i, event.jobId());
            insert.setString(++i, event.kind().name());
            insert.setString(++i, event.fromStatus());
            insert.setString(++i, event.toStatus());
            insert.setString(++i, event.crewId());
            insert.setString(++i, event.actor());
            insert.setString(++i, event.actorRole());
            insert.setString(++i, event.reason());
            insert.setString(++i, json(event.detail()));
            insert.setObject(++i, at);
            setOutboxRow(insert, i, connection, event);
            insert.executeUpdate();
        }
    }

    /** The event as {@code job-events} gets it: with the job's facts and reports when its kind carries them. */
    private static JobEvent published(Connection connection, JobEvent event) throws SQLException {
        if (event.job() != null || !CARRY_JOB.contains(event.kind())) {
            return event;
        }
        JobEvent.Job job;
        try (PreparedStatement select = connection.prepareStatement(JOB_FACTS)) {
            select.setLong(1, event.jobId());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return event;
                }
                job = new JobEvent.Job(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                        row.getString(6), instant(row.getTimestamp(7)), instant(row.getTimestamp(8)));
            }
        }
        List<JobEvent.Report> reports = new ArrayList<>();
        // A joining report carries itself only: every report the job's readers hold came with an earlier event, and
        // carrying them all again on each join would cost a job's reports squared over its life.
        boolean added = event.kind() == JobEvent.Kind.REPORT_ADDED && event.detail().containsKey("mention_id");
        try (PreparedStatement select = connection.prepareStatement(added ? ADDED_REPORT : JOB_REPORTS)) {
            select.setLong(1, event.jobId());
            if (added) {
                select.setString(2, event.detail().get("mention_id"));
            } else {
                select.setInt(2, MAX_REPORTS);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    reports.add(new JobEvent.Report(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                            instant(row.getTimestamp(5)), LanguageGuess.of(row.getString(6)).code(), row.getString(7)));
                }
            }
        }
        return event.with(job, reports);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /**
     * Publishes the event through the outbox only, in the connection's current transaction, without a history row: for
     * news that concerns the services reading {@code job-events} but is no change of the job's lifecycle
     * ({@link JobEvent.Kind#REPORT_ADDED}).
     */
    public static void publish(Connection connection, JobEvent event) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_OUTBOX)) {
            setOutboxRow(insert, 0, connection, event);
            insert.executeUpdate();
        }
    }

    /** The outbox row's five parameters (event id, topic, key, payload, time), after the {@code before} already set. */
    private static void setOutboxRow(PreparedStatement insert, int before, Connection connection, JobEvent event) throws SQLException {
        int i = before;
        insert.setObject(++i, UUID.fromString(event.eventId()));
        insert.setString(++i, Topics.JOB_EVENTS.name());
        insert.setString(++i, Long.toString(event.jobId()));
        insert.setBytes(++i, SERIALIZER.serialize(Topics.JOB_EVENTS.name(), published(connection, event)));
        insert.setObject(++i, OffsetDateTime.ofInstant(event.occurredAt().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
    }

    /**
     * The outbox payload of the event split around its job id: {@code [before, after]} such that
     * {@code before + jobId + after} is the serialized event with that job id. For a statement that learns the job id.
     *
     * @param placeholder the job id the event carries, found exactly once in its serialized form
     */
    public static String[] payloadAround(JobEvent event, long placeholder) {
        String json = new String(SERIALIZER.serialize(Topics.JOB_EVENTS.name(), event), StandardCharsets.UTF_8);
        String marker = "\"job_id\":" + placeholder;
        int at = json.indexOf(marker);
        if (at < 0 || json.indexOf(marker, at + 1) >= 0) {
            throw new IllegalStateException("job id " + placeholder + " is not once in the serialized event " + json);
        }
        return new String[] {json.substring(0, at + marker.length() - Long.toString(placeholder).length()),
                json.substring(at + marker.length())};
    }

    /** The event's detail as the JSON {@code job_event.detail} holds. */
    public static String detailJson(Map<String, String> detail) {
        return json(detail);
    }

    private static String json(Map<String, String> detail) {
        try {
            return Json.mapper().writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write event detail " + detail + " as JSON", e);
        }
    }
}
