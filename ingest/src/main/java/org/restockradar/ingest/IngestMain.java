package org.restockradar.ingest;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.restockradar.contracts.KafkaSettings;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.TopicSetup;
import org.restockradar.contracts.monitoring.ManagementServer;
import org.restockradar.contracts.monitoring.Monitoring;
import org.restockradar.ingest.publish.KafkaMentionSink;
import org.restockradar.ingest.registry.OutletImporter;
import org.restockradar.ingest.replay.BrokerWait;
import org.restockradar.ingest.replay.FollowedDirectory;
import org.restockradar.ingest.replay.ReplayLedger;
import org.restockradar.ingest.replay.ReplaySource;
import org.restockradar.ingest.source.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The ingest service as its own process. Writes {@code mentions}, {@code outlets} and {@code dead-letters}.
 *
 * <pre>
 * ingest run                      (the sources switched on in the configuration, until stopped)
 * ingest replay --file mentions.jsonl [--rate 5] [--restamp] [--broker-wait 300]
 * ingest replay --follow spool/ [--rate 5] [--restamp]   (each *.jsonl appearing in spool/, once, until stopped)
 * ingest import-outlets --file outlets.csv
 * </pre>
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        subcommands = {IngestMain.Run.class, IngestMain.Replay.class, IngestMain.ImportOutlets.class},
        description = "Brings brand mentions and the outlet registry into Kafka.")
public final class IngestMain {
    private static final Logger LOG = LoggerFactory.getLogger(IngestMain.class);

    @Option(names = "--config", description = "a properties file; RR_* environment variables override it")
    Path config;

    Settings settings() {
        return Settings.load(IngestSettings.SETTINGS.defaults(), config, System.getenv());
    }

    /** The partitions asked for by topic ({@code topics.<topic>.partitions}), checked as ingest's settings. */
    static Map<String, Integer> topicPartitions(Settings settings) {
        return KafkaSettings.topicPartitions(IngestSettings.SETTINGS.read(settings));
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new IngestMain()).execute(args));
    }

    @Command(name = "run", description = "Runs the sources switched on in the configuration (sources.<name>.enabled=true) until stopped.")
    static final class Run implements Callable<Integer> {
        @CommandLine.ParentCommand
        IngestMain parent;

        @Override
        public Integer call() throws InterruptedException {
            Settings settings = parent.settings();
            if (!IngestService.anyEnabled(settings)) {
                System.err.println("No source is switched on: set sources.<name>.enabled=true (see docs/sources.md).");
                return 2;
            }
            TopicSetup.ensureTopics(Map.copyOf(settings.subset(KafkaSettings.PREFIX)), topicPartitions(settings));
            CountDownLatch stopped = new CountDownLatch(1);
            Monitoring monitoring = Monitoring.create();
            ManagementServer management = ManagementServer.start(IngestSettings.SETTINGS.read(settings).get(ManagementServer.PORT), monitoring);
            IngestService service = IngestService.start(settings, Clock.systemUTC(), monitoring);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                service.close();
                management.close();
                stopped.countDown();
            }, "ingest-shutdown"));
            stopped.await();
            return 0;
        }
    }

    @Command(name = "replay", description = "Replays a JSONL file of mentions, or each one that appears in a directory, into the mentions topic.")
    static final class Replay implements Callable<Integer> {
        /** How often a followed directory is looked at when nothing was new. */
        private static final Duration FOLLOW_POLL = Duration.ofMillis(200);
        /** How long a stop (SIGTERM) waits for the file being replayed to be flushed and recorded. */
        private static final Duration FOLLOW_STOP_WAIT = Duration.ofSeconds(30);

        @CommandLine.ParentCommand
        IngestMain parent;

        @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
        Input input;

        /** One file, or a directory followed until stopped. */
        static final class Input {
            @Option(names = "--file", required = true, description = "the mentions file (JSONL)")
            Path file;

            @Option(names = "--follow", required = true, description = "a directory: replays each *.jsonl file that appears "
                    + "in it, in name order, exactly once (recorded in DIR/.replayed), until stopped")
            Path follow;
        }

        @Option(names = "--rate", defaultValue = "0", description = "mentions per second, 0 for as fast as possible")
        double rate;

        @Option(names = "--restamp", description = "stamp each mention with the time it is replayed (for demos)")
        boolean restamp;

        @Option(names = "--broker-wait", defaultValue = "300",
                description = "seconds to wait for Kafka to answer at the start, trying again every 2 s (0: try once)")
        long brokerWaitSeconds;

        @Override
        public Integer call() throws Exception {
            Settings settings = parent.settings();
            Map<String, String> kafka = settings.subset(KafkaSettings.PREFIX);
            new BrokerWait(Duration.ofSeconds(brokerWaitSeconds), Clock.systemUTC(), Sleeper.SYSTEM)
                    .until("list or create the topics", () -> TopicSetup.ensureTopics(Map.copyOf(kafka), topicPartitions(settings)));
            int port = IngestSettings.SETTINGS.read(settings).get(ManagementServer.PORT);
            try (Monitoring monitoring = Monitoring.create();
                 AutoCloseable kafkaCheck = monitoring.watchKafka(kafka);
                 KafkaMentionSink sink = new KafkaMentionSink(kafka, Clock.systemUTC(), monitoring.registry())) {
                // A replay can run for minutes: its producer and dead letters are on the management port meanwhile,
                // when the port is free (a one-shot tool need not fail beside a service that holds it).
                ManagementServer management = startIfFree(port, monitoring);
                try {
                    ReplaySource source = new ReplaySource(sink, ReplaySource.Pacer.SLEEP, restamp ? Clock.systemUTC() : null);
                    if (input.follow != null) {
                        follow(source);
                    } else {
                        ReplaySource.Summary summary = source.replay(input.file, rate);
                        System.out.printf("%d mentions published, %d dead-lettered%n", summary.published(), summary.deadLettered());
                    }
                } finally {
                    if (management != null) {
                        management.close();
                    }
                }
            }
            return 0;
        }

        /** Follows the directory until the process is stopped; a stop lets the file in hand be flushed and recorded. */
        private void follow(ReplaySource source) throws InterruptedException {
            AtomicBoolean stopping = new AtomicBoolean();
            CountDownLatch stopped = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                stopping.set(true);
                try {
                    if (!stopped.await(FOLLOW_STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                        LOG.warn("Stopping while {} is being replayed: what was not recorded is replayed again at the next start", input.follow);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "ingest-replay-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try (ReplayLedger ledger = FollowedDirectory.ledgerIn(input.follow)) {
                new FollowedDirectory(source, input.follow, ledger, rate).follow(FOLLOW_POLL, Sleeper.SYSTEM, stopping::get);
            } finally {
                stopped.countDown();
            }
        }

        private static ManagementServer startIfFree(int port, Monitoring monitoring) {
            try {
                return ManagementServer.start(port, monitoring);
            } catch (UncheckedIOException e) {
                LOG.warn("Replaying without /metrics: {}", e.getMessage());
                return null;
            }
        }
    }

    @Command(name = "import-outlets", description = "Imports an outlets.csv registry into the outlets topic.")
    static final class ImportOutlets implements Callable<Integer> {
        @CommandLine.ParentCommand
        IngestMain parent;

        @Option(names = "--file", required = true, description = "the registry file (outlets.csv)")
        Path file;

        @Override
        public Integer call() {
            Map<String, String> kafka = parent.settings().subset(KafkaSettings.PREFIX);
            TopicSetup.ensureTopics(Map.copyOf(kafka), topicPartitions(parent.settings()));
            System.out.printf("%d outlets imported%n", OutletImporter.importFile(file, kafka));
            return 0;
        }
    }
}
