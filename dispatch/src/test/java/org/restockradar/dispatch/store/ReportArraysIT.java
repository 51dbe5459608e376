package org.restockradar.dispatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restockradar.dispatch.Reports.T0;
import static org.restockradar.dispatch.Reports.report;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.dispatch.DispatchTables;
import org.restockradar.dispatch.crews.AutoAssigner;
import org.restockradar.dispatch.crews.Crew;
import org.restockradar.dispatch.crews.CrewStore;
import org.restockradar.embedded.testing.TestPostgres;

/**
 * How a poll's reports reach PostgreSQL (issue #16, session 17): each column of the set-based statements is a Java array
 * that the driver sends in the binary array format, element by element as it is, not an array literal it quotes and
 * escapes and the server parses back; texts that an array literal has to quote (quotes, backslashes, braces, commas,
 * the word NULL, an empty string, non-Latin scripts) are stored as written.
 */
@Tag("integration")
final class ReportArraysIT {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private static HikariDataSource database;

    @BeforeAll
    static void startDatabase() throws SQLException {
        database = TestPostgres.pool(TestPostgres.freshDatabase(), 2);
        DispatchSchema.migrate(database);
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        DispatchTables.emptyJobsCrewsAndOutlets(database);
    }

    @Test
    void shouldStoreAPollsAwkwardTextsAsWrittenWithoutBuildingArrayLiterals() throws SQLException {
        // Given a poll whose texts an array literal must quote or escape, on a connection that counts literal arrays
        List<String> texts = List.of("no \"Hippo\" chips at {Sharma}, Kothrud", "back\\slash, and a comma", "NULL", "",
                "कोथरूड में हिप्पो नहीं मिल रहा", "two\nlines");
        List<org.restockradar.contracts.StockoutReport> poll = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            poll.add(report("odd-" + i).by("@r" + i).named(i == 2 ? "NULL" : "Asha \"A\" {" + i + "}").text(texts.get(i))
                    .reportedAt(T0.plusSeconds(i)).build());
        }
        AtomicInteger arrayLiterals = new AtomicInteger();

        // When the poll is recorded
        List<Recorded> recorded = new JobStore(countingArrayLiterals(database, arrayLiterals), Clock.fixed(NOW, ZoneOffset.UTC),
                Duration.ofHours(48)).recordAll(poll);

        // Then each report is stored with its text and reporter's name as written, its events beside it
        assertThat(recorded).extracting(Recorded::outcome).containsExactly(Recorded.Outcome.OPENED_JOB, Recorded.Outcome.ATTACHED,
                Recorded.Outcome.ATTACHED, Recorded.Outcome.ATTACHED, Recorded.Outcome.ATTACHED, Recorded.Outcome.ATTACHED);
        assertThat(column("SELECT text FROM stockout_report ORDER BY mention_id")).containsExactlyElementsOf(texts);
        assertThat(column("SELECT reporter_name FROM stockout_report WHERE mention_id = 'odd-2'")).containsExactly("NULL");
        assertThat(column("SELECT reporter_name FROM stockout_report WHERE mention_id = 'odd-0'")).containsExactly("Asha \"A\" {0}");
        assertThat(column("SELECT detail ->> 'mention_id' FROM job_event WHERE kind = 'OPENED'")).containsExactly("odd-0");
        assertThat(column("SELECT count(*) FROM outbox o JOIN job_event e USING (event_id)")).containsExactly("1");
        assertThat(column("SELECT count(*) FROM outbox")).containsExactly(Integer.toString(texts.size()));
        // and no column went as an array literal
        assertThat(arrayLiterals).as("createArrayOf calls while recording the poll").hasValue(0);
    }

    @Test
    void shouldPlaceAPollsNewJobsWithTheAutoAssignerWithoutBuildingArrayLiterals() throws SQLException {
        // Given a crew covering Kothrud and a poll opening a job there and one in Baner, which no crew covers
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        new CrewStore(database, clock).saveAll(List.of(new Crew("van-kothrud", "Kothrud Van", Crew.Kind.VAN, Set.of("pune|kothrud"), 10,
                LocalTime.of(0, 0), LocalTime.of(23, 59), true)));
        AtomicInteger arrayLiterals = new AtomicInteger();
        JobStore store = new JobStore(countingArrayLiterals(database, arrayLiterals), clock, Duration.ofHours(48), Duration.ofDays(7),
                new AutoAssigner(25).listener());

        // When the poll is recorded with the auto-assigner on
        store.recordAll(List.of(report("kothrud-1").build(),
                report("baner-1").at("OUT-PUNE-002", "Patil Kirana", "Baner", "Pune").reportedAt(T0.plusSeconds(5)).build()));

        // Then the Kothrud job went to the crew and the Baner job is flagged uncovered
        assertThat(column("SELECT outlet_id || ' ' || status || ' ' || coalesce(crew_id, '-') || ' ' || uncovered FROM restock_job"
                + " ORDER BY outlet_id")).containsExactly("OUT-PUNE-001 assigned van-kothrud false", "OUT-PUNE-002 reported - true");
        // and no column of the intake's or the assigner's statements went as an array literal
        assertThat(arrayLiterals).as("createArrayOf calls while recording and placing the poll").hasValue(0);
    }

    /** The data source with each connection counting its {@code createArrayOf} calls. */
    private static DataSource countingArrayLiterals(DataSource data, AtomicInteger count) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(method, data, args);
                    return result instanceof Connection connection ? counting(connection, count) : result;
                });
    }

    private static Connection counting(Connection connection, AtomicInteger count) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("createArrayOf")) {
                        count.incrementAndGet();
                    }
                    return invoke(method, connection, args);
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
