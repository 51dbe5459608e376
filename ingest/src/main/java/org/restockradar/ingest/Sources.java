package org.restockradar.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.Source;
import org.restockradar.ingest.cursor.CursorStore;
import org.restockradar.ingest.metrics.SourceMetrics;
import org.restockradar.ingest.publish.MentionSink;
import org.restockradar.ingest.source.Backoff;
import org.restockradar.ingest.source.KeywordFilter;
import org.restockradar.ingest.source.RecentIds;
import org.restockradar.ingest.source.Sleeper;
import org.restockradar.ingest.source.SourceAdapter;
import org.restockradar.ingest.source.SourceChannel;
import org.restockradar.ingest.source.bluesky.BlueskySource;
import org.restockradar.ingest.source.mastodon.MastodonSource;
import org.restockradar.ingest.source.webhook.SmsWebhook;
import org.restockradar.ingest.source.webhook.WebhookHandler;
import org.restockradar.ingest.source.webhook.WebhookSource;
import org.restockradar.ingest.source.webhook.WhatsAppWebhook;
import org.restockradar.ingest.source.x.XSearchSource;
import org.restockradar.ingest.source.xv2.XStreamSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the ingest sources switched on in the configuration ({@code sources.<name>.enabled=true}), each
 * with its settings; the launcher starts and stops what it returns. Sources of the same kind (X search and
 * the X stream) share one {@link SourceChannel}, so a tweet found by both is handed on once. The keys and
 * their defaults are listed in {@code docs/sources.md}. Nothing connects until {@link SourceAdapter#start()}.
 */
public final class Sources {
    private static final Logger LOG = LoggerFactory.getLogger(Sources.class);

    private final Settings settings;
    private final MentionSink sink;
    private final CursorStore cursors;
    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<Source, SourceChannel> channels = new EnumMap<>(Source.class);
    private KeywordFilter keywords;

    private Sources(Settings settings, MentionSink sink, CursorStore cursors, MeterRegistry registry, Clock clock) {
        this.settings = settings;
        this.sink = sink;
        this.cursors = cursors;
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * The adapters enabled in {@code settings}, not started.
     *
     * @throws IllegalArgumentException when an enabled source misses a setting; the message names the key
     */
    public static List<SourceAdapter> build(Settings settings, MentionSink sink, CursorStore cursors, MeterRegistry registry, Clock clock) {
        return new Sources(settings, sink, cursors, registry, clock).build();
    }

    private List<SourceAdapter> build() {
        List<SourceAdapter> adapters = new ArrayList<>();
        if (enabled("x")) {
            adapters.add(xSearch());
        }
        if (enabled("xv2")) {
            adapters.add(xStream());
        }
        if (enabled("mastodon")) {
            adapters.add(mastodon());
        }
        if (enabled("bluesky")) {
            adapters.add(bluesky());
        }
        List<WebhookHandler> hooks = new ArrayList<>();
        if (enabled("whatsapp")) {
            hooks.add(new WhatsAppWebhook(settings.get("sources.whatsapp.path", "/webhooks/whatsapp"),
                    settings.get("sources.whatsapp.verify-token"), settings.get("sources.whatsapp.app-secret"), channel(Source.WHATSAPP)));
        }
        if (enabled("sms")) {
            hooks.add(sms());
        }
        if (!hooks.isEmpty()) {
            adapters.add(new WebhookSource(new WebhookSource.Config(settings.get("sources.webhooks.host", "0.0.0.0"),
                    integer("sources.webhooks.port", 8081), integer("sources.webhooks.max-body-bytes", 256 * 1024)), hooks, clock));
        }
        LOG.info("Ingest sources enabled: {}", adapters.stream().map(SourceAdapter::name).toList());
        return List.copyOf(adapters);
    }

    private boolean enabled(String name) {
        return settings.find("sources." + name + ".enabled").isPresent() && settings.getBoolean("sources." + name + ".enabled");
    }

    private SourceChannel channel(Source source) {
        return channels.computeIfAbsent(source, s -> new SourceChannel(sink, new SourceMetrics(registry, s.code(), clock),
                new RecentIds(integer("sources.dedup-capacity", SourceChannel.DEFAULT_RECENT_IDS)), clock));
    }

    private KeywordFilter keywords() {
        if (keywords == null) {
            keywords = KeywordFilter.fromCatalog(settings.getPath("sources.catalog"));
        }
        return keywords;
    }

    private Backoff.Policy backoff() {
        return Backoff.Policy.documented();
    }

    private XSearchSource xSearch() {
        XSearchSource.Config config = new XSearchSource.Config(
                settings.get("sources.x.rest-base-url", "https://api.twitter.com/1.1/"),
                settings.find("sources.x.bearer-token").orElse(null),
                settings.get("sources.x.api-key"),
                settings.get("sources.x.api-key-secret"),
                settings.find("sources.x.access-token").orElse(null),
                settings.find("sources.x.access-token-secret").orElse(null),
                duration("sources.x.poll-interval", Duration.ofSeconds(15)),
                integer("sources.x.max-pages", 5));
        return new XSearchSource(config, channel(Source.X), keywords(), cursors, backoff(), Sleeper.SYSTEM, Sleeper.SYSTEM);
    }

    private XStreamSource xStream() {
        String token = settings.find("sources.xv2.bearer-token").or(() -> settings.find("sources.x.bearer-token"))
                .orElseThrow(() -> new IllegalArgumentException("missing configuration 'sources.xv2.bearer-token' "
                        + "(set it in the properties file or as RR_SOURCES_XV2_BEARER__TOKEN)"));
        XStreamSource.Config config = new XStreamSource.Config(
                URI.create(settings.get("sources.xv2.base-url", "https://api.x.com")), token,
                duration("sources.connect-timeout", Duration.ofSeconds(10)),
                duration("sources.xv2.keep-alive-timeout", Duration.ofSeconds(20)),
                integer("sources.xv2.max-line-bytes", 1024 * 1024),
                integer("sources.xv2.gap-fill-pages", 5),
                duration("sources.checkpoint-interval", Duration.ofSeconds(5)));
        return new XStreamSource(config, channel(Source.X), keywords(), cursors, backoff(), Sleeper.SYSTEM);
    }

    private MastodonSource mastodon() {
        List<String> streams = settings.find("sources.mastodon.streams")
                .map(s -> Arrays.stream(s.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList())
                .orElseGet(() -> keywords().hashtags().stream().map(t -> "hashtag:" + t).toList());
        boolean needsKeywords = streams.stream().anyMatch(s -> s.startsWith("public"));
        MastodonSource.Config config = new MastodonSource.Config(
                URI.create(settings.get("sources.mastodon.base-url")),
                settings.find("sources.mastodon.access-token").orElse(null),
                streams,
                duration("sources.connect-timeout", Duration.ofSeconds(10)),
                duration("sources.mastodon.keep-alive-timeout", Duration.ofSeconds(60)),
                integer("sources.mastodon.max-event-bytes", 1024 * 1024),
                duration("sources.checkpoint-interval", Duration.ofSeconds(5)),
                integer("sources.mastodon.catch-up-pages", 10));
        return new MastodonSource(config, channel(Source.MASTODON), needsKeywords ? keywords() : null, cursors, backoff(), Sleeper.SYSTEM);
    }

    private BlueskySource bluesky() {
        BlueskySource.Config config = new BlueskySource.Config(
                URI.create(settings.get("sources.bluesky.endpoint", "wss://jetstream2.us-east.bsky.network/subscribe")),
                duration("sources.connect-timeout", Duration.ofSeconds(10)),
                duration("sources.bluesky.keep-alive-timeout", Duration.ofSeconds(60)),
                duration("sources.bluesky.resume-overlap", Duration.ofSeconds(5)),
                integer("sources.bluesky.max-message-bytes", 1024 * 1024),
                duration("sources.checkpoint-interval", Duration.ofSeconds(5)));
        return new BlueskySource(config, channel(Source.BLUESKY), keywords(), cursors, backoff(), Sleeper.SYSTEM);
    }

    private SmsWebhook sms() {
        String secret = settings.find("sources.sms.signing-secret").orElse(null);
        boolean allowUnsigned = settings.find("sources.sms.allow-unsigned").isPresent() && settings.getBoolean("sources.sms.allow-unsigned");
        if (secret == null && !allowUnsigned) {
            throw new IllegalArgumentException("the SMS webhook needs 'sources.sms.signing-secret' (RR_SOURCES_SMS_SIGNING__SECRET), "
                    + "or sources.sms.allow-unsigned=true on a private network");
        }
        if (secret == null) {
            LOG.warn("The SMS webhook accepts unsigned requests (sources.sms.allow-unsigned=true)");
        }
        return new SmsWebhook(settings.get("sources.sms.path", "/webhooks/sms"), secret, channel(Source.SMS));
    }

    private int integer(String key, int fallback) {
        return settings.find(key).isPresent() ? settings.getInt(key) : fallback;
    }

    private Duration duration(String key, Duration fallback) {
        return settings.find(key).isPresent() ? settings.getDuration(key) : fallback;
    }

    /** The source names that can be switched on, for help texts. */
    public static List<String> names() {
        return List.of("x", "xv2", "mastodon", "bluesky", "whatsapp", "sms");
    }
}
