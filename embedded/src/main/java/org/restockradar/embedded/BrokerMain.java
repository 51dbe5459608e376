package org.restockradar.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import kafka.Kafka;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main class of the broker's child JVM (started by {@link EmbeddedKafka}, never in the parent):
 * formats the log directory on first use, then runs {@code kafka.Kafka} on the given
 * {@code server.properties}.
 *
 * <p>Standard input is the lifeline to the parent. The parent holds the write end of that pipe and
 * never writes; when the parent dies, however it dies, the operating system closes the pipe and this
 * JVM reads end-of-file. It then exits, which lets Kafka's shutdown hook stop the broker cleanly, and
 * halts outright if that takes longer than {@link #SHUTDOWN_GRACE}: no broker outlives its parent.
 */
final class BrokerMain {
    /** How long Kafka's own shutdown may take once the parent is gone. */
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(15);

    private static final Logger LOG = LoggerFactory.getLogger(BrokerMain.class);

    /** Held in a static field: an unreachable lock's channel could be closed by its cleaner. */
    private static DirectoryLock dataDirectoryLock;

    private BrokerMain() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: BrokerMain <server.properties>");
            System.exit(2);
        }
        String serverProperties = args[0];
        ignoreTerminalInterrupt();
        watchParent(System.in);
        lockDataDirectory(Path.of(serverProperties).toAbsolutePath().getParent());
        formatStorage(serverProperties);
        Kafka.main(new String[] {serverProperties});
    }

    /**
     * Ctrl-C in a terminal sends SIGINT to the launcher and to this child alike. The broker must outlive the
     * launcher's clients while they close, so it ignores SIGINT: the launcher stops it (SIGTERM) last, and the
     * stdin lifeline stops it if the launcher dies.
     */
    @SuppressWarnings("sunapi")
    private static void ignoreTerminalInterrupt() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_IGN);
        } catch (IllegalArgumentException unsupported) {
            LOG.warn("Cannot ignore SIGINT on this platform; Ctrl-C will stop the broker before its clients", unsupported);
        }
    }

    /**
     * Takes {@code broker.lock} for the life of this JVM (never released: the OS does it when the JVM
     * ends) and writes this JVM's pid to {@code broker.pid}. A second broker on the directory stops
     * here, before it touches the metadata log.
     */
    private static void lockDataDirectory(Path dataDir) {
        try {
            dataDirectoryLock = DirectoryLock.acquire(dataDir.resolve(EmbeddedKafka.BROKER_LOCK), "Kafka broker");
        } catch (IllegalStateException e) {
            LOG.error("Another Kafka broker runs on {}; exiting", dataDir, e);
            System.exit(1);
        }
        DataFiles.write(dataDir.resolve(EmbeddedKafka.PID_FILE), ProcessHandle.current().pid() + System.lineSeparator());
    }

    /** Formats the log directory for a new cluster, unless it holds one already. */
    private static void formatStorage(String serverProperties) {
        Path logDir = logDir(serverProperties);
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        String clusterId = Uuid.randomUuid().toString();
        LOG.info("Formatting the Kafka log directory {} for the new cluster {}", logDir, clusterId);
        // Not closed: closing it would close System.out.
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int exitCode;
        try {
            exitCode = StorageTool.execute(new String[] {
                "format", "--cluster-id", clusterId, "--config", serverProperties}, out);
        } catch (RuntimeException e) {
            LOG.error("Cannot format the Kafka log directory {}", logDir, e);
            exitCode = 1;
        }
        if (exitCode != 0) {
            LOG.error("Formatting the Kafka log directory {} failed with exit code {}", logDir, exitCode);
            System.exit(exitCode);
        }
    }

    private static Path logDir(String serverProperties) {
        Properties settings = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(serverProperties))) {
            settings.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + serverProperties, e);
        }
        String logDirs = settings.getProperty("log.dirs");
        if (logDirs == null || logDirs.isBlank() || logDirs.contains(",")) {
            throw new IllegalStateException("Expected one log directory in " + serverProperties + ": " + logDirs);
        }
        return Path.of(logDirs.trim());
    }

    private static void watchParent(InputStream lifeline) {
        Thread watchdog = new Thread(() -> {
            try {
                while (lifeline.read() >= 0) {
                    // The parent writes nothing; only end-of-file matters.
                }
                LOG.info("The lifeline to the parent process closed (the parent stops or died); stopping the Kafka broker");
            } catch (IOException e) {
                LOG.error("The lifeline to the parent process broke; stopping the Kafka broker", e);
            }
            haltAfter(SHUTDOWN_GRACE);
            System.exit(0);
        }, "parent-lifeline");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private static void haltAfter(Duration grace) {
        Thread halter = new Thread(() -> {
            try {
                Thread.sleep(grace.toMillis());
            } catch (InterruptedException e) {
                LOG.warn("Halt timer interrupted; halting the Kafka broker now", e);
            }
            LOG.error("The Kafka broker did not shut down within {} of losing its parent; halting", grace);
            Runtime.getRuntime().halt(1);
        }, "parent-lifeline-halt");
        halter.setDaemon(true);
        halter.start();
    }
}
