package org.restockradar.dispatch.admin;

import java.util.Objects;
import javax.sql.DataSource;

/**
 * Where an operator command finds dispatch's database: a deployment's from its settings, the launcher's embedded one.
 * Opened for one command, its schema migrated, closed after it.
 */
@FunctionalInterface
public interface CommandDatabase {

    /** Opens the database with dispatch's schema up to date; the caller closes it. */
    Open open();

    /** An open database and what closes it. */
    record Open(DataSource dataSource, AutoCloseable resources) implements AutoCloseable {
        public Open {
            Objects.requireNonNull(dataSource, "dataSource");
            Objects.requireNonNull(resources, "resources");
        }

        @Override
        public void close() {
            try {
                resources.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot close the database of the command: " + e.getMessage(), e);
            }
        }
    }
}
