package org.restockradar.dispatch.replies;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.Source;
import org.restockradar.contracts.Topics;
import org.restockradar.dispatch.access.TokenStore;
import org.restockradar.dispatch.store.JobStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replies to reporters, wired ("closing the loop", see docs/replies.md): reads {@link Topics#JOB_EVENTS} and
 * {@link Topics#MENTIONS} ({@link ReplyEventsConsumer}), scans for reports that joined open jobs
 * ({@link ReplyPlanner#scan}), and sends what is due through the channels configured ({@link ReplySender}).
 * Writes no topic; writes the tables {@code reply}, {@code reply_opt_out} and {@code reply_contact}.
 *
 * <p>Settings ({@link #DEFAULTS}): {@code replies.enabled}, {@code replies.group-id}, {@code replies.send-interval},
 * {@code replies.scan-interval}, {@code replies.scan-lookback}, {@code replies.max-event-age}, {@code replies.batch},
 * {@code replies.max-attempts}, {@code replies.retry-base}, {@code replies.retry-max}, {@code replies.sending-stale-after},
 * {@code replies.reporter-daily-limit}, {@code replies.restocked-on} ({@code verified}, {@code restocked} or both,
 * comma-separated), and per source {@code replies.<source>.per-second} and its endpoint and credentials:
 * {@code replies.x.{rest-base-url,consumer-key,consumer-secret,access-token,access-token-secret}},
 * {@code replies.mastodon.{base-url,access-token,visibility}},
 * {@code replies.whatsapp.{base-url,api-version,phone-number-id,access-token}},
 * {@code replies.sms.{url,signing-secret,bearer-token}}. A source's channel is on when its credentials are set.
 */
public final class RepliesService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RepliesService.class);

    /** What holds unless the settings say otherwise. No credentials: they come from the environment or a settings file. */
    public static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("replies.enabled", "false"),
            Map.entry("replies.group-id", "dispatch-replies"),
            Map.entry("replies.send-interval", "2s"),
            Map.entry("replies.scan-interval", "1m"),
            Map.entry("replies.scan-lookback", "1h"),
            Map.entry("replies.max-event-age", "1d"),
            Map.entry("replies.batch", "50"),
            Map.entry("replies.max-attempts", "5"),
            Map.entry("replies.retry-base", "30s"),
            Map.entry("replies.retry-max", "1h"),
            Map.entry("replies.sending-stale-after", "5m"),
            Map.entry("replies.reporter-daily-limit", "3"),
            Map.entry("replies.restocked-on", "verified"),
            Map.entry("replies.x.rest-base-url", "https://api.twitter.com/1.1/"),
            Map.entry("replies.x.per-second", "1"),
            Map.entry("replies.mastodon.visibility", "unlisted"),
            Map.entry("replies.mastodon.per-second", "1"),
            Map.entry("replies.whatsapp.base-url", "https://graph.facebook.com"),
            Map.entry("replies.whatsapp.api-version", "v21.0"),
            Map.entry("replies.whatsapp.per-second", "10"),
            Map.entry("replies.sms.per-second", "5"));

    private final ReplyPlanner planner;
    private final ReplySender sender;
    private final OptOuts optOuts;
    private final ReplyContacts contacts;
    private final ReplyLog log;
    private final ReplyEventsConsumer consumer;
    private final ScheduledExecutorService loops;

    private RepliesService(ReplyPlanner planner, ReplySender sender, OptOuts optOuts, ReplyContacts contacts, ReplyLog log,
                           ReplyEventsConsumer consumer, ScheduledExecutorService loops) {
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
        return Settings.of(DEFAULTS).with(settings.subset("")).getBoolean("replies.enabled");
    }

    /**
     * Starts the consumer and the send and scan loops on a schema already migrated.
     *
     * @param settings dispatch's settings (the {@code replies.*} keys are read, laid over {@link #DEFAULTS})
     * @param kafka    Kafka client properties without the {@code kafka.} prefix
     */
    public static RepliesService start(Settings settings, DataSource dataSource, Clock clock, Map<String, String> kafka) {
        return start(settings, dataSource, clock, kafka, new SimpleMeterRegistry());
    }

    /** As {@link #start(Settings, DataSource, Clock, Map)}, counting replies ({@code dispatch.replies}) in the registry. */
    public static RepliesService start(Settings settings, DataSource dataSource, Clock clock, Map<String, String> kafka, MeterRegistry meters) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(clock, "clock");
        Settings effective = Settings.of(DEFAULTS).with(settings.subset(""));
        ReplyPlanner planner = new ReplyPlanner(dataSource, clock, restockedOn(effective.get("replies.restocked-on")));
        ReplySender.Limits limits = new ReplySender.Limits(effective.getInt("replies.batch"), effective.getInt("replies.max-attempts"),
                effective.getDuration("replies.retry-base"), effective.getDuration("replies.retry-max"),
                effective.getDuration("replies.sending-stale-after"), effective.getInt("replies.reporter-daily-limit"));
        Duration sendInterval = effective.getDuration("replies.send-interval");
        Duration scanInterval = effective.getDuration("replies.scan-interval");
        Duration lookback = effective.getDuration("replies.scan-lookback");
        Duration maxEventAge = effective.getDuration("replies.max-event-age");
        List<ReplyChannel> channels = channels(effective, clock);
        Map<Source, Integer> perSecond = new EnumMap<>(Source.class);
        for (Source source : Source.values()) {
            effective.find("replies." + source.code() + ".per-second").ifPresent(v -> perSecond.put(source, Integer.parseInt(v.trim())));
        }
        ReplySender sender = new ReplySender(dataSource, clock, channels, ReplyTemplates.load(), new SourceRateLimiter(clock, perSecond), limits, meters);
        OptOuts optOuts = new OptOuts(dataSource, clock);
        ReplyEventsConsumer consumer = ReplyEventsConsumer.start(kafka, effective.get("replies.group-id"), planner, optOuts, clock, maxEventAge);
        ScheduledExecutorService loops = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "dispatch-replies"));
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
                channels.stream().map(c -> c.source().code()).toList(), effective.get("replies.restocked-on"), limits.reporterDailyMax());
        return new RepliesService(planner, sender, optOuts, new ReplyContacts(dataSource, clock), new ReplyLog(dataSource), consumer, loops);
    }

    static Set<JobStatus> restockedOn(String value) {
        Set<JobStatus> statuses = EnumSet.noneOf(JobStatus.class);
        Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(JobStatus::fromCode).forEach(statuses::add);
        return statuses;
    }

    /** The channels whose credentials are set. */
    static List<ReplyChannel> channels(Settings settings, Clock clock) {
        List<ReplyChannel> channels = new ArrayList<>();
        if (settings.find("replies.x.consumer-key").isPresent()) {
            channels.add(new XReplies(new XReplies.Config(settings.get("replies.x.rest-base-url"), settings.get("replies.x.consumer-key"),
                    optional(settings, "replies.x.consumer-secret"), optional(settings, "replies.x.access-token"),
                    optional(settings, "replies.x.access-token-secret")), clock));
        }
        if (settings.find("replies.mastodon.base-url").isPresent()) {
            channels.add(new MastodonReplies(new MastodonReplies.Config(settings.get("replies.mastodon.base-url"),
                    optional(settings, "replies.mastodon.access-token"), settings.get("replies.mastodon.visibility")), clock));
        }
        if (settings.find("replies.whatsapp.phone-number-id").isPresent()) {
            channels.add(new WhatsAppReplies(new WhatsAppReplies.Config(settings.get("replies.whatsapp.base-url"),
                    settings.get("replies.whatsapp.api-version"), settings.get("replies.whatsapp.phone-number-id"),
                    optional(settings, "replies.whatsapp.access-token")), clock));
        }
        if (settings.find("replies.sms.url").isPresent()) {
            channels.add(new SmsReplies(new SmsReplies.Config(settings.get("replies.sms.url"), optional(settings, "replies.sms.signing-secret"),
                    optional(settings, "replies.sms.bearer-token")), clock));
        }
        return channels;
    }

    private static String optional(Settings settings, String key) {
        Optional<String> value = settings.find(key);
        return value.filter(v -> !v.isBlank()).orElse(null);
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
    }
}
