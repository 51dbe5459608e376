package org.restockradar.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.restockradar.contracts.KafkaSettings;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.TopicSetup;
import org.restockradar.contracts.TypedSettings;
import org.restockradar.contracts.monitoring.ManagementServer;
import org.restockradar.contracts.monitoring.Monitoring;
import org.restockradar.dispatch.DispatchService;
import org.restockradar.dispatch.DispatchSettings;
import org.restockradar.access.Actor;
import org.restockradar.access.Role;
import org.restockradar.access.TokenStore;
import org.restockradar.dispatch.admin.PageLink;
import org.restockradar.dispatch.crews.Crew;
import org.restockradar.dispatch.store.SlaPolicy;
import org.restockradar.replies.RepliesSettings;
import org.restockradar.rewards.RewardsSettings;
import org.restockradar.embedded.EmbeddedKafka;
import org.restockradar.embedded.LocalPostgres;
import org.restockradar.ingest.IngestService;
import org.restockradar.ingest.IngestSettings;
import org.restockradar.ingest.registry.OutletImporter;
import org.restockradar.launcher.demo.CrewPace;
import org.restockradar.launcher.demo.DemoFeed;
import org.restockradar.stream.StreamProcessor;
import org.restockradar.stream.StreamProcessorSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole system in one JVM on embedded infrastructure: a real Kafka broker (child JVM) and a real
 * PostgreSQL, both keeping their data under the data directory; the stream processor; the dispatcher with
 * its HTTP API; the ingest sources switched on in the configuration ({@code sources.<name>.enabled}); and, for the demo, the outlet registry imported and a stream of mentions replayed
 * ({@link DemoFeed}: a backlog stamped over the last hour, then a steady feed) under a demo SLA of {@link #DEMO_SLA}, so that
 * the queue shows green, amber and red rows from the first minute; with the demo, crews for every demo
 * locality ({@code demo/crews.csv}) and {@link DemoFieldWork} working the jobs at a human pace, so that reporters are
 * credited and gift runs (every two minutes) queue their thank-you gifts.
 * Closing it stops everything in reverse order.
 */
public final class LocalSystem implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalSystem.class);
    /** The folder of the data directory that holds PostgreSQL. */
    static final String POSTGRES_DIR = "postgres";
    /** The demo's SLA (instead of 48 hours), so that a newcomer sees jobs turn amber and red within the hour; {@code dispatch.sla} overrides it. */
    public static final Duration DEMO_SLA = Duration.ofMinutes(45);
    /** The demo's warning time before due (instead of 12 hours); {@code dispatch.sla-warning-before} overrides it. */
    public static final Duration DEMO_SLA_WARNING = Duration.ofMinutes(15);

    /**
     * What to start. {@code mentionsFile} may be null for no replay; {@code replayRate} 0 replays at full speed;
     * {@code managementPort} serves {@code /metrics} and {@code /health/*} of the process (0: any free port).
     */
    public record Options(Path dataDir, boolean throwaway, int httpPort, Path catalogFile, Path outletsFile,
                          Path mentionsFile, double replayRate, Settings overrides, int managementPort) {
        public Options {
            Objects.requireNonNull(dataDir, "dataDir");
            Objects.requireNonNull(catalogFile, "catalogFile");
            if (replayRate < 0) {
                throw new IllegalArgumentException("replay rate cannot be negative: " + replayRate);
            }
        }

        /** Options whose management port is any free one (the tests'). */
        public Options(Path dataDir, boolean throwaway, int httpPort, Path catalogFile, Path outletsFile, Path mentionsFile, double replayRate,
                       Settings overrides) {
            this(dataDir, throwaway, httpPort, catalogFile, outletsFile, mentionsFile, replayRate, overrides, 0);
        }
    }

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private EmbeddedKafka kafka;
    private LocalPostgres postgres;
    private Monitoring monitoring;
    private ManagementServer management;
    private DispatchService dispatch;
    private StreamProcessor streams;
    private Thread replay;
    private String sla;
    private String slaWarning;

    private LocalSystem() {
    }

    public static LocalSystem start(Options options, Clock clock) {
        LocalSystem system = new LocalSystem();
        try {
            system.startAll(options, clock);
            return system;
        } catch (RuntimeException | Error e) {
            system.close();
            throw e;
        }
    }

    private void startAll(Options options, Clock clock) {
        // One registry and one readiness for the three services: /metrics and /health/* on the management port
        // (/health/* also on dispatch's HTTP port, which serves no meters).
        monitoring = track(Monitoring.create());
        management = track(ManagementServer.start(options.managementPort(), monitoring));
        // The broker and the database start side by side: each takes seconds, mostly waiting.
        CompletableFuture<LocalPostgres> database = CompletableFuture.supplyAsync(() ->
                options.throwaway() ? LocalPostgres.throwaway() : LocalPostgres.start(options.dataDir().resolve(POSTGRES_DIR)));
        try {
            // Our shutdown hook closes the clients first and the broker last.
            kafka = track(EmbeddedKafka.start(options.dataDir().resolve("kafka")).closedByCaller());
        } finally {
            postgres = track(join(database));
        }

        Map<String, String> values = new HashMap<>();
        values.putAll(Map.of(
                KafkaSettings.BOOTSTRAP_SERVERS.key(), kafka.bootstrapServers(),
                DispatchSettings.DB_URL.key(), postgres.jdbcUrl(),
                DispatchSettings.DB_USER.key(), postgres.user(),
                DispatchSettings.DB_PASSWORD.key(), postgres.password(),
                DispatchSettings.HTTP_PORT.key(), Integer.toString(options.httpPort()),
                StreamProcessorSettings.CATALOG_FILE.key(), options.catalogFile().toString(),
                IngestSettings.CATALOG.key(), options.catalogFile().toString(),
                StreamProcessorSettings.STATE_DIR.key(), options.dataDir().resolve("streams").toString()));
        // After a kill -9 the dead members of the consumer groups hold their partitions until their session
        // times out; on a laptop ten seconds is plenty, and a restart need not wait the default 45.
        values.put(KafkaSettings.PREFIX + "session.timeout.ms", "10000");
        values.put(KafkaSettings.PREFIX + "heartbeat.interval.ms", "3000");
        boolean demo = options.mentionsFile() != null;
        if (demo) {
            // The demo story (docs/rewards.md): crews for every demo locality work the jobs, reporters are credited and
            // thanked within minutes. Each of these can be overridden like any setting.
            values.put(DispatchSettings.CREWS_FILE.key(), extractResource("demo/crews.csv", options.dataDir().resolve("demo")).toString());
            values.put(RewardsSettings.GIFT_SCHEDULE.key(), "0 */2 * * * ?");
            values.put(RewardsSettings.GIFT_MIN_VERIFIED.key(), "1");
            values.put(RewardsSettings.FRAUD_SHELF_FULL_MIN.key(), "1");
            values.put(DispatchSettings.HTTP_RATE_LIMIT.key(), "100000");
            // A demo SLA of DEMO_SLA, amber DEMO_SLA_WARNING before: within the first hour jobs turn amber and red (said at start).
            values.put(SlaPolicy.SLA.key(), DEMO_SLA.toMinutes() + "m");
            values.put(DispatchSettings.SLA_WARNING_BEFORE.key(), DEMO_SLA_WARNING.toMinutes() + "m");
            // Replies planned for every reporter, so that the ops page's Replies view has something to show (with no
            // channel configured the demo sends none: each is skipped with that reason).
            values.put(RepliesSettings.ENABLED.key(), "true");
        }
        Settings settings = Settings.of(values).with(options.overrides() == null ? Map.of() : options.overrides().asMap());
        sla = settings.get(SlaPolicy.SLA.key(), SlaPolicy.SLA.defaultValue());
        slaWarning = settings.get(DispatchSettings.SLA_WARNING_BEFORE.key(), DispatchSettings.SLA_WARNING_BEFORE.defaultValue());
        if (demo) {
            LOG.info("demo SLA: jobs are due {} after the first report and amber {} before (the product's defaults are 48h and 12h; "
                    + "dispatch.sla and dispatch.sla-warning-before change them)", sla, slaWarning);
        }
        // The launcher's own keys, checked before anything starts; each service checks its own as it starts.
        TypedSettings own = LauncherSettings.SETTINGS.read(settings);
        Map<String, String> kafkaConfig = settings.subset(KafkaSettings.PREFIX);

        TopicSetup.ensureTopics(Map.copyOf(kafkaConfig), KafkaSettings.topicPartitions(StreamProcessorSettings.SETTINGS.read(settings)));
        if (options.outletsFile() != null) {
            OutletImporter.importFile(options.outletsFile(), kafkaConfig);
        }
        // Dispatch with rewards, replies and (when a channel is configured) alerts to ops beside it, on its one HTTP port.
        dispatch = track(JobServices.start(settings, clock, monitoring));
        // The launcher issues the demo tokens itself, reused across restarts (DemoTokens), and logs their links.
        DemoTokens demoTokens = DemoTokens.in(options.dataDir(), dispatch.tokens());
        if (own.get(LauncherSettings.PAGE_LINKS)) {
            logPageLinks(settings, demoTokens);
        }
        if (demo && own.get(LauncherSettings.FIELD_WORK)) {
            startFieldWork(own, demoTokens, clock);
        }
        streams = track(StreamProcessor.start(settings, clock, monitoring));
        if (IngestService.anyEnabled(settings)) {
            track(IngestService.start(settings, clock, monitoring));
        }
        if (options.mentionsFile() != null) {
            replay = new Thread(() -> replay(options, kafkaConfig, clock), "demo-replay");
            replay.setDaemon(true);
            replay.start();
        }
    }

    /** One link per role, each with its demo token in the fragment (the pages keep it and drop it from the address). */
    private void logPageLinks(Settings settings, DemoTokens tokens) {
        String base = "http://localhost:" + dispatch.httpPort();
        PageLink pages = JobServices.pages(settings);
        LOG.info("ops page (local use only): {}", pages.of(base, Role.OPS, tokens.tokenFor(Actor.ops("demo-ops"))));
        dispatch.crews().list().stream().filter(Crew::active).map(Crew::id).sorted().findFirst().ifPresentOrElse(
                crew -> LOG.info("crew page of {} (local use only): {}", crew,
                        pages.of(base, Role.CREW, tokens.tokenFor(Actor.crew("demo-" + crew, crew)))),
                () -> LOG.info("no crews loaded (dispatch.crews-file), so no crew page link"));
        if (pages.page(Role.MARKETER).isPresent()) {
            LOG.info("rewards page (local use only): {}", pages.of(base, Role.MARKETER, tokens.tokenFor(Actor.marketer("demo-marketer"))));
        }
    }

    private void startFieldWork(TypedSettings settings, DemoTokens tokens, Clock clock) {
        Map<String, String> crewTokens = new HashMap<>();
        for (Crew crew : dispatch.crews().list()) {
            crewTokens.put(crew.id(), tokens.tokenFor(Actor.crew("demo-" + crew.id(), crew.id())));
        }
        CrewPace pace = new CrewPace(settings.get(LauncherSettings.FIELD_WORK_STEP), settings.get(LauncherSettings.FIELD_WORK_FAIL_PERCENT),
                settings.get(LauncherSettings.FIELD_WORK_SHELF_FULL_PERCENT), settings.get(LauncherSettings.FIELD_WORK_FORGET_PERCENT),
                settings.get(LauncherSettings.FIELD_WORK_VERIFY_PERCENT));
        track(DemoFieldWork.start(URI.create("http://localhost:" + dispatch.httpPort() + "/"), tokens.tokenFor(Actor.ops("demo-field-ops")),
                crewTokens, pace, settings.get(LauncherSettings.FIELD_WORK_SEED), clock));
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private void replay(Options options, Map<String, String> kafkaConfig, Clock clock) {
        try {
            DemoFeed.replay(options.mentionsFile(), options.dataDir().resolve("demo-feed"), options.replayRate(), kafkaConfig, clock, monitoring.registry());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.info("Demo replay stopped");
        } catch (RuntimeException e) {
            LOG.error("Demo replay of {} failed", options.mentionsFile(), e);
        }
    }

    private <T extends AutoCloseable> T track(T resource) {
        started.push(resource);
        return resource;
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The pid of the embedded broker's JVM (the tests freeze it to see readiness turn down). */
    public long brokerPid() {
        return kafka.pid();
    }

    public int httpPort() {
        return dispatch.httpPort();
    }

    /** The SLA jobs get here ({@code dispatch.sla}: {@link #DEMO_SLA} in the demo unless set) and the warning before it. */
    public String slaSummary() {
        return "due " + sla + " after the first report, amber " + slaWarning + " before";
    }

    /** How many crews dispatch loaded. */
    public int crewCount() {
        return dispatch.crews().list().size();
    }

    /** The port of {@code /metrics} and {@code /health/*} of the whole process. */
    public int managementPort() {
        return management.port();
    }

    /** The dispatch API's tokens: {@code tokens().issue(Actor.marketer("mira"))} lets a marketer export gifts. */
    public TokenStore tokens() {
        return dispatch.tokens();
    }

    public LocalPostgres postgres() {
        return postgres;
    }

    public boolean isStreamProcessorRunning() {
        return streams.isRunning();
    }

    /** Copies a bundled demo file out of the jar, so that every service can read it as a plain file. */
    public static Path extractResource(String resource, Path dir) {
        try (InputStream in = LocalSystem.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is not on the class path");
            }
            Files.createDirectories(dir);
            Path target = dir.resolve(Path.of(resource).getFileName().toString());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract " + resource + " to " + dir, e);
        }
    }

    @Override
    public void close() {
        if (replay != null) {
            replay.interrupt();
        }
        while (!started.isEmpty()) {
            AutoCloseable resource = started.pop();
            try {
                resource.close();
            } catch (Exception e) {
                LOG.error("Failed to stop {}", resource.getClass().getSimpleName(), e);
            }
        }
    }
}
