package org.restockradar.dispatch;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.restockradar.contracts.Settings;
import org.restockradar.dispatch.admin.CommandDatabase;
import org.restockradar.dispatch.admin.CrewsCommand;
import org.restockradar.dispatch.admin.PageLink;
import org.restockradar.dispatch.admin.TokensCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the dispatcher as a process of its own: {@code dispatch [--config FILE]}. Settings come from
 * the defaults declared in {@link DispatchSettings}, then the file, then {@code RR_*} environment variables
 * ({@code RR_DB_PASSWORD} sets {@code db.password}). Stops cleanly on SIGTERM / Ctrl-C. The operator commands
 * {@code dispatch [--config FILE] tokens …} and {@code crews load} work on the same database and exit.
 */
@Command(name = "dispatch", mixinStandardHelpOptions = true,
        description = "Turns stock-out reports into restock jobs in PostgreSQL and serves the jobs API.")
public final class DispatchMain implements Callable<Integer> {
    /** Logback reads this unless -Dlogback.configurationFile names another: INFO, and WARN for the chatty clients. */
    static final String LOGGING_CONFIG = "org/restockradar/dispatch/dispatch-logback.xml";

    @Option(names = "--config", paramLabel = "FILE",
            description = "A properties file (UTF-8) laid over the defaults; RR_* environment variables override it.")
    Path config;

    public static void main(String[] args) {
        // Before the first logger exists, else logback has configured itself already.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOGGING_CONFIG);
        }
        DispatchMain main = new DispatchMain();
        int exitCode = execute(main, () -> main.config, PageLink.DISPATCH, args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /**
     * Runs a main's command line with the operator commands {@code tokens} and {@code crews} on dispatch's database (the
     * {@code db.*} settings of the main's {@code --config} and the environment).
     *
     * @param pages the pages the main's process serves, which {@code tokens issue --link} may link
     */
    public static int execute(Object main, Supplier<Path> config, PageLink pages, String... args) {
        CommandDatabase database = new DispatchDatabase(config, System.getenv());
        return new CommandLine(main)
                .addSubcommand(new TokensCommand(database, Clock.systemUTC(), pages))
                .addSubcommand(new CrewsCommand(database, Clock.systemUTC()))
                .execute(args);
    }

    @Override
    public Integer call() {
        Logger log = LoggerFactory.getLogger(DispatchMain.class);
        Settings settings = Settings.load(DispatchSettings.SETTINGS.defaults(), config, System.getenv());
        log.info("starting dispatch with {}", settings);
        DispatchService service = DispatchService.startServingMetrics(settings, Clock.systemUTC(), java.util.List.of());
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "dispatch-shutdown"));
        log.info("dispatch is running; jobs at http://localhost:{}/api/jobs", service.httpPort());
        // The consumer and the HTTP server threads keep the process alive until it is stopped.
        return 0;
    }
}
