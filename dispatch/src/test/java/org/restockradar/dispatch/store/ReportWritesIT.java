package org.restockradar.dispatch.store;

import org.restockradar.dispatch.DispatchTables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.restockradar.dispatch.Reports.T0;
import static org.restockradar.dispatch.Reports.report;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
import org.restockradar.embedded.testing.TestPostgres;

/**
 * What a report costs PostgreSQL in writes beyond its rows (issue #16): the index entries each write keeps up. A report
 * that joins an open job changes no indexed column of the job, so the job's new version stays on its page as a heap-only
 * tuple with no index entry; and each index of {@code stockout_report} is one a query of dispatch reads, none kept up
 * for a reader that has moved to a module of its own.
 */
@Tag("integration")
final class ReportWritesIT {
    private static final Instant OPENED_AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final Duration SLA = Duration.ofHours(48);
    /** PostgreSQL's {@code HEAP_ONLY_TUPLE} bit of {@code t_infomask2}: a row version no index points at. */
    private static final int HEAP_ONLY_TUPLE = 0x8000;

    /** How a plan line names the index a scan reads ("Index Scan using x on t", "Bitmap Index Scan on x"). */
    private static final Pattern INDEX_USED = Pattern.compile("(?:Index Scan using|Index Only Scan using|Bitmap Index Scan on) (\\S+)");

    private static HikariDataSource database;

    @BeforeAll
    static void startDatabase() throws SQLException {
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 2);
        DispatchSchema.migrate(database);
        TestPostgres.execute(database, "CREATE EXTENSION IF NOT EXISTS pageinspect");
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        DispatchTables.emptyJobs(database);
    }

    @Test
    void shouldKeepTheJobsNewVersionOnItsPageWithoutIndexEntriesWhenALaterReportJoinsIt() throws SQLException {
        // Given a job opened by a poll's report
        storeAt(OPENED_AT).recordAll(List.of(report("hot-1").by("@asha").reportedAt(T0).build()));

        // When a later poll's report of the same outlet and product joins it, an hour on
        storeAt(OPENED_AT.plus(Duration.ofHours(1))).recordAll(List.of(report("hot-2").by("@ravi").reportedAt(T0.plusSeconds(600)).build()));

        // Then the job's live version is a heap-only tuple: its count and update time changed, no indexed column did
        assertThat(liveJobVersionFlags()).singleElement()
                .satisfies(flags -> assertThat(flags & HEAP_ONLY_TUPLE).as("HEAP_ONLY_TUPLE of the job's live version").isNotZero());
        assertThat(scalar("SELECT report_count FROM restock_job")).isEqualTo("2");
    }

    @Test
    void shouldKeepOnlyTheIndexesOfStockoutReportThatDispatchsQueriesRead() throws SQLException {
        // Given reports enough, analyzed, that the planner reads an index where one serves
        TestPostgres.execute(database, """
                INSERT INTO restock_job (outlet_id, outlet_name, brand, product_key, created_at, first_reported_at, due_at,
                                         report_count, updated_at)
                SELECT 'OUT-' || g, 'Shop ' || g, 'Hippo', 'HIPPO-CHIPS-50G', now(), now(), now() + interval '48 hours', 5, now()
                FROM generate_series(1, 2000) g""");
        TestPostgres.execute(database, """
                INSERT INTO stockout_report (mention_id, job_id, source, reporter_id, reporter_handle, text, reported_at, received_at)
                SELECT 'm-' || g, 1 + g % 2000, 'x', 'acct-' || (g % 700), '@r' || (g % 700), 'out of chips',
                       now() - g * interval '1 minute', now() - g * interval '1 minute'
                FROM generate_series(1, 10000) g""");
        TestPostgres.execute(database, "ANALYZE restock_job, stockout_report");

        // When each query of dispatch on stockout_report is planned
        Set<String> read = new TreeSet<>();
        for (String query : List.of(
                "SELECT job_id FROM stockout_report WHERE mention_id = 'm-17'",
                "SELECT mention_id, job_id FROM stockout_report WHERE mention_id = ANY('{m-1,m-2,m-3}'::text[])",
                "SELECT mention_id, source, reporter_handle, text, reported_at FROM stockout_report WHERE job_id = 42 ORDER BY reported_at, mention_id",
                "SELECT ARRAY(SELECT r.reporter_handle FROM stockout_report r WHERE r.job_id = j.id GROUP BY r.reporter_handle"
                        + " ORDER BY min(r.reported_at), r.reporter_handle) FROM restock_job j WHERE j.id = 42",
                "SELECT count(*) FROM stockout_report WHERE reported_at >= now() - interval '1 hour' AND reported_at <= now()")) {
            read.addAll(indexesRead(query));
        }

        // Then every index of the table is one of those the plans read
        assertThat(indexesOf("stockout_report")).allSatisfy(index -> assertThat(read).as("indexes the plans read").contains(index));
    }

    private static JobStore storeAt(Instant now) {
        return new JobStore(database, Clock.fixed(now, ZoneOffset.UTC), SLA);
    }

    /** {@code t_infomask2} of each live (not updated since) version of a job row, from the pages' own items. */
    private static List<Integer> liveJobVersionFlags() throws SQLException {
        return rows("""
                SELECT i.t_infomask2 FROM restock_job j,
                       LATERAL heap_page_items(get_raw_page('restock_job', (j.ctid::text::point)[0]::int)) i
                WHERE i.lp = (j.ctid::text::point)[1]::int""").stream().map(Integer::valueOf).toList();
    }

    private static Set<String> indexesRead(String query) throws SQLException {
        Set<String> names = new TreeSet<>();
        for (String line : rows("EXPLAIN " + query)) {
            Matcher using = INDEX_USED.matcher(line);
            while (using.find()) {
                names.add(using.group(1));
            }
        }
        return names;
    }

    private static List<String> indexesOf(String table) throws SQLException {
        return rows("SELECT indexname FROM pg_indexes WHERE tablename = '" + table + "' ORDER BY indexname");
    }

    /** The first column of each row the query returns, as text. */
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

    private static String scalar(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
