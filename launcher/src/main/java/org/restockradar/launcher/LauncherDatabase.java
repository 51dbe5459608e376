package org.restockradar.launcher;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.postgresql.ds.PGSimpleDataSource;
import org.restockradar.dispatch.admin.CommandDatabase;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.embedded.LocalPostgres;

/**
 * The launcher's PostgreSQL ({@code <data-dir>/postgres}) for the operator commands ({@code restock-radar tokens …}):
 * the running launcher's server when one runs on the folder, else the server started for the command alone and
 * stopped after it. The schema is migrated first, as dispatch migrates it at start.
 */
final class LauncherDatabase implements CommandDatabase {
    private final Supplier<Path> dataDir;

    /** @param dataDir the launcher's {@code --data-dir}, once the command line is parsed */
    LauncherDatabase(Supplier<Path> dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public Open open() {
        Path folder = dataDir.get().resolve(LocalSystem.POSTGRES_DIR);
        Optional<String> running = LocalPostgres.runningJdbcUrl(folder);
        if (running.isPresent()) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(running.get());
            dataSource.setUser(LocalPostgres.USER);
            DispatchSchema.migrate(dataSource);
            return new Open(dataSource, () -> { });
        }
        LocalPostgres postgres = LocalPostgres.start(folder);
        try {
            DispatchSchema.migrate(postgres.dataSource());
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        return new Open(postgres.dataSource(), postgres);
    }
}
