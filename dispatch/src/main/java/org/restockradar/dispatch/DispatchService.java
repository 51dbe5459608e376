package org.restockradar.dispatch;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.restockradar.dbkit.store.Database;
import org.restockradar.contracts.KafkaSettings;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.TypedSettings;
import org.restockradar.contracts.Topics;
import org.restockradar.contracts.monitoring.Check;
import org.restockradar.contracts.monitoring.ManagementServer;
import org.restockradar.contracts.monitoring.Monitoring;
import org.restockradar.contracts.monitoring.Readiness;
import org.restockradar.dispatch.api.MonitoringRoutes;
import org.restockradar.access.RateLimit;
import org.restockradar.access.TokenStore;
import io.javalin.config.RoutesConfig;
import org.restockradar.dispatch.api.HttpApi;
import org.restockradar.dispatch.api.OpsApi;
import org.restockradar.dispatch.needslocation.NeedsLocationIntake;
import org.restockradar.dispatch.needslocation.NeedsLocationStore;
import org.restockradar.dispatch.stats.KafkaMentionCounter;
import org.restockradar.dispatch.stats.StatsStore;
import org.restockradar.dispatch.api.WorkApi;
import org.restockradar.dispatch.events.JobEventFeed;
import org.restockradar.dispatch.events.KafkaOutboxPublisher;
import org.restockradar.dispatch.events.OutboxRelay;
import org.restockradar.dispatch.intake.KafkaDeadLetterSink;
import org.restockradar.dispatch.intake.ReportIntake;
import org.restockradar.dispatch.intake.ReportRecorder;
import org.restockradar.dispatch.outlets.OutletConsumer;
import org.restockradar.dispatch.outlets.OutletStore;
import org.restockradar.dispatch.photos.PhotoStore;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.dispatch.scheduling.SlaScheduler;
import org.restockradar.dispatch.store.SlaPolicy;
import org.restockradar.dispatch.scheduling.SlaSweeper;
import org.restockradar.dispatch.store.OpenedJobListener;
import org.restockradar.dispatch.crews.AutoAssigner;
import org.restockradar.dbkit.consuming.ConsumerLoop;
import org.restockradar.dbkit.consuming.ConsumerLoops;
import org.restockradar.dispatch.crews.Crew;
import org.restockradar.dispatch.crews.CoverageRecheck;
import org.restockradar.dispatch.crews.CrewStore;
import org.restockradar.dispatch.crews.CrewsCsv;
import org.restockradar.dispatch.workflow.JobWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dispatcher, wired: brings the PostgreSQL schema up to date, reads {@link Topics#STOCKOUT_REPORTS} into restock
 * jobs and {@link Topics#NEEDS_LOCATION} into reports for ops to place, keeps table {@code outlet} in step with
 * {@link Topics#OUTLETS}, writes the records it cannot take to {@link Topics#DEAD_LETTERS}, relays the job history from its outbox to
 * {@link Topics#JOB_EVENTS}, and serves the jobs API over HTTP. It knows nothing of the services that read
 * {@code job-events} (rewards, replies): a caller that runs them in this process passes them as {@link Companion}s.
 *
 * <p>Settings: every key it reads is declared in {@link DispatchSettings} (docs/configuration.md).
 */
public final class DispatchService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DispatchService.class);

    /** How often the live stream of job events reads new rows. */
    private static final Duration FEED_INTERVAL = Duration.ofMillis(250);
    private static final int OUTBOX_BATCH = 500;

    private final JobStore jobs;
    private final JobWorkflow workflow;
    private final CrewStore crews;
    private final TokenStore tokens;
    private final ConsumerLoops consumer;
    private final HttpApi api;
    private final MeterRegistry meters;
    private final List<AutoCloseable> resources;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DispatchService(JobStore jobs, JobWorkflow workflow, CrewStore crews, TokenStore tokens, ConsumerLoops consumer, HttpApi api,
                            MeterRegistry meters, List<AutoCloseable> resources) {
        this.jobs = jobs;
        this.workflow = workflow;
        this.crews = crews;
        this.tokens = tokens;
        this.consumer = consumer;
        this.api = api;
        this.meters = meters;
        this.resources = resources;
    }

    /** Readiness checks this service adds beside the process's Kafka check ({@link Monitoring#watchKafka}): the database answers, the report consumer runs. */
    public static final String DATABASE_CHECK = "dispatch-database";
    public static final String CONSUMER_CHECK = "dispatch-consumer";

    /** Starts the dispatcher alone, with meters and readiness of its own (tests; a process passes its {@link Monitoring}). */
    public static DispatchService start(Settings settings, Clock clock) {
        return start(settings, clock, Monitoring.create());
    }

    /** Starts the dispatcher alone, without companions. */
    public static DispatchService start(Settings settings, Clock clock, Monitoring monitoring) {
        return start(settings, clock, monitoring, List.of());
    }

    /**
     * Starts dispatch as a process of its own runs it ({@code DispatchMain}, the launcher's {@code JobServicesMain}): with
     * a registry and readiness of the process, served on the management port ({@code management.port}: {@code /metrics},
     * {@code /health/*}) apart from the public HTTP port, which serves no meters; the port closes with the service.
     */
    public static DispatchService startServingMetrics(Settings settings, Clock clock, List<Companion.Starter> companions) {
        int port = DispatchSettings.SETTINGS.read(settings).get(ManagementServer.PORT);
        Monitoring monitoring = Monitoring.create();
        ManagementServer management = ManagementServer.start(port, monitoring);
        try {
            DispatchService service = start(settings, clock, monitoring, companions);
            // Closed after everything else: the port answers while dispatch stops.
            service.resources.add(0, monitoring);
            service.resources.add(1, management);
            return service;
        } catch (RuntimeException e) {
            management.close();
            monitoring.close();
            throw e;
        }
    }

    /**
     * Migrates the schema, then starts the topic readers, the outbox relay, the SLA sweeps, the companions and the HTTP
     * API, in that order, and adds its readiness checks. When a step fails, what was started is closed again and the
     * exception is thrown.
     *
     * @param settings   the caller's settings, laid over the defaults of {@link DispatchSettings} and checked against them
     * @param monitoring the process's registry (every meter of dispatch and its companions) and readiness
     * @param companions services to run beside dispatch in this process (rewards, replies), their routes served by its API
     */
    public static DispatchService start(Settings settings, Clock clock, Monitoring monitoring, List<Companion.Starter> companions) {
        Objects.requireNonNull(clock, "clock");
        MeterRegistry meters = monitoring.registry();
        // Every value is read and checked here, naming a bad one, before anything starts.
        TypedSettings effective = DispatchSettings.SETTINGS.read(settings);
        Map<String, String> kafka = effective.passedThrough(KafkaSettings.PREFIX);
        // Fail here, naming the setting, rather than deep inside the Kafka client.
        effective.get(KafkaSettings.BOOTSTRAP_SERVERS);
        Database database = database(effective);
        int requestsPerMinute = effective.get(DispatchSettings.HTTP_RATE_LIMIT);
        List<AutoCloseable> started = new ArrayList<>();
        try {
            HikariDataSource dataSource = track(started, database.pool("dispatch-db", effective.get(DispatchSettings.DB_POOL_SIZE), null, meters));
            DispatchSchema.migrate(dataSource);
            Work work = work(effective, dataSource, clock, meters);
            track(started, startSlaSweeps(effective, database, dataSource, clock, meters));
            startOutboxRelay(effective, kafka, dataSource, meters, started);
            Readers readers = startTopicReaders(effective, kafka, dataSource, work.jobs(), clock, meters, started);
            TokenStore tokens = new TokenStore(dataSource, clock);
            JobEventFeed feed = track(started, new JobEventFeed(dataSource, FEED_INTERVAL));
            List<Consumer<RoutesConfig>> companionRoutes = startCompanions(companions,
                    new Companion.Shared(tokens, database, effective.get(DispatchSettings.SLA_CLUSTER_CHECKIN), kafka, clock, meters,
                            requestsPerMinute), started);
            HttpApi api = track(started, startHttp(effective, dataSource, clock, work, readers, tokens, feed,
                    companionRoutes, MonitoringRoutes.of(monitoring)));
            addReadinessChecks(monitoring, kafka, work.jobs(), readers.reports(), started);
            LOG.info("dispatch started: jobs due {} after the first report, API on port {}", effective.get(SlaPolicy.SLA), api.port());
            return new DispatchService(work.jobs(), work.workflow(), work.crews(), tokens, readers.reports(), api, meters, started);
        } catch (RuntimeException e) {
            closeAll(started, e);
            throw e;
        }
    }

    /** The jobs and who works them: the job store with its SLA rules, the lifecycle and the crews (loaded from the file). */
    private record Work(JobStore jobs, JobWorkflow workflow, CrewStore crews) {
    }

    /** What the topic readers keep: the reports' loops (their health is the API's), the needs-location list, the outlets, the mention counter. */
    private record Readers(ConsumerLoops reports, NeedsLocationStore needsLocation, OutletStore outlets, KafkaMentionCounter mentions) {
    }

    private static Database database(TypedSettings settings) {
        return new Database(settings.get(DispatchSettings.DB_URL), settings.get(DispatchSettings.DB_USER),
                settings.find(DispatchSettings.DB_PASSWORD).orElse(null));
    }

    private static Work work(TypedSettings settings, DataSource dataSource, Clock clock, MeterRegistry meters) {
        // One setting for both: a new job and a job a crew saved later comes to cover are placed the same way.
        AutoAssigner assigner = settings.get(DispatchSettings.AUTO_ASSIGN)
                ? new AutoAssigner(settings.get(DispatchSettings.ASSIGN_DISTANCE_SCALE_KM))
                : null;
        OpenedJobListener onOpened = assigner == null ? OpenedJobListener.NONE : assigner.listener();
        CrewStore crews = new CrewStore(dataSource, clock, assigner == null ? CoverageRecheck.clearOnly() : CoverageRecheck.assigningWith(assigner));
        Optional<Path> crewsFile = settings.find(DispatchSettings.CREWS_FILE);
        if (crewsFile.isPresent()) {
            List<Crew> loaded = CrewsCsv.read(crewsFile.get());
            CoverageRecheck.Outcome covered = crews.saveAll(loaded, "crews-file", "system");
            LOG.info("loaded {} crews from {}; {} uncovered jobs now covered, {} of them assigned", loaded.size(), crewsFile.get(),
                    covered.covered().size(), covered.assigned().size());
        }
        JobStore jobs = new JobStore(dataSource, clock, SlaPolicy.from(settings), settings.get(DispatchSettings.REOPEN_WINDOW), onOpened);
        return new Work(jobs, new JobWorkflow(jobs, clock, settings.get(DispatchSettings.DB_POOL_SIZE), meters), crews);
    }

    private static SlaScheduler startSlaSweeps(TypedSettings settings, Database database, DataSource dataSource, Clock clock,
                                               MeterRegistry meters) {
        SlaSweeper sweeper = new SlaSweeper(dataSource, clock, settings.get(DispatchSettings.SLA_WARNING_BEFORE),
                settings.get(DispatchSettings.SLA_ESCALATE_AFTER), SlaSweeper.AlertHook.NONE, meters);
        return SlaScheduler.start(database, sweeper, settings.get(DispatchSettings.SLA_SWEEP_INTERVAL),
                settings.get(DispatchSettings.SLA_CLUSTER_CHECKIN), meters);
    }

    private static void startOutboxRelay(TypedSettings settings, Map<String, String> kafka, DataSource dataSource,
                                         MeterRegistry meters, List<AutoCloseable> started) {
        KafkaOutboxPublisher publisher = track(started, new KafkaOutboxPublisher(kafka, meters));
        track(started, new OutboxRelay(dataSource, publisher, OUTBOX_BATCH).start(settings.get(DispatchSettings.OUTBOX_INTERVAL)));
    }

    /** The readers of stockout-reports, stockout-reports.needs-location and outlets, each on dbkit's consumer loop. */
    private static Readers startTopicReaders(TypedSettings settings, Map<String, String> kafka, DataSource dataSource, JobStore jobs, Clock clock,
                                             MeterRegistry meters, List<AutoCloseable> started) {
        KafkaDeadLetterSink deadLetters = track(started, new KafkaDeadLetterSink(kafka, meters));
        ReportIntake intake = new ReportIntake(ReportRecorder.of(jobs), deadLetters, clock, meters);
        String groupId = settings.get(DispatchSettings.GROUP_ID);
        // One transaction per poll: the reports of a poll are recorded together, then their offsets are committed;
        // the broker holds a fetch a little for fuller polls, since each costs a transaction. A consumer per partition,
        // so that the partitions' polls are recorded at once (each outlet's reports are in one partition, in order).
        Map<String, String> intakeKafka = intakeFetch(settings, kafka);
        ConsumerLoops reports = track(started, ConsumerLoop.inGroupByBatch("dispatch", intakeKafka, groupId, List.of(Topics.STOCKOUT_REPORTS),
                settings.get(DispatchSettings.INTAKE_CONSUMERS), intake::handleAll, meters));
        NeedsLocationStore needsLocation = new NeedsLocationStore(dataSource, jobs::record, clock);
        // The same for the reports no outlet was found for: a poll's records in one statement.
        track(started, ConsumerLoop.inGroupByBatch("dispatch", intakeKafka, groupId + "-needs-location", List.of(Topics.NEEDS_LOCATION),
                new NeedsLocationIntake(needsLocation, deadLetters, clock, meters)::handleAll, meters));
        KafkaMentionCounter mentions = track(started, new KafkaMentionCounter(kafka));
        OutletStore outlets = new OutletStore(dataSource, clock);
        track(started, OutletConsumer.start(kafka, outlets, meters));
        return new Readers(reports, needsLocation, outlets, mentions);
    }

    /** The client properties of the report topics' readers: the Kafka settings with the intake's fetch wait and size. */
    static Map<String, String> intakeFetch(TypedSettings settings, Map<String, String> kafka) {
        Map<String, String> config = new LinkedHashMap<>(kafka);
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, Long.toString(settings.get(DispatchSettings.INTAKE_FETCH_WAIT).toMillis()));
        config.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, Integer.toString(settings.get(DispatchSettings.INTAKE_FETCH_MIN_BYTES)));
        return Map.copyOf(config);
    }

    private static List<Consumer<RoutesConfig>> startCompanions(List<Companion.Starter> starters, Companion.Shared shared, List<AutoCloseable> started) {
        List<Consumer<RoutesConfig>> routes = new ArrayList<>();
        for (Companion.Starter starter : starters) {
            Companion companion = track(started, starter.start(shared));
            routes.add(companion::routes);
        }
        return routes;
    }

    private static HttpApi startHttp(TypedSettings settings, DataSource dataSource, Clock clock, Work work, Readers readers, TokenStore tokens,
                                     JobEventFeed feed, List<Consumer<RoutesConfig>> companionRoutes, Consumer<RoutesConfig> monitoringRoutes) {
        int requestsPerMinute = settings.get(DispatchSettings.HTTP_RATE_LIMIT);
        WorkApi.Services services = new WorkApi.Services(work.jobs(), work.workflow(), work.crews(), tokens, feed, readers.outlets(),
                new PhotoStore(dataSource, clock), clock, settings.get(DispatchSettings.ROUTE_BUCKET),
                // One threshold for the SLA warning events and for the pages' amber (GET /api/me).
                settings.get(DispatchSettings.SLA_WARNING_BEFORE), requestsPerMinute);
        OpsApi.Services ops = new OpsApi.Services(tokens, readers.needsLocation(), new StatsStore(dataSource, readers.mentions(), clock),
                requestsPerMinute);
        return HttpApi.start(settings.find(DispatchSettings.HTTP_HOST).orElse(null), settings.get(DispatchSettings.HTTP_PORT), work.jobs(),
                readers.reports()::isRunning, services, routeSets(ops, companionRoutes).andThen(monitoringRoutes),
                RateLimit.trustedProxies(settings.find(DispatchSettings.HTTP_TRUSTED_PROXIES).orElse("")));
    }

    /** Ready when Kafka answers, the database answers and every report consumer runs; the checks go when dispatch stops. */
    private static void addReadinessChecks(Monitoring monitoring, Map<String, String> kafka, JobStore jobs, ConsumerLoops reports,
                                           List<AutoCloseable> started) {
        // One Kafka check per process, shared with the services beside dispatch in it (the launcher's stream processor).
        track(started, monitoring.watchKafka(kafka));
        Readiness readiness = monitoring.readiness();
        readiness.add(DATABASE_CHECK, () -> jobs.isReachable() ? Check.Result.up("answered") : Check.Result.down("did not answer within 2 s"));
        readiness.add(CONSUMER_CHECK, () -> reports.isRunning() ? Check.Result.up("reading " + Topics.STOCKOUT_REPORTS.name())
                : Check.Result.down("stopped"));
        started.add(() -> List.of(DATABASE_CHECK, CONSUMER_CHECK).forEach(readiness::remove));
    }

    /**
     * The route sets served beside the work routes, registered on the app before it starts: ops always, then those of
     * the companions (rewards, replies) in order. One place, so that the test of the OpenAPI document serves what this
     * service serves.
     */
    public static Consumer<RoutesConfig> routeSets(OpsApi.Services ops, List<Consumer<RoutesConfig>> companions) {
        Objects.requireNonNull(ops, "ops");
        List<Consumer<RoutesConfig>> more = List.copyOf(companions);
        return app -> {
            OpsApi.register(app, ops);
            more.forEach(routes -> routes.accept(app));
        };
    }

    private static <T extends AutoCloseable> T track(List<AutoCloseable> started, T resource) {
        started.add(resource);
        return resource;
    }

    /** The port the HTTP API listens on (the one chosen when {@code http.port} is 0). */
    public int httpPort() {
        return api.port();
    }

    /** The job store, for callers in the same process that want to read jobs without HTTP. */
    public JobStore jobs() {
        return jobs;
    }

    /** The lifecycle: assigning, accepting, completing, failing, verifying and cancelling jobs on behalf of an actor. */
    public JobWorkflow workflow() {
        return workflow;
    }

    /** The crews and their territories. */
    public CrewStore crews() {
        return crews;
    }

    /** The API's bearer tokens: {@code tokens().issue(Actor.ops("meera"))} gives ops a way in. */
    public TokenStore tokens() {
        return tokens;
    }

    /** The registry holding the {@code dispatch.*} counters. */
    public MeterRegistry meters() {
        return meters;
    }

    /** Whether the database answers and every report consumer runs: what {@code GET /api/health} reports. */
    public boolean isHealthy() {
        return consumer.isRunning() && jobs.isReachable();
    }

    /** Stops the API, then the consumer (committing what it took), then the dead-letter producer and the pool. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closeAll(resources, null);
        LOG.info("dispatch stopped");
    }

    private static void closeAll(List<AutoCloseable> resources, Exception cause) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            AutoCloseable resource = resources.get(i);
            try {
                resource.close();
            } catch (Exception e) {
                if (cause != null) {
                    cause.addSuppressed(e);
                } else {
                    LOG.error("cannot close {} while stopping dispatch", resource.getClass().getSimpleName(), e);
                }
            }
        }
    }
}
