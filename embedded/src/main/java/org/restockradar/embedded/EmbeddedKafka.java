package org.restockradar.embedded;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker (KRaft combined mode: broker and controller in one node) for
 * the laptop default and the integration tests.
 *
 * <p>The broker runs in a child JVM on its own class path, so that Kafka's server jars never reach the class path of
 * the modules that use this one: the jars of the folder {@code broker/} beside this module's jar (the build puts them
 * there, so a built launcher's folder runs anywhere), else those {@code broker-classpath.txt} names (written at build
 * time, in the builder's Maven repository). It listens on 127.0.0.1 only, on free ports chosen at start (the previous ones when they
 * are still free), and keeps everything in its data directory: restarting on the same directory keeps
 * all topics, records, committed offsets and transactional state, also after a {@code kill -9}.
 *
 * <p>No orphan broker: the child watches a pipe held by this process and stops when it closes, which
 * the operating system does when this process dies, however it dies (see {@link BrokerMain}).
 *
 * <p>Leftovers: a broker still running on the directory when this class starts on it (its owner died and
 * it has not finished stopping yet) is stopped first: SIGTERM, then SIGKILL after the stop timeout.
 *
 * <p>Hanging transactions: while the broker runs, a {@link HangingTransactionGuard} in this process aborts any
 * transaction that stays open for longer than the broker allows ({@code transaction.max.timeout.ms}, 2 minutes by
 * default here) while its coordinator does not know it, so that {@code read_committed} readers are not held back for
 * ever (see docs/reliability.md, F2).
 *
 * <p>Data directory layout: {@code kafka-logs/} (the log directory), {@code server.properties}
 * (rewritten at every start), {@code ports.properties} (the ports, reused while free), {@code broker.log}
 * (the broker's log), {@code broker.out} (the child JVM's console: JVM errors), {@code broker.pid} (the
 * child's pid), {@code embedded-kafka.lock} (held by the owner process) and {@code broker.lock} (held
 * by the broker's JVM).
 *
 * <pre>{@code
 * try (EmbeddedKafka kafka = EmbeddedKafka.start(Path.of("data/kafka"))) {
 *     props.put("bootstrap.servers", kafka.bootstrapServers());
 *     ...
 * }
 * }</pre>
 */
public final class EmbeddedKafka implements AutoCloseable {
    /** A system property naming the broker's class path, instead of the one written at build time. */
    public static final String CLASS_PATH_PROPERTY = "restockradar.embedded.broker-classpath";

    static final String BROKER_MAIN = "org.restockradar.embedded.BrokerMain";
    static final String LOG_DIR = "kafka-logs";
    static final String PID_FILE = "broker.pid";
    static final String BROKER_LOCK = "broker.lock";
    static final String SERVER_PROPERTIES = "server.properties";
    static final String PORT_FILE = "ports.properties";
    static final String BROKER_PORT = "broker.port";
    static final String CONTROLLER_PORT = "controller.port";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final String CLASS_PATH_RESOURCE = "broker-classpath.txt";
    /** The folder beside this module's jar that holds the broker's jars (the build copies them there). */
    static final String BROKER_FOLDER = "broker";
    private static final String LOG_CONFIG = "org/restockradar/embedded/broker-log4j2.xml";
    private static final Duration POLL = Duration.ofMillis(200);
    /** How long a starting broker may take by default: generous, as the wait ends early on readiness or exit. */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Set<String> OWN_SETTINGS = Set.of("process.roles", "node.id", "controller.quorum.voters",
            "controller.quorum.bootstrap.servers", "listeners", "advertised.listeners", "controller.listener.names",
            "log.dirs", "log.dir", "metadata.log.dir");

    /**
     * How to run the broker.
     *
     * @param maxHeap the child JVM's {@code -Xmx}, such as {@code 512m}
     * @param port the broker's port; 0 for the previous one if still free, else any free port
     * @param readyTimeout how long the broker may take to become ready
     * @param stopTimeout how long a graceful stop may take before the broker is killed
     * @param jvmOptions further options of the child JVM, such as {@code -XX:+UseSerialGC}
     * @param brokerConfig further broker settings, winning over the defaults (not the listeners,
     *     the quorum or the log directory, which this class owns)
     */
    public record Options(String maxHeap, int port, Duration readyTimeout, Duration stopTimeout,
            List<String> jvmOptions, Map<String, String> brokerConfig) {
        public Options {
            Objects.requireNonNull(maxHeap, "maxHeap");
            if (!maxHeap.matches("\\d+[kKmMgG]")) {
                throw new IllegalArgumentException("maxHeap must be a JVM size such as 512m: " + maxHeap);
            }
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            requirePositive(readyTimeout, "readyTimeout");
            requirePositive(stopTimeout, "stopTimeout");
            jvmOptions = List.copyOf(Objects.requireNonNull(jvmOptions, "jvmOptions"));
            jvmOptions.stream().filter(option -> !option.startsWith("-")).findFirst().ifPresent(option -> {
                throw new IllegalArgumentException("jvmOptions must be JVM options starting with '-': " + option);
            });
            brokerConfig = Map.copyOf(Objects.requireNonNull(brokerConfig, "brokerConfig"));
            Set<String> owned = brokerConfig.keySet().stream().filter(OWN_SETTINGS::contains)
                    .collect(Collectors.toSet());
            if (!owned.isEmpty()) {
                throw new IllegalArgumentException("brokerConfig may not set " + owned + ": EmbeddedKafka owns them");
            }
        }

        /**
         * 512 MiB of heap, any free port, 3 minutes to become ready (the wait ends as soon as it is ready or its
         * JVM exits; beside other starting JVMs on 2 busy cores a broker took 58 s, so the former 60 s was too
         * tight), 30 s to stop, and the client compiler only ({@code -XX:TieredStopAtLevel=1}): a laptop broker
         * starts faster on few cores and needs little peak throughput.
         */
        public static Options defaults() {
            return new Options("512m", 0, READY_TIMEOUT, Duration.ofSeconds(30),
                    List.of("-XX:TieredStopAtLevel=1"), Map.of());
        }

        public Options withMaxHeap(String newMaxHeap) {
            return new Options(newMaxHeap, port, readyTimeout, stopTimeout, jvmOptions, brokerConfig);
        }

        public Options withPort(int newPort) {
            return new Options(maxHeap, newPort, readyTimeout, stopTimeout, jvmOptions, brokerConfig);
        }

        public Options withReadyTimeout(Duration newReadyTimeout) {
            return new Options(maxHeap, port, newReadyTimeout, stopTimeout, jvmOptions, brokerConfig);
        }

        public Options withBrokerConfig(Map<String, String> newBrokerConfig) {
            return new Options(maxHeap, port, readyTimeout, stopTimeout, jvmOptions, newBrokerConfig);
        }

        public Options withJvmOptions(List<String> newJvmOptions) {
            return new Options(maxHeap, port, readyTimeout, stopTimeout, newJvmOptions, brokerConfig);
        }

        private static void requirePositive(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + duration);
            }
        }
    }

    private final Path dataDir;
    private final boolean throwaway;
    private final DirectoryLock lock;
    private final Process process;
    private final OutputStream lifeline;
    private final String bootstrapServers;
    private final Duration stopTimeout;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile HangingTransactionGuard hangingTransactionGuard;

    private EmbeddedKafka(Path dataDir, boolean throwaway, DirectoryLock lock, Process process,
            String bootstrapServers, Duration stopTimeout) {
        this.dataDir = dataDir;
        this.throwaway = throwaway;
        this.lock = lock;
        this.process = process;
        this.lifeline = process.getOutputStream();
        this.bootstrapServers = bootstrapServers;
        this.stopTimeout = stopTimeout;
        this.shutdownHook = new Thread(this::close, "embedded-kafka-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Hands the stopping of the broker to the caller alone: removes the JVM shutdown hook, which would
     * otherwise stop the broker while the caller's own hook is still closing the broker's clients (shutdown
     * hooks run concurrently). The caller must then {@link #close()} it, last, in its own hook.
     */
    public EmbeddedKafka closedByCaller() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shutdownInProgress) {
            LOG.debug("JVM shutdown in progress; the broker's shutdown hook stays registered", shutdownInProgress);
        }
        return this;
    }

    /** Starts a broker that keeps its data in {@code dataDir} (created if missing), with default options. */
    public static EmbeddedKafka start(Path dataDir) {
        return start(dataDir, Options.defaults());
    }

    /** Starts a broker that keeps its data in {@code dataDir} (created if missing). */
    public static EmbeddedKafka start(Path dataDir, Options options) {
        return launch(DataFiles.directory(dataDir), false, options);
    }

    /** Starts a broker on a new temporary directory, deleted on {@link #close()}: for tests. */
    public static EmbeddedKafka throwaway() {
        return throwaway(Options.defaults());
    }

    /** Starts a broker on a new temporary directory, deleted on {@link #close()}: for tests. */
    public static EmbeddedKafka throwaway(Options options) {
        return launch(DataFiles.temporaryDirectory("restockradar-kafka-"), true, options);
    }

    private static EmbeddedKafka launch(Path dataDir, boolean throwaway, Options options) {
        long startedAt = System.nanoTime();
        DirectoryLock lock = DirectoryLock.acquire(dataDir.resolve("embedded-kafka.lock"), "embedded Kafka broker");
        Process process;
        String bootstrapServers;
        Duration maxTransactionTimeout;
        try {
            stopLeftoverBroker(dataDir, options.stopTimeout());
            BrokerLaunch launch = prepare(dataDir, options);
            bootstrapServers = launch.bootstrapServers();
            maxTransactionTimeout = launch.maxTransactionTimeout();
            process = launch.start();
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }

        EmbeddedKafka kafka = new EmbeddedKafka(dataDir, throwaway, lock, process, bootstrapServers,
                options.stopTimeout());
        try {
            kafka.awaitReady(options.readyTimeout());
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
        LOG.info("Kafka broker ready at {} in {} ms (pid {}, data in {})", bootstrapServers,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt), process.pid(), dataDir);
        kafka.hangingTransactionGuard = HangingTransactionGuard.start(bootstrapServers, maxTransactionTimeout,
                Clock.systemUTC());
        return kafka;
    }

    /** The broker's command line and address, once its ports are chosen and its settings written. */
    record BrokerLaunch(Path dataDir, List<String> command, String bootstrapServers, Duration maxTransactionTimeout) {
        /** Starts the child JVM, its console appended to broker.out. */
        Process start() {
            try {
                return new ProcessBuilder(command)
                        .directory(dataDir.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("broker.out").toFile()))
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the Kafka broker in " + dataDir, e);
            }
        }
    }

    /** Chooses the ports, writes {@code server.properties} and builds the child JVM's command line. */
    static BrokerLaunch prepare(Path dataDir, Options options) {
        PortFile ports = PortFile.load(dataDir.resolve(PORT_FILE));
        int brokerPort = ports.choose(BROKER_PORT, options.port());
        int controllerPort = ports.choose(CONTROLLER_PORT, 0);
        ports.save();
        Path serverProperties = dataDir.resolve(SERVER_PROPERTIES);
        Map<String, String> settings = BrokerSettings.serverProperties(
                dataDir.resolve(LOG_DIR), brokerPort, controllerPort, options.brokerConfig());
        writeProperties(serverProperties, settings);
        return new BrokerLaunch(dataDir, command(dataDir, serverProperties, options), "127.0.0.1:" + brokerPort,
                BrokerSettings.maxTransactionTimeout(settings));
    }

    /** The {@code bootstrap.servers} of this broker, such as {@code 127.0.0.1:40123}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The data directory. */
    public Path dataDirectory() {
        return dataDir;
    }

    /** The process id of the broker's JVM. */
    public long pid() {
        return process.pid();
    }

    /** How many hanging transactions (open, and unknown to their coordinator) were found and aborted on this broker. */
    public long hangingTransactionsAborted() {
        HangingTransactionGuard guard = hangingTransactionGuard;
        return guard == null ? 0 : guard.aborted();
    }

    /** Whether the broker's JVM is still running. */
    public boolean isRunning() {
        return process.isAlive();
    }

    /** The broker JVM's resident memory in bytes (Linux {@code VmRSS}), or -1 where unknown. */
    public long residentMemoryBytes() {
        return Processes.residentBytes(process.pid());
    }

    /**
     * Stops the broker gracefully (it flushes and closes its logs), kills it if that takes longer than
     * the stop timeout, and deletes a throwaway data directory. Idempotent; also run by a shutdown hook.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        unregisterShutdownHook();
        HangingTransactionGuard guard = hangingTransactionGuard;
        if (guard != null) {
            guard.close();
        }
        try {
            try {
                lifeline.close();
            } catch (IOException e) {
                LOG.warn("Cannot close the lifeline of the Kafka broker (pid {}); stopping it by signal only",
                        process.pid(), e);
            }
            Processes.stop(process.toHandle(), "Kafka broker", stopTimeout);
            Files.deleteIfExists(dataDir.resolve(PID_FILE));
        } catch (IOException e) {
            LOG.warn("Cannot delete the pid file of the stopped Kafka broker in {}", dataDir, e);
        } finally {
            lock.close();
        }
        if (throwaway) {
            DataFiles.deleteRecursively(dataDir);
        }
        LOG.info("Kafka broker at {} stopped (exit code {})", bootstrapServers, exitCode());
    }

    /**
     * The stopped broker's exit code. Processes.stop may see the process gone (a zombie) before the JDK has
     * collected it, and exitValue() then throws: under load that failed a close (the fault harness's F2).
     */
    private String exitCode() {
        try {
            return process.waitFor(10, TimeUnit.SECONDS) ? Integer.toString(process.exitValue()) : "unknown, still exiting";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown, interrupted";
        }
    }

    private void unregisterShutdownHook() {
        if (Thread.currentThread() == shutdownHook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shutdownInProgress) {
            // Closed by another shutdown hook while the JVM exits: ours then finds it closed.
            LOG.debug("JVM shutdown in progress; the broker's shutdown hook stays registered", shutdownInProgress);
        }
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Admin admin = null;
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The Kafka broker exited with code " + process.exitValue()
                            + " before it was ready" + diagnosis());
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new IllegalStateException("The Kafka broker (pid " + process.pid() + ") was not ready within "
                            + timeout + diagnosis());
                }
                // The admin client comes once the port is open: it would fill the log with refused
                // connections while the broker starts.
                if (portOpen(bootstrapServers)) {
                    if (admin == null) {
                        admin = Admin.create(Map.of(
                                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000));
                    }
                    if (hasLiveBroker(admin)) {
                        return;
                    }
                }
                // Waits for the next attempt, but wakes up at once if the broker dies meanwhile.
                Processes.awaitExit(process.toHandle(), POLL);
            }
        } finally {
            if (admin != null) {
                admin.close(Duration.ofSeconds(1));
            }
        }
    }

    private static boolean hasLiveBroker(Admin admin) {
        try {
            Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000))
                    .nodes().get(3, TimeUnit.SECONDS);
            return !nodes.isEmpty();
        } catch (ExecutionException | TimeoutException notYet) {
            LOG.debug("Kafka broker not ready yet", notYet);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }

    private static boolean portOpen(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(),
                Integer.parseInt(hostAndPort.substring(colon + 1)));
        try (Socket socket = new Socket()) {
            socket.connect(address, 500);
            return true;
        } catch (IOException notListening) {
            // The answer to the question: the broker does not listen yet.
            return false;
        }
    }

    private String diagnosis() {
        return "; data in " + dataDir
                + System.lineSeparator() + "--- last lines of broker.log ---" + System.lineSeparator()
                + DataFiles.tail(dataDir.resolve("broker.log"), 30)
                + System.lineSeparator() + "--- last lines of broker.out ---" + System.lineSeparator()
                + DataFiles.tail(dataDir.resolve("broker.out"), 15);
    }

    /**
     * Stops a broker that an earlier owner of this directory, now dead, left running. Every broker holds
     * {@code broker.lock} for its whole life (see {@link BrokerMain}), so the lock says whether one still
     * runs, whatever its pid or command line; {@code broker.pid} is written by the lock's holder.
     */
    private static void stopLeftoverBroker(Path dataDir, Duration grace) {
        Path brokerLock = dataDir.resolve(BROKER_LOCK);
        if (!DirectoryLock.isHeld(brokerLock)) {
            return;
        }
        OptionalLong pid = DataFiles.readPid(dataDir.resolve(PID_FILE));
        Optional<ProcessHandle> leftover = pid.isPresent()
                ? ProcessHandle.of(pid.getAsLong()).filter(ProcessHandle::isAlive)
                : Optional.empty();
        LOG.warn("A Kafka broker (pid {}) that a dead process left running still holds {}; stopping it",
                leftover.map(ProcessHandle::pid).orElse(-1L), brokerLock);
        long stoppingSince = System.nanoTime();
        leftover.ifPresent(ProcessHandle::destroy);
        if (awaitReleased(brokerLock, grace)) {
            LOG.info("The leftover Kafka broker stopped in {} ms",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stoppingSince));
            return;
        }
        LOG.warn("The leftover Kafka broker (pid {}) did not stop within {} of SIGTERM; killing it",
                leftover.map(ProcessHandle::pid).orElse(-1L), grace);
        leftover.ifPresent(ProcessHandle::destroyForcibly);
        if (!awaitReleased(brokerLock, Duration.ofSeconds(10))) {
            throw new IllegalStateException("A Kafka broker still holds " + brokerLock + " (its broker.pid says "
                    + (pid.isPresent() ? pid.getAsLong() : "nothing") + "): stop it before starting another on " + dataDir);
        }
    }

    private static boolean awaitReleased(Path lock, Duration timeout) {
        return Processes.poll(() -> !DirectoryLock.isHeld(lock), timeout, POLL, "a leftover Kafka broker to release " + lock);
    }

    private static List<String> command(Path dataDir, Path serverProperties, Options options) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + options.maxHeap());
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.addAll(quietOnNewerJdks(Runtime.version().feature()));
        command.addAll(options.jvmOptions());
        command.add("-Djava.awt.headless=true");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dlog4j2.configurationFile=classpath:" + LOG_CONFIG);
        command.add("-Drestockradar.broker.log=" + dataDir.resolve("broker.log"));
        command.add("-cp");
        command.add(brokerClassPath());
        command.add(BROKER_MAIN);
        command.add(serverProperties.toString());
        return command;
    }

    /**
     * The options that keep the broker's JVM (the same JDK as this one) from warning on every start, on the JDKs that
     * warn: the compression libraries (zstd-jni, snappy) load native code, a restricted method since JDK 22; Kafka's
     * {@code ByteBufferUnmapper} unmaps index files through {@code sun.misc.Unsafe::invokeCleaner}, which JDK 24 warns
     * about (JEP 498) and which Kafka still needs. Both are allowed by name, for this child JVM alone; older JDKs do not
     * know the second option.
     */
    static List<String> quietOnNewerJdks(int feature) {
        List<String> options = new ArrayList<>();
        if (feature >= 22) {
            options.add("--enable-native-access=ALL-UNNAMED");
        }
        if (feature >= 24) {
            options.add("--sun-misc-unsafe-memory-access=allow");
        }
        return options;
    }

    /**
     * The broker's jars and this module's own classes. The jars are, first found: those the system property names; the
     * folder {@value #BROKER_FOLDER}/ beside this module's jar (a built launcher's {@code lib/broker/}, which travels
     * with it); those {@code broker-classpath.txt} names (the builder's Maven repository: tests and the reactor).
     */
    static String brokerClassPath() {
        String configured = System.getProperty(CLASS_PATH_PROPERTY);
        Optional<Path> beside = configured == null ? brokerFolderBeside(ownCodeLocation()) : Optional.empty();
        String jars = configured != null ? configured
                : beside.map(folder -> folder.resolve("*").toString()).orElseGet(EmbeddedKafka::readClassPathResource);
        List<String> entries = new ArrayList<>();
        for (String entry : jars.trim().split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            // A "dir/*" entry (all jars of a folder, expanded by the java launcher) needs only its folder.
            Path mustExist = entry.endsWith("*") ? Path.of(entry.substring(0, entry.length() - 1)) : Path.of(entry);
            if (!Files.exists(mustExist)) {
                throw new IllegalStateException("The Kafka broker's class path names a missing file: " + entry
                        + (configured != null ? " (from -D" + CLASS_PATH_PROPERTY + ")"
                                : ". " + CLASS_PATH_RESOURCE + " is written at build time and names jars of the local"
                                + " Maven repository: build this module on this machine, keep the folder " + BROKER_FOLDER
                                + "/ beside " + ownCodeLocation().getFileName() + ", or set -D" + CLASS_PATH_PROPERTY));
            }
            entries.add(entry);
        }
        entries.add(ownCodeLocation().toString());
        return String.join(File.pathSeparator, entries);
    }

    /**
     * The folder {@value #BROKER_FOLDER}/ beside {@code codeLocation} when that is a jar and the folder holds jars: how
     * the build lays out the broker's jars beside this module's jar, here and in a built launcher's {@code lib/}.
     */
    static Optional<Path> brokerFolderBeside(Path codeLocation) {
        if (!Files.isRegularFile(codeLocation) || codeLocation.getParent() == null) {
            return Optional.empty();
        }
        Path folder = codeLocation.getParent().resolve(BROKER_FOLDER);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (var files = Files.list(folder)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".jar")) ? Optional.of(folder) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the broker's jars in " + folder, e);
        }
    }

    private static String readClassPathResource() {
        InputStream resource = EmbeddedKafka.class.getResourceAsStream(CLASS_PATH_RESOURCE);
        if (resource == null) {
            throw new IllegalStateException(CLASS_PATH_RESOURCE + " is missing next to " + EmbeddedKafka.class.getName()
                    + ": the build writes it (maven-dependency-plugin build-classpath)");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource, StandardCharsets.UTF_8))) {
            return reader.lines().collect(Collectors.joining());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + CLASS_PATH_RESOURCE, e);
        }
    }

    private static Path ownCodeLocation() {
        try {
            return Path.of(EmbeddedKafka.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the classes of the embedded module", e);
        }
    }

    private static void writeProperties(Path file, Map<String, String> settings) {
        Properties properties = new Properties();
        properties.putAll(settings);
        // Kafka reads the file as ISO 8859-1 with Unicode escapes, which store(OutputStream) writes.
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, "Written by EmbeddedKafka at every start; edits are lost");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
