package org.restockradar.launcher;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.restockradar.contracts.Settings;
import org.restockradar.dispatch.DispatchMain;
import org.restockradar.dispatch.DispatchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the jobs service with rewards, replies and alerts to ops beside it as a process of its own ({@link JobServices}):
 * {@code job-services [--config FILE]}, what the docker image's dispatch service runs. Settings come from the defaults
 * of their declarations, then the file, then {@code RR_*} environment variables. Stops cleanly on SIGTERM / Ctrl-C.
 * The operator commands {@code job-services [--config FILE] tokens …} and {@code crews load} work on dispatch's
 * database as {@code DispatchMain}'s do, and link the rewards page too. {@code DispatchMain} runs dispatch alone.
 */
@Command(name = "job-services", mixinStandardHelpOptions = true,
        description = "Runs dispatch (restock jobs, API and pages) with rewards, replies and alerts to ops fed by its job events.")
public final class JobServicesMain implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "FILE",
            description = "A properties file (UTF-8) laid over the defaults; RR_* environment variables override it.")
    Path config;

    public static void main(String[] args) {
        JobServicesMain main = new JobServicesMain();
        // The sign-in links name the pages this process serves: the rewards page among them while rewards run.
        int exitCode = DispatchMain.execute(main, () -> main.config,
                JobServices.pages(Settings.load(JobServices.defaults(), null, System.getenv())), args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    @Override
    public Integer call() {
        Logger log = LoggerFactory.getLogger(JobServicesMain.class);
        Settings settings = Settings.load(JobServices.defaults(), config, System.getenv());
        log.info("starting dispatch, rewards, replies and alerts with {}", settings);
        DispatchService service = DispatchService.startServingMetrics(settings, Clock.systemUTC(), JobServices.companions(settings));
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "job-services-shutdown"));
        log.info("dispatch is running with its companions; jobs at http://localhost:{}/api/jobs", service.httpPort());
        // The consumers and the HTTP server threads keep the process alive until it is stopped.
        return 0;
    }
}
