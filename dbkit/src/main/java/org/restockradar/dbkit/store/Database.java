package org.restockradar.dbkit.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Objects;

/**
 * Where a service's PostgreSQL is: a JDBC URL, user and password (null when the server asks none). Services that share
 * one server keep their tables apart by schema ({@link #pool} with a schema of their own).
 */
public record Database(String jdbcUrl, String user, String password) {
    /** How long a caller waits for a connection of a pool before "store unavailable". */
    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);

    public Database {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
    }

    /**
     * A HikariCP pool on this database.
     *
     * @param name   the pool's name in logs and metrics ({@code rewards-db})
     * @param schema the schema every connection works in (its {@code search_path}), or null for the server's default
     */
    public HikariDataSource pool(String name, int size, String schema) {
        return pool(name, size, schema, null);
    }

    /** As {@link #pool(String, int, String)}, with the pool's meters ({@code hikaricp_connections_*}, tagged pool=name) in a registry. */
    public HikariDataSource pool(String name, int size, String schema, MeterRegistry meters) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        if (schema != null) {
            config.setSchema(schema);
        }
        if (meters != null) {
            config.setMetricRegistry(meters);
        }
        return new HikariDataSource(config);
    }

    @Override
    public String toString() {
        return "Database[" + jdbcUrl + ", user " + user + "]";
    }
}
