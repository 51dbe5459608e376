package org.restockradar.dbkit.store;

import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings one service's schema up to date with Flyway: the SQL files under {@code location} on the class path, applied
 * in version order and remembered in {@code historyTable}. Each service keeps its migration files and names them here;
 * two services that share one database need history tables of their own, or each would take the other's applied
 * versions for missing files.
 *
 * @param owner        the service whose schema this is, as the log names it ({@code dispatch})
 * @param location     where its migrations are ({@code classpath:db/migration})
 * @param historyTable the table in which Flyway records what it applied
 */
public record Migrations(String owner, String location, String historyTable) {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    /** Flyway's own default, the table of a service that has its database to itself. */
    public static final String DEFAULT_HISTORY_TABLE = "flyway_schema_history";

    public Migrations {
        requireText(owner, "owner");
        requireText(location, "location");
        requireText(historyTable, "historyTable");
    }

    /** The migrations of a service that has its database to itself. */
    public Migrations(String owner, String location) {
        this(owner, location, DEFAULT_HISTORY_TABLE);
    }

    /** Applies the pending migrations; safe to call on every start. Clean (dropping everything) is disabled. */
    public void migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure()
                .dataSource(Objects.requireNonNull(dataSource, "dataSource"))
                .locations(location)
                .table(historyTable)
                .cleanDisabled(true)
                .load()
                .migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info("{} schema at version {} ({} migrations applied now)", owner, version, result.migrationsExecuted);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("migrations need a " + name + ": '" + value + "'");
        }
    }
}
