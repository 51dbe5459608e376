package org.restockradar.dispatch;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.postgresql.ds.PGSimpleDataSource;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.TypedSettings;
import org.restockradar.dispatch.admin.CommandDatabase;
import org.restockradar.dispatch.store.DispatchSchema;

/**
 * Dispatch's database for the operator commands of {@link DispatchMain#execute} (its own, and the launcher's {@code job-services})
 * ({@code tokens}, {@code crews}): the
 * {@code db.*} settings of the same layers as the service (defaults, {@code --config FILE}, {@code RR_*}), one plain
 * connection at a time (no pool for a command), the schema migrated first as the service migrates it at start.
 */
final class DispatchDatabase implements CommandDatabase {
    private final Supplier<Path> config;
    private final Map<String, String> environment;

    /** @param config the {@code --config} file once the command line is parsed, or null */
    DispatchDatabase(Supplier<Path> config, Map<String, String> environment) {
        this.config = config;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public Open open() {
        TypedSettings settings = DispatchSettings.SETTINGS.read(Settings.load(DispatchSettings.SETTINGS.defaults(), config.get(), environment));
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(settings.get(DispatchSettings.DB_URL));
        dataSource.setUser(settings.get(DispatchSettings.DB_USER));
        settings.find(DispatchSettings.DB_PASSWORD).ifPresent(dataSource::setPassword);
        DispatchSchema.migrate(dataSource);
        return new Open(dataSource, () -> { });
    }
}
