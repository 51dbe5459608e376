package org.restockradar.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("integration")
final class LocalPostgresIT {
    @Test
    void shouldKeepItsDataAcrossARestartOnTheSameDirectoryAndRefuseASecondServerMeanwhile(@TempDir Path dataDir)
            throws SQLException {
        try (LocalPostgres postgres = LocalPostgres.start(dataDir)) {
            execute(postgres.dataSource(), "CREATE TABLE outlet (name text PRIMARY KEY)",
                    "INSERT INTO outlet VALUES ('Sharma General Store, Kothrud')");

            assertThatThrownBy(() -> LocalPostgres.start(dataDir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use");
        }

        try (LocalPostgres postgres = LocalPostgres.start(dataDir)) {
            assertThat(postgres.jdbcUrl()).endsWith("/" + LocalPostgres.DEFAULT_DATABASE);
            assertThat(query(postgres.dataSource(), "SELECT current_database()"))
                    .containsExactly(LocalPostgres.DEFAULT_DATABASE);
            assertThat(query(postgres.dataSource(), "SELECT name FROM outlet"))
                    .containsExactly("Sharma General Store, Kothrud");
            assertThat(query(postgres.dataSource(), "SHOW fsync")).containsExactly("on");
        }
    }

    @Test
    void shouldSpaceCheckpointsOfTheSystemOfRecordWithoutGivingUpDurability(@TempDir Path dataDir) throws SQLException {
        try (LocalPostgres postgres = LocalPostgres.start(dataDir)) {
            assertThat(query(postgres.dataSource(), "SHOW max_wal_size")).containsExactly("4GB");
            assertThat(query(postgres.dataSource(), "SHOW checkpoint_timeout")).containsExactly("15min");
            assertThat(query(postgres.dataSource(), "SHOW wal_buffers")).containsExactly("16MB");
            assertThat(query(postgres.dataSource(), "SHOW synchronous_commit")).containsExactly("on");
            assertThat(query(postgres.dataSource(), "SHOW fsync")).containsExactly("on");
        }
    }

    @Test
    void shouldHaveAutovacuumLookAtEachTableOfTheSystemOfRecordEveryTenSeconds(@TempDir Path dataDir) throws SQLException {
        try (LocalPostgres postgres = LocalPostgres.start(dataDir)) {
            assertThat(query(postgres.dataSource(), "SHOW autovacuum_naptime")).containsExactly("10s");
            assertThat(query(postgres.dataSource(), "SHOW autovacuum")).containsExactly("on");
        }
    }

    @Test
    void shouldDeleteAThrowawayServersDirectoryOnClose() throws SQLException {
        Path dataDir;
        try (LocalPostgres postgres = LocalPostgres.throwaway()) {
            dataDir = postgres.dataDirectory();
            execute(postgres.dataSource(), "CREATE TABLE scratch (id int)", "INSERT INTO scratch VALUES (1)");
            assertThat(query(postgres.dataSource(), "SELECT count(*) FROM scratch")).containsExactly("1");
            assertThat(dataDir).isDirectory();
        }

        assertThat(dataDir).doesNotExist();
    }

    @Test
    void shouldStopTheServerThatAKilledOwnerLeftRunningAndKeepItsData(@TempDir Path dataDir) throws SQLException {
        ProcessHandle leftover;
        try (ChildJvm owner = ChildJvm.start(EmbeddedChild.class, "postgres", dataDir.toString())) {
            String jdbcUrl = owner.awaitValue("jdbc-url", Duration.ofSeconds(90));
            leftover = ProcessHandle.of(Long.parseLong(owner.awaitValue("server-pid", Duration.ofSeconds(5))))
                    .orElseThrow();
            try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE job (id int PRIMARY KEY)");
                statement.execute("INSERT INTO job VALUES (42)");
            }

            owner.kill();
        }
        // The precondition of the test: PostgreSQL outlived the process that started it.
        assertThat(leftover.isAlive()).isTrue();

        try (LocalPostgres postgres = LocalPostgres.start(dataDir)) {
            // Stopped: gone, or a zombie that its parent has not reaped yet (isAlive() is true for one).
            assertThat(Processes.isRunning(leftover)).isFalse();
            assertThat(postgres.serverPid()).isNotEqualTo(leftover.pid());
            assertThat(query(postgres.dataSource(), "SELECT id FROM job")).containsExactly("42");
        }
    }

    @Test
    void shouldStartAtOnceAfterItsOwnerAndItsServerWereBothKilled(@TempDir Path dataDir) throws SQLException {
        ProcessHandle killed;
        try (ChildJvm owner = ChildJvm.start(EmbeddedChild.class, "postgres", dataDir.toString())) {
            String jdbcUrl = owner.awaitValue("jdbc-url", Duration.ofSeconds(90));
            killed = ProcessHandle.of(Long.parseLong(owner.awaitValue("server-pid", Duration.ofSeconds(5)))).orElseThrow();
            try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE job (id int PRIMARY KEY)");
                statement.execute("INSERT INTO job VALUES (42)");
            }

            // kill -9 of the launcher and its PostgreSQL together, and no waiting for the server to be gone.
            killed.destroyForcibly();
            owner.kill();
        }

        try (LocalPostgres postgres = LocalPostgres.start(dataDir)) {
            assertThat(postgres.serverPid()).isNotEqualTo(killed.pid());
            assertThat(query(postgres.dataSource(), "SELECT id FROM job")).containsExactly("42");
        }
    }

    @Test
    void shouldTakeAPidFileNamingAZombieForTheStaleFileOfADeadServer(@TempDir Path dataDir) throws Exception {
        try (LocalPostgres postgres = LocalPostgres.start(dataDir)) {
            execute(postgres.dataSource(), "CREATE TABLE job (id int PRIMARY KEY)", "INSERT INTO job VALUES (42)");
        }
        try (ZombieProcess killed = ZombieProcess.start()) {
            // A killed server whose parent has not reaped it yet.
            killed.kill();
            long zombiePid = killed.child().pid();
            Path pidFile = dataDir.resolve(LocalPostgres.PGDATA).resolve("postmaster.pid");
            Files.writeString(pidFile, zombiePid + "\n" + dataDir.resolve(LocalPostgres.PGDATA) + "\n", StandardCharsets.UTF_8);

            try (LocalPostgres postgres = LocalPostgres.start(dataDir)) {
                assertThat(postgres.serverPid()).isNotEqualTo(zombiePid);
                assertThat(query(postgres.dataSource(), "SELECT id FROM job")).containsExactly("42");
            }
        }
    }

    private static void execute(DataSource dataSource, String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> query(DataSource dataSource, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
