package org.restockradar.stream;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.restockradar.contracts.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The stream processor as its own process; scale out by running more with the same application id. */
@Command(name = "stream-processor", mixinStandardHelpOptions = true,
        description = "Turns mentions into stock-out reports (Kafka Streams, exactly-once).")
public final class StreamProcessorMain implements Callable<Integer> {
    @Option(names = "--config", description = "a properties file; RR_* environment variables override it")
    Path config;

    public static void main(String[] args) {
        System.exit(new CommandLine(new StreamProcessorMain()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        Settings settings = Settings.load(StreamProcessorSettings.SETTINGS.defaults(), config, System.getenv());
        CountDownLatch stopped = new CountDownLatch(1);
        StreamProcessor processor = StreamProcessor.start(settings, Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            processor.close();
            stopped.countDown();
        }, "stream-processor-shutdown"));
        stopped.await();
        return 0;
    }
}
