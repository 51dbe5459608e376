package org.restockradar.dbkit.store;

import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
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
 * @param location     where its migrations are ({@code classpath:db/migration}); several, comma-separated, share one
 *                     version sequence and history
 * @param historyTable the table in which Flyway records what it applied
 * @param schema       the schema the migrations create and in which the history is kept (made when missing), or null
 *                     for the connection's default: a service that shares a server keeps its tables in a schema of its own
 */
public record Migrations(String owner, String location, String historyTable, String schema) {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    /** Flyway's own default, the table of a service that has its database to itself. */
    public static final String DEFAULT_HISTORY_TABLE = "flyway_schema_history";

    public Migrations {
        requireText(owner, "owner");
        requireText(location, "location");
        requireText(historyTable, "historyTable");
    }

    /** The migrations of a service whose tables are in the connection's default schema. */
    public Migrations(String owner, String location, String historyTable) {
        this(owner, location, historyTable, null);
    }

    /** The migrations of a service that has its database to itself. */
    public Migrations(String owner, String location) {
        this(owner, location, DEFAULT_HISTORY_TABLE);
    }

    /** What a schema of a service may be called: lower-case letters, digits and {@code _}, a letter first, at most 63. */
    public static final String SCHEMA_NAME_RULE = "lower-case letters, digits and _, starting with a letter";

    /** Whether {@code name} follows {@link #SCHEMA_NAME_RULE}, so that it needs no quoting in SQL. */
    public static boolean isSchemaName(String name) {
        return name != null && name.matches("[a-z][a-z0-9_]{0,62}");
    }

    /** The migrations of a service with a schema of its own, its history kept there under Flyway's default name. */
    public static Migrations inSchema(String owner, String location, String schema) {
        if (!isSchemaName(schema)) {
            throw new IllegalArgumentException("the schema of " + owner + " must be " + SCHEMA_NAME_RULE + ": '" + schema + "'");
        }
        return new Migrations(owner, location, DEFAULT_HISTORY_TABLE, schema);
    }

    /** Applies the pending migrations; safe to call on every start. Clean (dropping everything) is disabled. */
    public void migrate(DataSource dataSource) {
        FluentConfiguration flyway = Flyway.configure()
                .dataSource(Objects.requireNonNull(dataSource, "dataSource"))
                .locations(location.split(","))
                .table(historyTable)
                .cleanDisabled(true);
        if (schema != null) {
            flyway = flyway.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        MigrateResult result = flyway.load().migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info("{} schema{} at version {} ({} migrations applied now)", owner, schema == null ? "" : " (" + schema + ")", version,
                result.migrationsExecuted);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("migrations need a " + name + ": '" + value + "'");
        }
    }
}
