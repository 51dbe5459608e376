package org.restockradar.stream;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.monitoring.ManagementServer;
import org.restockradar.contracts.monitoring.Monitoring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The stream processor as its own process; scale out by running more with the same application id. Serves
 * {@code /metrics} and {@code /health/*} on the management port ({@code management.port}), and exits with
 * {@value #EXIT_STREAMS_ERROR} when Kafka Streams reaches {@code ERROR}, so that an orchestrator restarts it.
 */
@Command(name = "stream-processor", mixinStandardHelpOptions = true,
        description = "Turns mentions into stock-out reports (Kafka Streams, exactly-once).")
public final class StreamProcessorMain implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(StreamProcessorMain.class);

    /** The exit code when Kafka Streams has stopped for good (state ERROR). */
    static final int EXIT_STREAMS_ERROR = 70;

    @Option(names = "--config", description = "a properties file; RR_* environment variables override it")
    Path config;

    public static void main(String[] args) {
        System.exit(new CommandLine(new StreamProcessorMain()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        Settings settings = Settings.load(StreamProcessorSettings.SETTINGS.defaults(), config, System.getenv());
        int managementPort = StreamProcessorSettings.SETTINGS.read(settings).get(ManagementServer.PORT);
        Monitoring monitoring = Monitoring.create();
        ManagementServer management = ManagementServer.start(managementPort, monitoring);
        CountDownLatch stopped = new CountDownLatch(1);
        StreamProcessor processor = StreamProcessor.start(settings, Clock.systemUTC(), monitoring);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            processor.close();
            management.close();
            stopped.countDown();
        }, "stream-processor-shutdown"));
        int exitCode = awaitEnd(processor.errored(), stopped);
        if (exitCode != 0) {
            LOG.error("Kafka Streams reached ERROR; exiting with {} so that the stream processor is restarted", exitCode);
            processor.close();
            management.close();
        }
        return exitCode;
    }

    /** Waits until the process is stopped (0) or Kafka Streams reaches ERROR ({@value #EXIT_STREAMS_ERROR}). */
    static int awaitEnd(CompletableFuture<?> errored, CountDownLatch stopped) throws InterruptedException {
        errored.thenRun(stopped::countDown);
        stopped.await();
        return errored.isDone() ? EXIT_STREAMS_ERROR : 0;
    }
}
