package org.restockradar.replies;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.restockradar.contracts.Setting;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.TypedSettings;
import org.restockradar.contracts.Source;
import org.restockradar.contracts.Topics;
import org.restockradar.access.TokenStore;
import org.restockradar.dbkit.jobcopy.JobCopy;
import org.restockradar.dbkit.store.Database;
import org.restockradar.dbkit.store.Migrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replies to reporters, wired ("closing the loop", see docs/replies.md): its own tables in a schema of its own
 * ({@code replies.db.schema}, migrations in {@code db/jobcopy} and {@code db/replies} with a history of their own); reads
 * {@link Topics#JOB_EVENTS}, {@link Topics#MENTIONS} and {@link Topics#GIFT_EVENTS} ({@link ReplyEventsConsumer}), scans the jobs learned lately
 * ({@link ReplyPlanner#scan}), and sends what is due through the channels configured ({@link ReplySender}). Writes no
 * topic and reads no other service's tables: everything it knows of jobs and reporters came on {@code job-events}.
 *
 * <p>Settings: {@link RepliesSettings}.
 */
public final class RepliesService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RepliesService.class);
    /** Connections of the replies' pool: the consumer, a send round, a scan and a few API calls at once. */
    private static final int POOL_SIZE = 4;

    private final ReplyPlanner planner;
    private final ReplySender sender;
    private final OptOuts optOuts;
    private final ReplyContacts contacts;
    private final ReplyLog log;
    private final ReplyEventsConsumer consumer;
    private final ScheduledExecutorService loops;
    private final HikariDataSource dataSource;

    private RepliesService(HikariDataSource dataSource, ReplyPlanner planner, ReplySender sender, OptOuts optOuts, ReplyContacts contacts, ReplyLog log,
                           ReplyEventsConsumer consumer, ScheduledExecutorService loops) {
        this.dataSource = dataSource;
        this.planner = planner;
        this.sender = sender;
        this.optOuts = optOuts;
        this.contacts = contacts;
        this.log = log;
        this.consumer = consumer;
        this.loops = loops;
    }

    /** Whether {@code replies.enabled} is true in the settings (false when unset). */
    public static boolean enabled(Settings settings) {
        return enabled(RepliesSettings.SETTINGS.read(settings));
    }

    /** As {@link #enabled(Settings)}, of settings read through a declaration that includes {@link RepliesSettings#SETTINGS}. */
    public static boolean enabled(TypedSettings settings) {
        return settings.get(RepliesSettings.ENABLED);
    }

    /** The migrations of the replies' tables, in their schema: the copy of jobs and reports (dbkit's), then their own. */
    public static Migrations migrations(String schema) {
        return Migrations.inSchema("replies", JobCopy.MIGRATIONS + ",classpath:db/replies", schema);
    }

    /**
     * Migrates the replies' schema on the database, then starts the consumer and the send and scan loops. When a step
     * fails, what was started is closed again and the exception is thrown.
     *
     * @param settings the {@code replies.*} keys read over their defaults ({@link RepliesSettings})
     * @param kafka    Kafka client properties without the {@code kafka.} prefix
     * @param meters   where replies are counted ({@code dispatch.replies})
     */
    public static RepliesService start(TypedSettings settings, Database database, Clock clock, Map<String, String> kafka, MeterRegistry meters) {
        return start(settings, database, clock, kafka, meters, ReplyTemplates.DEFAULT_PROMISE);
    }

    /**
     * As {@link #start(TypedSettings, Database, Clock, Map, MeterRegistry)}, the replies promising {@code promise}: the
     * SLA dispatch is configured with ({@code dispatch.sla}), said in the reply's language.
     */
    public static RepliesService start(TypedSettings settings, Database database, Clock clock, Map<String, String> kafka, MeterRegistry meters,
                                       Duration promise) {
        String schema = settings.get(RepliesSettings.DB_SCHEMA);
        HikariDataSource dataSource = database.pool("replies-db", POOL_SIZE, schema, meters);
        try {
            migrations(schema).migrate(dataSource);
            return start(settings, dataSource, clock, kafka, meters, promise);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /** Starts the consumer and the send and scan loops on a schema already migrated; closing the service closes the pool. */
    static RepliesService start(TypedSettings settings, HikariDataSource dataSource, Clock clock, Map<String, String> kafka, MeterRegistry meters) {
        return start(settings, dataSource, clock, kafka, meters, ReplyTemplates.DEFAULT_PROMISE);
    }

    static RepliesService start(TypedSettings settings, HikariDataSource dataSource, Clock clock, Map<String, String> kafka, MeterRegistry meters,
                                Duration promise) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(clock, "clock");
        ReplyPlanner planner = new ReplyPlanner(dataSource, clock, restockedOn(settings.get(RepliesSettings.RESTOCKED_ON)));
        ReplySender.Limits limits = new ReplySender.Limits(settings.get(RepliesSettings.BATCH), settings.get(RepliesSettings.MAX_ATTEMPTS),
                settings.get(RepliesSettings.RETRY_BASE), settings.get(RepliesSettings.RETRY_MAX),
                settings.get(RepliesSettings.SENDING_STALE_AFTER), settings.get(RepliesSettings.REPORTER_DAILY_LIMIT));
        Duration sendInterval = settings.get(RepliesSettings.SEND_INTERVAL);
        Duration scanInterval = settings.get(RepliesSettings.SCAN_INTERVAL);
        Duration lookback = settings.get(RepliesSettings.SCAN_LOOKBACK);
        Duration maxEventAge = settings.get(RepliesSettings.MAX_EVENT_AGE);
        List<ReplyChannel> channels = channels(settings, clock);
        Map<Source, Integer> perSecond = new EnumMap<>(Source.class);
        perSecond.put(Source.X, settings.get(RepliesSettings.X_PER_SECOND));
        perSecond.put(Source.MASTODON, settings.get(RepliesSettings.MASTODON_PER_SECOND));
        perSecond.put(Source.WHATSAPP, settings.get(RepliesSettings.WHATSAPP_PER_SECOND));
        perSecond.put(Source.SMS, settings.get(RepliesSettings.SMS_PER_SECOND));
        ReplySender sender = new ReplySender(dataSource, clock, channels, ReplyTemplates.load().promising(promise), new SourceRateLimiter(clock, perSecond), limits, meters);
        OptOuts optOuts = new OptOuts(dataSource, clock);
        ReplyEventsConsumer consumer = ReplyEventsConsumer.start(kafka, settings.get(RepliesSettings.GROUP_ID), planner, optOuts,
                new GiftReplies(dataSource, clock), clock, maxEventAge, meters);
        ScheduledExecutorService loops = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "replies-rounds"));
        loops.scheduleWithFixedDelay(() -> {
            try {
                ReplySender.Round round = sender.sendDue();
                if (round.claimed() > 0) {
                    LOG.debug("reply round: {}", round);
                }
            } catch (RuntimeException e) {
                LOG.error("reply send round failed; the next one runs in {}", sendInterval, e);
            }
        }, sendInterval.toMillis(), sendInterval.toMillis(), TimeUnit.MILLISECONDS);
        loops.scheduleWithFixedDelay(() -> {
            try {
                int planned = planner.scan(lookback);
                if (planned > 0) {
                    LOG.info("the reply scan planned {} replies the job events had not", planned);
                }
            } catch (RuntimeException e) {
                LOG.error("reply scan failed; the next one runs in {}", scanInterval, e);
            }
        }, 0, scanInterval.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("replies on: channels {}, restocked replies on {}, at most {} a reporter a day",
                channels.stream().map(c -> c.source().code()).toList(), settings.get(RepliesSettings.RESTOCKED_ON), limits.reporterDailyMax());
        return new RepliesService(dataSource, planner, sender, optOuts, new ReplyContacts(dataSource, clock), new ReplyLog(dataSource), consumer, loops);
    }

    /** The job statuses of {@code replies.restocked-on}: {@code restocked} and/or {@code verified}. */
    static Set<String> restockedOn(List<String> codes) {
        for (String code : codes) {
            if (!ReplyPlanner.RESTOCKED.contains(code)) {
                throw new IllegalArgumentException("replies.restocked-on takes restocked and/or verified, not '" + code + "'");
            }
        }
        return Set.copyOf(codes);
    }

    /** The channels whose credentials are set. */
    static List<ReplyChannel> channels(TypedSettings settings, Clock clock) {
        List<ReplyChannel> channels = new ArrayList<>();
        if (settings.find(RepliesSettings.X_CONSUMER_KEY).isPresent()) {
            channels.add(new XReplies(new XReplies.Config(settings.get(RepliesSettings.X_REST_BASE_URL), settings.get(RepliesSettings.X_CONSUMER_KEY),
                    optional(settings, RepliesSettings.X_CONSUMER_SECRET), optional(settings, RepliesSettings.X_ACCESS_TOKEN),
                    optional(settings, RepliesSettings.X_ACCESS_TOKEN_SECRET)), clock));
        }
        if (settings.find(RepliesSettings.MASTODON_BASE_URL).isPresent()) {
            channels.add(new MastodonReplies(new MastodonReplies.Config(settings.get(RepliesSettings.MASTODON_BASE_URL),
                    optional(settings, RepliesSettings.MASTODON_ACCESS_TOKEN), settings.get(RepliesSettings.MASTODON_VISIBILITY)), clock));
        }
        if (settings.find(RepliesSettings.WHATSAPP_PHONE_NUMBER_ID).isPresent()) {
            channels.add(new WhatsAppReplies(new WhatsAppReplies.Config(settings.get(RepliesSettings.WHATSAPP_BASE_URL),
                    settings.get(RepliesSettings.WHATSAPP_API_VERSION), settings.get(RepliesSettings.WHATSAPP_PHONE_NUMBER_ID),
                    optional(settings, RepliesSettings.WHATSAPP_ACCESS_TOKEN)), clock));
        }
        if (settings.find(RepliesSettings.SMS_URL).isPresent()) {
            channels.add(new SmsReplies(new SmsReplies.Config(settings.get(RepliesSettings.SMS_URL), optional(settings, RepliesSettings.SMS_SIGNING_SECRET),
                    optional(settings, RepliesSettings.SMS_BEARER_TOKEN)), clock));
        }
        return channels;
    }

    private static String optional(TypedSettings settings, Setting<String> setting) {
        return settings.find(setting).orElse(null);
    }

    /**
     * The ops routes' needs, for {@link RepliesApi#register}.
     *
     * @param requestsPerMinute the rate limit of every authenticated route (setting {@code http.rate-limit-per-minute})
     */
    public RepliesApi.Services api(TokenStore tokens, int requestsPerMinute) {
        return new RepliesApi.Services(tokens, optOuts, contacts, log, requestsPerMinute);
    }

    public ReplyPlanner planner() {
        return planner;
    }

    public ReplySender sender() {
        return sender;
    }

    public OptOuts optOuts() {
        return optOuts;
    }

    public boolean isRunning() {
        return consumer.isRunning();
    }

    /** Stops the loops (letting a round under way finish), the consumer and the channels. */
    @Override
    public void close() {
        loops.shutdown();
        try {
            if (!loops.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("a reply round did not finish within 30 s; stopping it");
                loops.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            loops.shutdownNow();
        }
        consumer.close();
        sender.closeChannels();
        dataSource.close();
    }
}
