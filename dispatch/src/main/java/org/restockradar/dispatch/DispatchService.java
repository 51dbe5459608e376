package org.restockradar.dispatch;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.restockradar.contracts.KafkaSettings;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.TypedSettings;
import org.restockradar.contracts.Topics;
import org.restockradar.contracts.monitoring.Check;
import org.restockradar.contracts.monitoring.KafkaCheck;
import org.restockradar.contracts.monitoring.Monitoring;
import org.restockradar.contracts.monitoring.Readiness;
import org.restockradar.dispatch.api.MonitoringRoutes;
import org.restockradar.dispatch.access.RateLimit;
import org.restockradar.dispatch.access.TokenStore;
import io.javalin.Javalin;
import org.restockradar.dispatch.api.HttpApi;
import org.restockradar.dispatch.api.OpsApi;
import org.restockradar.dispatch.needslocation.NeedsLocationIntake;
import org.restockradar.dispatch.needslocation.NeedsLocationStore;
import org.restockradar.dispatch.stats.KafkaMentionCounter;
import org.restockradar.dispatch.stats.StatsStore;
import org.restockradar.dispatch.api.WorkApi;
import org.restockradar.dispatch.events.JobEventFeed;
import org.restockradar.dispatch.rewards.Rewards;
import org.restockradar.dispatch.rewards.RewardsApi;
import org.restockradar.dispatch.rewards.RewardsSettings;
import org.restockradar.dispatch.events.KafkaOutboxPublisher;
import org.restockradar.dispatch.events.OutboxRelay;
import org.restockradar.dispatch.intake.KafkaDeadLetterSink;
import org.restockradar.dispatch.intake.ReportIntake;
import org.restockradar.dispatch.outlets.OutletConsumer;
import org.restockradar.dispatch.outlets.OutletStore;
import org.restockradar.dispatch.replies.RepliesApi;
import org.restockradar.dispatch.replies.RepliesService;
import org.restockradar.dispatch.photos.PhotoStore;
import org.restockradar.dispatch.store.JobStore;
import org.restockradar.dispatch.store.DispatchSchema;
import org.restockradar.dispatch.scheduling.SlaScheduler;
import org.restockradar.dispatch.store.SlaPolicy;
import org.restockradar.dispatch.scheduling.SlaSweeper;
import org.restockradar.dispatch.store.OpenedJobListener;
import org.restockradar.dispatch.crews.AutoAssigner;
import org.restockradar.dbkit.consuming.ConsumerLoop;
import org.restockradar.dispatch.crews.Crew;
import org.restockradar.dispatch.crews.CoverageRecheck;
import org.restockradar.dispatch.crews.CrewStore;
import org.restockradar.dispatch.crews.CrewsCsv;
import org.restockradar.dispatch.access.Actor;
import org.restockradar.dispatch.workflow.JobWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dispatcher, wired: brings the PostgreSQL schema up to date, reads {@link Topics#STOCKOUT_REPORTS} into restock
 * jobs and {@link Topics#NEEDS_LOCATION} into reports for ops to place, keeps table {@code outlet} in step with
 * {@link Topics#OUTLETS}, writes the records it cannot take to {@link Topics#DEAD_LETTERS}, relays the job history from its outbox to
 * {@link Topics#JOB_EVENTS}, and serves the jobs API over HTTP.
 *
 * <p>Settings: every key it reads is declared in {@link DispatchSettings} (docs/configuration.md).
 */
public final class DispatchService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DispatchService.class);

    private static final Duration DB_CONNECTION_TIMEOUT = Duration.ofSeconds(5);
    private static final int OUTBOX_BATCH = 500;

    private final JobStore jobs;
    private final JobWorkflow workflow;
    private final CrewStore crews;
    private final TokenStore tokens;
    private final String demoOpsToken;
    private final ConsumerLoop consumer;
    private final HttpApi api;
    private final MeterRegistry meters;
    private final List<AutoCloseable> resources;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DispatchService(JobStore jobs, JobWorkflow workflow, CrewStore crews, TokenStore tokens, String demoOpsToken, ConsumerLoop consumer, HttpApi api, MeterRegistry meters,
                            List<AutoCloseable> resources) {
        this.jobs = jobs;
        this.workflow = workflow;
        this.crews = crews;
        this.tokens = tokens;
        this.demoOpsToken = demoOpsToken;
        this.consumer = consumer;
        this.api = api;
        this.meters = meters;
        this.resources = resources;
    }

    /** Readiness checks this service adds: Kafka answers, the database answers, the report consumer runs. */
    public static final String KAFKA_CHECK = "dispatch-kafka";
    public static final String DATABASE_CHECK = "dispatch-database";
    public static final String CONSUMER_CHECK = "dispatch-consumer";

    /** Starts the dispatcher with meters and readiness of its own (tests; a process passes its {@link Monitoring}). */
    public static DispatchService start(Settings settings, Clock clock) {
        return start(settings, clock, Monitoring.create());
    }

    /**
     * Migrates the schema, then starts the consumer and the HTTP API. When a step fails, what was started is
     * closed again and the exception is thrown.
     *
     * @param settings the caller's settings, laid over the defaults of {@link DispatchSettings} and checked against them
     */
    public static DispatchService start(Settings settings, Clock clock, Monitoring monitoring) {
        Objects.requireNonNull(clock, "clock");
        MeterRegistry meters = monitoring.registry();
        // Every value is read and checked here, naming a bad one, before anything starts.
        TypedSettings effective = DispatchSettings.SETTINGS.read(settings);
        Map<String, String> kafka = effective.passedThrough(KafkaSettings.PREFIX);
        // Fail here, naming the setting, rather than deep inside the Kafka client.
        effective.get(KafkaSettings.BOOTSTRAP_SERVERS);
        SlaPolicy slaPolicy = SlaPolicy.from(effective);
        RewardsSettings rewardsSettings = RewardsSettings.from(effective);
        int port = effective.get(DispatchSettings.HTTP_PORT);
        int requestsPerMinute = effective.get(DispatchSettings.HTTP_RATE_LIMIT);
        List<AutoCloseable> started = new ArrayList<>();
        try {
            HikariDataSource dataSource = dataSource(effective, meters);
            started.add(dataSource);
            DispatchSchema.migrate(dataSource);
            // One setting for both: a new job and a job a crew saved later comes to cover are placed the same way.
            AutoAssigner assigner = effective.get(DispatchSettings.AUTO_ASSIGN)
                    ? new AutoAssigner(effective.get(DispatchSettings.ASSIGN_DISTANCE_SCALE_KM))
                    : null;
            OpenedJobListener onOpened = assigner == null ? OpenedJobListener.NONE : assigner.listener();
            CrewStore crews = new CrewStore(dataSource, clock,
                    assigner == null ? CoverageRecheck.clearOnly() : CoverageRecheck.assigningWith(assigner));
            Optional<Path> crewsFile = effective.find(DispatchSettings.CREWS_FILE);
            if (crewsFile.isPresent()) {
                List<Crew> loaded = CrewsCsv.read(crewsFile.get());
                CoverageRecheck.Outcome covered = crews.saveAll(loaded, "crews-file", "system");
                LOG.info("loaded {} crews from {}; {} uncovered jobs now covered, {} of them assigned", loaded.size(), crewsFile.get(),
                        covered.covered().size(), covered.assigned().size());
            }
            JobStore jobs = new JobStore(dataSource, clock, slaPolicy, effective.get(DispatchSettings.REOPEN_WINDOW), onOpened);
            JobWorkflow workflow = new JobWorkflow(jobs, clock, effective.get(DispatchSettings.DB_POOL_SIZE), meters);
            // One threshold for the SLA warning events and for the pages' amber (GET /api/me).
            Duration slaWarningBefore = effective.get(DispatchSettings.SLA_WARNING_BEFORE);
            SlaSweeper sweeper = new SlaSweeper(dataSource, clock, slaWarningBefore,
                    effective.get(DispatchSettings.SLA_ESCALATE_AFTER), SlaSweeper.AlertHook.NONE, meters);
            SlaScheduler scheduler = SlaScheduler.start(new SlaScheduler.Database(effective.get(DispatchSettings.DB_URL),
                            effective.get(DispatchSettings.DB_USER), effective.find(DispatchSettings.DB_PASSWORD).orElse(null)), sweeper,
                    effective.get(DispatchSettings.SLA_SWEEP_INTERVAL), effective.get(DispatchSettings.SLA_CLUSTER_CHECKIN));
            started.add(scheduler);
            KafkaOutboxPublisher publisher = new KafkaOutboxPublisher(kafka, meters);
            started.add(publisher);
            started.add(new OutboxRelay(dataSource, publisher, clock, OUTBOX_BATCH).start(effective.get(DispatchSettings.OUTBOX_INTERVAL)));
            KafkaDeadLetterSink deadLetters = new KafkaDeadLetterSink(kafka, meters);
            started.add(deadLetters);
            ReportIntake intake = new ReportIntake(jobs::record, deadLetters, clock, meters);
            String groupId = effective.get(DispatchSettings.GROUP_ID);
            ConsumerLoop consumer = ConsumerLoop.inGroup("dispatch", kafka, groupId, List.of(Topics.STOCKOUT_REPORTS),
                    intake::handle, meters);
            started.add(consumer);
            NeedsLocationStore needsLocation = new NeedsLocationStore(dataSource, jobs::record, clock);
            started.add(ConsumerLoop.inGroup("dispatch", kafka, groupId + "-needs-location", List.of(Topics.NEEDS_LOCATION),
                    new NeedsLocationIntake(needsLocation, deadLetters, clock, meters), meters));
            KafkaMentionCounter mentionCounter = new KafkaMentionCounter(kafka);
            started.add(mentionCounter);
            OutletStore outlets = new OutletStore(dataSource, clock);
            started.add(OutletConsumer.start(kafka, outlets, meters));
            TokenStore tokens = new TokenStore(dataSource, clock);
            JobEventFeed feed = new JobEventFeed(dataSource, Duration.ofMillis(250));
            started.add(feed);
            String demoToken = null;
            if (effective.get(DispatchSettings.DEMO_OPS_TOKEN)) {
                // For the all-in-one laptop run only (the launcher sets it): a way into the work API without a login.
                demoToken = tokens.issue(Actor.ops("demo-ops"));
                LOG.info("demo ops token (local use only): {}", demoToken);
            }
            // Rewards for reporters (docs/rewards.md): credits from job-events, gift runs on the scheduler, /api/rewards.
            Rewards rewards = rewardsSettings.enabled() ? Rewards.start(rewardsSettings, dataSource, clock, kafka, scheduler, meters) : null;
            if (rewards != null) {
                started.add(rewards);
            }
            RepliesService replies = RepliesService.enabled(effective) ? RepliesService.start(effective, dataSource, clock, kafka, meters) : null;
            if (replies != null) {
                started.add(replies);
            }
            HttpApi api = HttpApi.start(effective.find(DispatchSettings.HTTP_HOST).orElse(null), port, jobs, consumer::isRunning,
                    new WorkApi.Services(jobs, workflow, crews, tokens, feed, outlets, new PhotoStore(dataSource, clock), clock,
                            effective.get(DispatchSettings.ROUTE_BUCKET), slaWarningBefore, requestsPerMinute),
                    routeSets(new OpsApi.Services(tokens, needsLocation, new StatsStore(dataSource, mentionCounter, clock), requestsPerMinute),
                            rewards == null ? null : rewards.api(tokens, requestsPerMinute),
                            replies == null ? null : replies.api(tokens, requestsPerMinute)).andThen(MonitoringRoutes.of(monitoring)),
                    RateLimit.trustedProxies(effective.find(DispatchSettings.HTTP_TRUSTED_PROXIES).orElse("")));
            started.add(api);
            KafkaCheck kafkaCheck = new KafkaCheck(kafka, groupId + "-health");
            started.add(kafkaCheck);
            Readiness readiness = monitoring.readiness();
            readiness.add(KAFKA_CHECK, kafkaCheck);
            readiness.add(DATABASE_CHECK, () -> jobs.isReachable() ? Check.Result.up("answered") : Check.Result.down("did not answer within 2 s"));
            readiness.add(CONSUMER_CHECK, () -> consumer.isRunning() ? Check.Result.up("reading " + Topics.STOCKOUT_REPORTS.name())
                    : Check.Result.down("stopped"));
            started.add(() -> List.of(KAFKA_CHECK, DATABASE_CHECK, CONSUMER_CHECK).forEach(readiness::remove));
            LOG.info("dispatch started: jobs due {} after the first report, API on port {}", effective.get(SlaPolicy.SLA), api.port());
            return new DispatchService(jobs, workflow, crews, tokens, demoToken, consumer, api, meters, started);
        } catch (RuntimeException e) {
            closeAll(started, e);
            throw e;
        }
    }

    /**
     * The route sets served beside the work routes, registered on the app before it starts: ops always, rewards and
     * replies when they are on (null when off). One place, so that the test of the OpenAPI document serves what this
     * service serves.
     */
    public static Consumer<Javalin> routeSets(OpsApi.Services ops, RewardsApi.Services rewards, RepliesApi.Services replies) {
        Objects.requireNonNull(ops, "ops");
        return app -> {
            OpsApi.register(app, ops);
            if (rewards != null) {
                RewardsApi.register(app, rewards);
            }
            if (replies != null) {
                RepliesApi.register(app, replies);
            }
        };
    }

    private static HikariDataSource dataSource(TypedSettings settings, MeterRegistry meters) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("dispatch-db");
        config.setJdbcUrl(settings.get(DispatchSettings.DB_URL));
        config.setUsername(settings.get(DispatchSettings.DB_USER));
        config.setPassword(settings.find(DispatchSettings.DB_PASSWORD).orElse(null));
        config.setMaximumPoolSize(settings.get(DispatchSettings.DB_POOL_SIZE));
        config.setConnectionTimeout(DB_CONNECTION_TIMEOUT.toMillis());
        // The pool's meters (hikaricp_connections_*), tagged pool=dispatch-db.
        config.setMetricRegistry(meters);
        return new HikariDataSource(config);
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

    /** The ops token issued at start when {@code dispatch.demo-ops-token} is true. */
    public Optional<String> demoOpsToken() {
        return Optional.ofNullable(demoOpsToken);
    }

    /** The registry holding the {@code dispatch.*} counters. */
    public MeterRegistry meters() {
        return meters;
    }

    /** Whether the database answers and the consumer runs: what {@code GET /api/health} reports. */
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
