package org.restockradar.faults;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.restockradar.contracts.TopicSetup;
import org.restockradar.embedded.EmbeddedKafka;
import org.restockradar.embedded.LocalPostgres;
import org.restockradar.ingest.registry.OutletImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The system as separate processes on one machine: the embedded Kafka broker (its own child JVM) and PostgreSQL
 * (zonky), both on fixed ports and data directories so that they can be killed and started again, and the services
 * in child JVMs of their real mains ({@code StreamProcessorMain}, {@code DispatchMain}, {@code IngestMain replay}),
 * each with a properties file of its own.
 */
final class LocalCluster implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalCluster.class);
    /** The state listener's line when an instance is RUNNING (StreamProcessor). */
    static final Pattern STREAM_RUNNING = Pattern.compile("Stream processor \\w+ -> RUNNING");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    /** How the services run: the SLA settings make every job warn, breach and escalate within the run. */
    record Layout(int streamProcessors, int dispatchers, Map<String, String> dispatchSettings) {
        static Layout of(int streamProcessors, int dispatchers) {
            return new Layout(streamProcessors, dispatchers, Map.of());
        }

        Layout withShortSla() {
            Map<String, String> sla = new LinkedHashMap<>(dispatchSettings);
            sla.put("dispatch.sla", "40s");
            sla.put("dispatch.sla-warning-before", "20s");
            sla.put("dispatch.sla-escalate-after", "10s");
            sla.put("dispatch.sla-sweep-interval", "2s");
            sla.put("dispatch.sla-cluster-checkin", "5s");
            return new Layout(streamProcessors, dispatchers, sla);
        }
    }

    private final Path dir;
    private final FaultWorld.WorldFiles world;
    private final Layout layout;
    private final int postgresPort;
    private final List<ServiceProcess> streamProcessors = new ArrayList<>();
    private final List<ServiceProcess> dispatchers = new ArrayList<>();
    private final List<Integer> dispatchPorts = new ArrayList<>();
    private final List<ServiceProcess> others = new ArrayList<>();
    private EmbeddedKafka kafka;
    private int kafkaPort;
    private LocalPostgres postgres;
    private Thread shutdownHook;

    private LocalCluster(Path dir, FaultWorld.WorldFiles world, Layout layout, int postgresPort) {
        this.dir = dir;
        this.world = world;
        this.layout = layout;
        this.postgresPort = postgresPort;
    }

    /** Starts the broker and PostgreSQL, imports the outlets, and starts the services; returns once all are ready. */
    static LocalCluster start(Path dir, FaultWorld.WorldFiles world, Layout layout) {
        LocalCluster cluster = new LocalCluster(dir, world, layout, ServiceProcess.freePort());
        // The services have no lifeline to the harness (the broker has): stop them if the harness is stopped.
        Thread hook = new Thread(cluster::close, "fault-cluster-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        cluster.shutdownHook = hook;
        try {
            cluster.startBroker();
            cluster.startPostgres();
            TopicSetup.ensureTopics(Map.of("bootstrap.servers", cluster.bootstrapServers()));
            int imported = OutletImporter.importFile(world.outlets(), Map.of("bootstrap.servers", cluster.bootstrapServers()));
            LOG.info("{} outlets imported", imported);
            for (int i = 0; i < layout.streamProcessors(); i++) {
                cluster.streamProcessors.add(ServiceProcess.start(cluster.streamProcessorSpec(i), dir));
            }
            for (int i = 0; i < layout.dispatchers(); i++) {
                int port = ServiceProcess.freePort();
                cluster.dispatchPorts.add(port);
                cluster.dispatchers.add(ServiceProcess.start(cluster.dispatchSpec(i, port), dir));
            }
            for (ServiceProcess processor : cluster.streamProcessors) {
                processor.awaitLine(STREAM_RUNNING, 0, READY_TIMEOUT);
            }
            for (int i = 0; i < layout.dispatchers(); i++) {
                cluster.awaitDispatchReady(i, READY_TIMEOUT);
            }
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    Verifier.Database database() {
        return new Verifier.Database("jdbc:postgresql://localhost:" + postgresPort + "/" + LocalPostgres.DEFAULT_DATABASE,
                "postgres", "");
    }

    List<ServiceProcess> streamProcessors() {
        return streamProcessors;
    }

    List<ServiceProcess> dispatchers() {
        return dispatchers;
    }

    // --- the broker -------------------------------------------------------------------------------------------

    void startBroker() {
        EmbeddedKafka.Options options = EmbeddedKafka.Options.defaults().withPort(kafkaPort)
                .withReadyTimeout(READY_TIMEOUT);
        kafka = EmbeddedKafka.start(dir.resolve("kafka"), options).closedByCaller();
        kafkaPort = Integer.parseInt(kafka.bootstrapServers().substring(kafka.bootstrapServers().lastIndexOf(':') + 1));
    }

    /** SIGKILL to the broker's JVM; then releases what the harness held of it. */
    void killBroker() {
        ProcessHandle broker = ProcessHandle.of(kafka.pid()).orElseThrow();
        broker.destroyForcibly();
        broker.onExit().join();
        kafka.close();
    }

    /** A graceful stop of the broker (it flushes and closes its logs). */
    void stopBroker() {
        kafka.close();
    }

    // --- PostgreSQL -------------------------------------------------------------------------------------------

    void startPostgres() {
        postgres = LocalPostgres.start(dir.resolve("postgres"), postgresPort, LocalPostgres.DEFAULT_DATABASE);
    }

    /** A fast shutdown of the server: every connection is cut. */
    void stopPostgres() {
        postgres.close();
    }

    // --- the services -----------------------------------------------------------------------------------------

    /**
     * Replays the world's mentions file at {@code rate} per second (0: as fast as possible) with {@code IngestMain replay};
     * {@code restamp} stamps each mention with the time it is replayed, so that jobs open, and fall due, all along the run.
     */
    ServiceProcess startReplay(double rate, boolean restamp) {
        // management.port 0: /metrics and /health on a free port, so that runs side by side never collide on 8081.
        List<String> args = new ArrayList<>(List.of("--config", config("ingest", Map.of("management.port", "0")).toString(), "replay",
                "--file", world.mentions().toString(), "--rate", Double.toString(rate)));
        if (restamp) {
            args.add("--restamp");
        }
        ServiceProcess replay = ServiceProcess.start(new ServiceProcess.Spec("ingest-replay", "org.restockradar.ingest.IngestMain",
                args, Map.of(), "256m"), dir);
        others.add(replay);
        return replay;
    }

    /** Waits until {@code /api/health} of a dispatcher answers 200; returns how long that took. */
    Duration awaitDispatchReady(int index, Duration timeout) {
        return dispatchers.get(index).awaitHttpOk(URI.create("http://127.0.0.1:" + dispatchPorts.get(index) + "/api/health"), timeout);
    }

    private ServiceProcess.Spec streamProcessorSpec(int index) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("catalog.file", world.catalog().toString());
        settings.put("streams.state-dir", dir.resolve("streams-" + index).toString());
        // Every located report goes to a crew: the world's outcomes do not depend on the review threshold.
        settings.put("understanding.review-below", "0");
        // Three instances on one machine: each serves /metrics and /health on a free port, not all on 8081.
        settings.put("management.port", "0");
        // A killed instance's partitions move after 6 s, not the default 45 s (the broker's minimum is 6 s).
        settings.put("kafka.session.timeout.ms", "6000");
        settings.put("kafka.heartbeat.interval.ms", "1500");
        return new ServiceProcess.Spec("stream-processor-" + index, "org.restockradar.stream.StreamProcessorMain",
                List.of("--config", config("stream-processor-" + index, settings).toString()), Map.of(), "384m");
    }

    private ServiceProcess.Spec dispatchSpec(int index, int port) {
        Map<String, String> settings = new LinkedHashMap<>(layout.dispatchSettings());
        Verifier.Database db = database();
        settings.put("db.url", db.jdbcUrl());
        settings.put("db.user", db.user());
        settings.put("db.password", db.password());
        settings.put("http.port", Integer.toString(port));
        // /metrics and /health on a free port: two dispatchers on one machine never collide on 8081.
        settings.put("management.port", "0");
        settings.put("kafka.session.timeout.ms", "6000");
        settings.put("kafka.heartbeat.interval.ms", "1500");
        return new ServiceProcess.Spec("dispatch-" + index, "org.restockradar.dispatch.DispatchMain",
                List.of("--config", config("dispatch-" + index, settings).toString()), Map.of(), "384m");
    }

    /** A properties file for one service; the broker's address is read at each start from the file, so it is written then. */
    private Path config(String name, Map<String, String> settings) {
        Map<String, String> all = new LinkedHashMap<>(settings);
        all.put("kafka.bootstrap.servers", bootstrapServers());
        return ServiceProcess.writeProperties(dir.resolve(name + ".properties"), all);
    }

    /** Stops every service (SIGTERM), then PostgreSQL and the broker. */
    @Override
    public synchronized void close() {
        if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                LOG.debug("JVM shutdown in progress; the cluster's hook stays", shuttingDown);
            }
        }
        List<ServiceProcess> all = new ArrayList<>(others);
        all.addAll(dispatchers);
        all.addAll(streamProcessors);
        for (ServiceProcess service : all) {
            try {
                service.stop();
            } catch (RuntimeException e) {
                LOG.warn("Cannot stop {}", service.name(), e);
            }
        }
        Optional.ofNullable(postgres).ifPresent(LocalPostgres::close);
        Optional.ofNullable(kafka).ifPresent(EmbeddedKafka::close);
    }
}
