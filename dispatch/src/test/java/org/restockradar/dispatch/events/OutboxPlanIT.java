package org.restockradar.dispatch.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.dispatch.DispatchTables;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.embedded.testing.TestPostgres;

/**
 * What the outbox costs each event it queues (issue #16): the relay's batch is read by the primary key whatever the
 * planner knows of the table (a server-side prepared statement keeps the generic plan of its first executions, which in
 * a new database come before autovacuum's first analyze), so the table keeps up no index but its key.
 */
@Tag("integration")
final class OutboxPlanIT {
    /** How a plan line names the index a scan reads ("Index Scan using x on t", "Bitmap Index Scan on x"). */
    private static final Pattern INDEX_USED = Pattern.compile("(?:Index Scan using|Index Only Scan using|Bitmap Index Scan on) (\\S+)");

    private static HikariDataSource database;

    @BeforeAll
    static void startDatabase() {
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 2);
        DispatchSchema.migrate(database);
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @BeforeEach
    void newTable() throws SQLException {
        TestPostgres.execute(database, "TRUNCATE outbox RESTART IDENTITY");
    }

    @Test
    void shouldTakeTheRelaysBatchByThePrimaryKeyWhenTheGenericPlanIsMadeOnANewTable() throws SQLException {
        String plan = DispatchTables.genericPlan(database, OutboxRelay.TAKE_UNSENT);

        assertThat(plan).doesNotContain("Seq Scan").contains("outbox_pkey");
    }

    @Test
    void shouldTakeTheRelaysBatchByThePrimaryKeyFromAQueueWhoseHeapHoldsItsDeletedRows() throws SQLException {
        // Given a queue as the relay leaves it: 20,000 rows written, all but the last 500 deleted, analyzed
        fillAndDrain();

        String plan = DispatchTables.genericPlan(database, OutboxRelay.TAKE_UNSENT);

        assertThat(plan).doesNotContain("Seq Scan").contains("outbox_pkey");
    }

    @Test
    void shouldKeepNoIndexOnTheOutboxThatTheRelaysPlansDoNotRead() throws SQLException {
        Set<String> read = new TreeSet<>(indexesRead(DispatchTables.genericPlan(database, OutboxRelay.TAKE_UNSENT)));
        fillAndDrain();
        read.addAll(indexesRead(DispatchTables.genericPlan(database, OutboxRelay.TAKE_UNSENT)));

        assertThat(rows("SELECT indexname FROM pg_indexes WHERE tablename = 'outbox' ORDER BY indexname"))
                .allSatisfy(index -> assertThat(read).as("indexes the relay's plans read").contains(index));
    }

    private static void fillAndDrain() throws SQLException {
        TestPostgres.execute(database, """
                INSERT INTO outbox (event_id, topic, record_key, payload, created_at)
                SELECT gen_random_uuid(), 'job-events', (g % 700)::text, convert_to(repeat('x', 900), 'UTF8'), now()
                FROM generate_series(1, 20000) g""");
        TestPostgres.execute(database, "DELETE FROM outbox WHERE id <= 19500");
        TestPostgres.execute(database, "ANALYZE outbox");
    }

    private static Set<String> indexesRead(String plan) {
        Set<String> names = new TreeSet<>();
        Matcher using = INDEX_USED.matcher(plan);
        while (using.find()) {
            names.add(using.group(1));
        }
        return names;
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                values.add(row.getString(1));
            }
        }
        return values;
    }
}
