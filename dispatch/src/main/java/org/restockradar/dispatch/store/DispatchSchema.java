package org.restockradar.dispatch.store;

import javax.sql.DataSource;
import org.restockradar.dbkit.store.Migrations;

/** The dispatch schema: its migration files ({@code db/migration} on the class path) and the runner that applies them. */
public final class DispatchSchema {
    /** Dispatch's migrations, in Flyway's default history table (the one it has always used). */
    public static final Migrations MIGRATIONS = new Migrations("dispatch", "classpath:db/migration");

    private DispatchSchema() {
    }

    /** Applies the pending migrations; safe to call on every start. */
    public static void migrate(DataSource dataSource) {
        MIGRATIONS.migrate(dataSource);
    }
}
