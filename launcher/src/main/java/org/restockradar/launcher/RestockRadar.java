package org.restockradar.launcher;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.restockradar.contracts.Settings;
import org.restockradar.dispatch.DispatchSettings;
import org.restockradar.dispatch.admin.TokensCommand;
import org.restockradar.stream.evaluate.EvaluateCommand;
import org.restockradar.stream.evaluate.TrainModelCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The all-in-one launcher, the laptop default: {@code java -jar launcher/target/restock-radar.jar}.
 * Starts the whole system on embedded Kafka and PostgreSQL with the demo data and serves the API and
 * dashboard on http://localhost:8080.
 */
@Command(name = "restock-radar", mixinStandardHelpOptions = true, subcommands = {EvaluateCommand.class, TrainModelCommand.class, ExportRewardsCommand.class},
        description = "Runs Restock Radar locally: embedded Kafka and PostgreSQL, demo outlets and mentions, API and dashboard.")
public final class RestockRadar implements Callable<Integer> {

    @Option(names = "--data-dir", defaultValue = "data", description = "where Kafka, PostgreSQL and the stream state keep their data (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--throwaway", description = "keep nothing: everything in a temporary folder")
    boolean throwaway;

    @Option(names = "--http-port", defaultValue = "8080", description = "port of the API and dashboard (default: ${DEFAULT-VALUE})")
    int httpPort;

    @Option(names = "--management-port", defaultValue = "8081",
            description = "port of /metrics and /health/* of the whole process, apart from the dashboard's (default: ${DEFAULT-VALUE}; 0: any free one)")
    int managementPort;

    @Option(names = "--demo-rate", defaultValue = "0.07",
            description = "mentions replayed per second after the demo's backlog, 0 for all at once (default: ${DEFAULT-VALUE}, about an hour for the bundled file)")
    double demoRate;

    @Option(names = "--no-demo", description = "start without replaying any mentions or simulating field work (the demo crews are still loaded)")
    boolean noDemo;

    @Option(names = "--catalog", description = "the brand catalog (catalog.json); default: the bundled demo catalog")
    Path catalog;

    @Option(names = "--outlets", description = "the outlet registry (outlets.csv) to import; default: the bundled demo outlets")
    Path outlets;

    @Option(names = "--mentions", description = "a mentions file (JSONL) to replay; default: the bundled demo mentions")
    Path mentions;

    @Option(names = "--config", description = "a properties file laid over the embedded defaults; RR_* environment variables override it")
    Path config;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The launcher's command line with its operator commands, which work on its {@code --data-dir}. */
    static CommandLine commandLine() {
        RestockRadar launcher = new RestockRadar();
        return new CommandLine(launcher)
                // The launcher runs rewards beside dispatch unless its settings switch them off: their page is linked.
                .addSubcommand(new TokensCommand(new LauncherDatabase(() -> launcher.dataDir), Clock.systemUTC(),
                        JobServices.pages(Settings.load(JobServices.defaults(), null, System.getenv()))));
    }

    @Override
    public Integer call() throws InterruptedException, IOException {
        long startNanos = System.nanoTime();
        if (throwaway) {
            dataDir = Files.createTempDirectory("restock-radar-");
        }
        Path demo = dataDir.resolve("demo");
        Settings overrides = Settings.load(Map.of(), config, System.getenv());
        if (noDemo && overrides.find(DispatchSettings.CREWS_FILE.key()).isEmpty()) {
            // Without the demo there is still someone to send: the demo crews, until dispatch.crews-file names yours.
            overrides = overrides.with(Map.of(DispatchSettings.CREWS_FILE.key(), LocalSystem.extractResource("demo/crews.csv", demo).toString()));
        }
        LocalSystem.Options options = new LocalSystem.Options(dataDir, throwaway, httpPort,
                catalog != null ? catalog : LocalSystem.extractResource("demo/catalog.json", demo),
                outlets != null ? outlets : LocalSystem.extractResource("demo/outlets.csv", demo),
                noDemo ? null : mentions != null ? mentions : LocalSystem.extractResource("demo/mentions.jsonl", demo),
                demoRate, overrides, managementPort);
        LocalSystem system = LocalSystem.start(options, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            system.close();
            stopped.countDown();
        }, "restock-radar-shutdown"));
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        System.out.printf("%nRestock Radar is up in %.1f s (JVM uptime %.1f s): dashboard http://localhost:%d/  jobs http://localhost:%d/api/jobs%n"
                        + "metrics http://localhost:%d/metrics, Kafka %s, data in %s. Ctrl-C stops it.%n%n",
                took.toMillis() / 1000.0, ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0,
                system.httpPort(), system.httpPort(), system.managementPort(), system.bootstrapServers(), dataDir.toAbsolutePath());
        System.out.printf("SLA: %s.%s%n%n", system.slaSummary(), noDemo
                ? " Crews: " + system.crewCount() + " from dispatch.crews-file (the demo crews unless you set it: --config with"
                        + " dispatch.crews-file=/path/crews.csv, or RR_DISPATCH_CREWS_FILE)."
                : " A demo SLA (the product's default is 48h, amber 12h before) so that jobs turn amber and red within the hour;"
                        + " simulated crews and ops work the jobs at a human pace.");
        stopped.await();
        return 0;
    }
}
