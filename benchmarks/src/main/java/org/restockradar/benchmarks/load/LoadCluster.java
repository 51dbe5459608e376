package org.restockradar.benchmarks.load;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.restockradar.contracts.TopicSetup;
import org.restockradar.contracts.Topics;
import org.restockradar.embedded.EmbeddedKafka;
import org.restockradar.embedded.LocalPostgres;
import org.restockradar.faults.ServiceProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The system under load: the embedded broker and PostgreSQL (or the ones given), and the services' real mains in
 * child JVMs ({@link ServiceProcess}, shared with the fault harness), each with a properties file of its own; the
 * services run with the collector they are deployed with (docker/compose.yml: parallel) and the full JIT.
 */
final class LoadCluster implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LoadCluster.class);
    /** The stream processor's state listener when an instance is RUNNING ({@code StreamsStateWatch}). */
    private static final Pattern STREAM_RUNNING = Pattern.compile("Stream processor \\w+ -> RUNNING");
    /** What {@code IngestMain replay --follow} logs once it is ready ({@code FollowedDirectory}). */
    private static final Pattern FOLLOWING = Pattern.compile("Following .*: replaying each");
    /** The deployed JVM options of every service (docker/compose.yml). */
    static final List<String> SERVICE_JVM = List.of("-XX:+UseParallelGC");

    private final LoadOptions options;
    private final Path dir;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final Map<String, ProcessMeter> meters = new LinkedHashMap<>();
    private final List<Integer> dispatchPorts = new ArrayList<>();
    private EmbeddedKafka kafka;
    private LocalPostgres postgres;
    private String bootstrapServers;
    private String jdbcUrl;
    private String dbUser;
    private String dbPassword;

    private LoadCluster(LoadOptions options, Path dir) {
        this.options = options;
        this.dir = dir;
    }

    /** Starts (or connects to) the broker and PostgreSQL, and creates the system's topics. */
    static LoadCluster start(LoadOptions options, Path dir) {
        LoadCluster cluster = new LoadCluster(options, dir);
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "load-cluster-shutdown"));
        try {
            if (options.bootstrapServers().isPresent()) {
                cluster.bootstrapServers = options.bootstrapServers().get();
            } else {
                cluster.kafka = EmbeddedKafka.start(dir.resolve("kafka"), EmbeddedKafka.Options.defaults()
                        .withReadyTimeout(Duration.ofMinutes(3))).closedByCaller();
                cluster.bootstrapServers = cluster.kafka.bootstrapServers();
                cluster.meters.put("kafka broker", ProcessMeter.of(cluster.kafka.pid()));
            }
            if (options.jdbcUrl().isPresent()) {
                cluster.jdbcUrl = options.jdbcUrl().get();
                cluster.dbUser = options.dbUser();
                cluster.dbPassword = options.dbPassword();
            } else {
                cluster.postgres = LocalPostgres.start(dir.resolve("postgres"), ServiceProcess.freePort(), LocalPostgres.DEFAULT_DATABASE);
                cluster.jdbcUrl = cluster.postgres.jdbcUrl();
                cluster.dbUser = cluster.postgres.user();
                cluster.dbPassword = cluster.postgres.password();
                cluster.meters.put("postgresql", ProcessMeter.withChildren(cluster.postgres.serverPid()));
                // every autovacuum pass in postgres.log with its time, beside the checkpoints PostgreSQL logs already
                try (java.sql.Connection db = cluster.connect(); java.sql.Statement statement = db.createStatement()) {
                    statement.execute("ALTER SYSTEM SET log_autovacuum_min_duration = 0");
                    statement.execute("SELECT pg_reload_conf()");
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("Cannot have PostgreSQL log its autovacuum passes", e);
                }
            }
            // --mentions-partitions as the services' topics.mentions.partitions setting would give it.
            TopicSetup.ensureTopics(kafkaConfig(cluster.bootstrapServers), Map.of(Topics.MENTIONS.name(), options.mentionsPartitions()));
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    Map<String, Object> adminConfig() {
        return new LinkedHashMap<>(kafkaConfig(bootstrapServers));
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
    }

    /** The CPU and memory meters of every process started so far, by name. */
    Map<String, ProcessMeter> meters() {
        return meters;
    }

    /** A topic with as many partitions as {@code mentions} ({@code --mentions-partitions}), unless it exists. */
    void createTopic(String name, Map<String, String> configs) {
        try (Admin admin = Admin.create(adminConfig())) {
            admin.createTopics(List.of(new NewTopic(name, Optional.of(options.mentionsPartitions()), Optional.empty())
                    .configs(configs))).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating " + name, e);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create " + name, e.getCause());
            }
        }
    }

    /** Starts the stream processors and dispatchers and waits until each is ready. */
    void startServices(Path catalog, Duration timeout) {
        List<ServiceProcess> processors = new ArrayList<>();
        for (int i = 0; i < options.streamProcessors(); i++) {
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("catalog.file", catalog.toString());
            settings.put("streams.state-dir", dir.resolve("streams-" + i).toString());
            settings.put("management.port", "0");
            settings.putAll(options.processorSettings());
            processors.add(run("stream-processor-" + i, "org.restockradar.stream.StreamProcessorMain",
                    List.of("--config", config("stream-processor-" + i, settings).toString()), options.processorHeap(), Map.of()));
        }
        List<ServiceProcess> dispatchers = new ArrayList<>();
        for (int i = 0; i < options.dispatchers(); i++) {
            int port = ServiceProcess.freePort();
            dispatchPorts.add(port);
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("db.url", jdbcUrl);
            settings.put("db.user", dbUser);
            settings.put("db.password", dbPassword);
            settings.put("http.port", Integer.toString(port));
            settings.put("management.port", "0");
            settings.putAll(options.dispatchSettings());
            dispatchers.add(run("dispatch-" + i, "org.restockradar.dispatch.DispatchMain",
                    List.of("--config", config("dispatch-" + i, settings).toString()), options.dispatchHeap(), Map.of()));
        }
        for (ServiceProcess processor : processors) {
            processor.awaitLine(STREAM_RUNNING, 0, timeout);
        }
        for (int i = 0; i < dispatchers.size(); i++) {
            dispatchers.get(i).awaitHttpOk(URI.create("http://127.0.0.1:" + dispatchPorts.get(i) + "/api/health"), timeout);
        }
    }

    /** {@code IngestMain replay} of a JSONL file as fast as it goes, each mention stamped with the time it is replayed. */
    ServiceProcess startReplay(Path mentions) {
        return startReplay("ingest-replay", mentions);
    }

    /** As {@link #startReplay(Path)}, the process (its log and meter) named {@code name}. */
    ServiceProcess startReplay(String name, Path mentions) {
        return run(name, "org.restockradar.ingest.IngestMain", List.of("--config",
                config("ingest", Map.of("management.port", "0")).toString(), "replay", "--file", mentions.toString(),
                "--rate", "0", "--restamp"), "512m", Map.of());
    }

    /**
     * {@code IngestMain replay --follow spool}: one ingest process for the whole run, as fast as it goes, each mention
     * stamped with the time it is replayed; returns once it follows the directory (its JVM, clients and producer are up).
     */
    ServiceProcess startFollowingReplay(String name, Path spool, Duration timeout) {
        ServiceProcess ingest = run(name, "org.restockradar.ingest.IngestMain", List.of("--config",
                config("ingest", Map.of("management.port", "0")).toString(), "replay", "--follow", spool.toString(),
                "--rate", "0", "--restamp"), "512m", Map.of());
        ingest.awaitLine(FOLLOWING, 0, timeout);
        return ingest;
    }

    /** Starts a child JVM of {@code mainClass} on the harness's class path and measures it. */
    ServiceProcess run(String name, String mainClass, List<String> args, String maxHeap, Map<String, String> env) {
        List<String> jvm = new ArrayList<>(SERVICE_JVM);
        if (name.startsWith("stream-processor")) {
            // the heap sized at start, as docs/operations.md says to deploy it: the parallel collector then lays out
            // an old generation that holds the registry, instead of growing it by full collections of several
            // seconds each while the registry loads and after (two measured phases stopped 5-6 s in one)
            jvm.add("-Xms" + maxHeap);
        }
        if (options.jfr() && name.startsWith("stream-processor")) {
            jvm.add("-XX:StartFlightRecording=settings=profile,filename=" + dir.resolve(name + ".jfr"));
        }
        ServiceProcess process = ServiceProcess.start(new ServiceProcess.Spec(name, mainClass, args, env, maxHeap, jvm), dir);
        services.add(process);
        meters.put(name, ProcessMeter.of(process.pid()));
        return process;
    }

    private Path config(String name, Map<String, String> settings) {
        Map<String, String> all = new LinkedHashMap<>(settings);
        all.put("kafka.bootstrap.servers", bootstrapServers);
        return ServiceProcess.writeProperties(dir.resolve(name + ".properties"), all);
    }

    private static Map<String, Object> kafkaConfig(String bootstrapServers) {
        return Map.of("bootstrap.servers", bootstrapServers);
    }

    /** Stops every service (SIGTERM), then PostgreSQL and the broker that the harness started. */
    @Override
    public synchronized void close() {
        for (ServiceProcess service : services) {
            try {
                service.stop();
            } catch (RuntimeException e) {
                LOG.warn("Cannot stop {}", service.name(), e);
            }
        }
        services.clear();
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }
}
