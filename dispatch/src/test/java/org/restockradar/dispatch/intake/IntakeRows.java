package org.restockradar.dispatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.StockoutReport;
import org.restockradar.contracts.Topics;

/** The records the intake takes and the rows it writes, as its integration tests build and read them. */
final class IntakeRows {
    private static final String TOPIC = Topics.STOCKOUT_REPORTS.name();
    private static final Deserializer<JobEvent> EVENTS = Topics.JOB_EVENTS.valueSerde().deserializer();

    private IntakeRows() {
    }

    /** The report as a record of partition 0 at that offset, keyed by its outlet. */
    static ConsumerRecord<String, byte[]> recordOf(long offset, StockoutReport report) {
        return new ConsumerRecord<>(TOPIC, 0, offset, report.outletId(),
                Topics.STOCKOUT_REPORTS.valueSerde().serializer().serialize(TOPIC, report));
    }

    /** Every row of the intake's tables, to compare before and after. */
    static List<String> snapshot(DataSource database) throws SQLException {
        List<String> all = new ArrayList<>();
        all.addAll(rows(database, "SELECT r::text FROM restock_job r ORDER BY id"));
        all.addAll(rows(database, "SELECT r::text FROM stockout_report r ORDER BY mention_id"));
        all.addAll(rows(database, "SELECT r::text FROM job_event r ORDER BY id"));
        all.addAll(rows(database, "SELECT r::text FROM outbox r ORDER BY id"));
        return all;
    }

    /** The outbox's events in order, each checked to be keyed by its job. */
    static List<JobEvent> publishedEvents(DataSource database) throws SQLException {
        List<JobEvent> events = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT record_key, payload FROM outbox ORDER BY id")) {
            while (row.next()) {
                JobEvent event = EVENTS.deserialize(Topics.JOB_EVENTS.name(), row.getBytes(2));
                assertThat(row.getString(1)).isEqualTo(Long.toString(event.jobId()));
                events.add(event);
            }
        }
        return events;
    }

    /** The first column of each row the query returns. */
    static List<String> rows(DataSource database, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                rows.add(row.getString(1));
            }
        }
        return rows;
    }
}
