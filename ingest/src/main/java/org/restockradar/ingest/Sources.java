package org.restockradar.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.TypedSettings;
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
 * their defaults are declared in {@link IngestSettings}. Nothing connects until {@link SourceAdapter#start()}.
 */
public final class Sources {
    private static final Logger LOG = LoggerFactory.getLogger(Sources.class);

    private final TypedSettings settings;
    private final MentionSink sink;
    private final CursorStore cursors;
    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<Source, SourceChannel> channels = new EnumMap<>(Source.class);
    private KeywordFilter keywords;

    private Sources(TypedSettings settings, MentionSink sink, CursorStore cursors, MeterRegistry registry, Clock clock) {
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
        return build(IngestSettings.SETTINGS.read(settings), sink, cursors, registry, clock);
    }

    /** As {@link #build(Settings, MentionSink, CursorStore, MeterRegistry, Clock)}, of settings already read. */
    public static List<SourceAdapter> build(TypedSettings settings, MentionSink sink, CursorStore cursors, MeterRegistry registry, Clock clock) {
        return new Sources(settings, sink, cursors, registry, clock).build();
    }

    private List<SourceAdapter> build() {
        List<SourceAdapter> adapters = new ArrayList<>();
        if (settings.get(IngestSettings.X_ENABLED)) {
            adapters.add(xSearch());
        }
        if (settings.get(IngestSettings.XV2_ENABLED)) {
            adapters.add(xStream());
        }
        if (settings.get(IngestSettings.MASTODON_ENABLED)) {
            adapters.add(mastodon());
        }
        if (settings.get(IngestSettings.BLUESKY_ENABLED)) {
            adapters.add(bluesky());
        }
        List<WebhookHandler> hooks = new ArrayList<>();
        if (settings.get(IngestSettings.WHATSAPP_ENABLED)) {
            hooks.add(new WhatsAppWebhook(settings.get(IngestSettings.WHATSAPP_PATH), settings.get(IngestSettings.WHATSAPP_VERIFY_TOKEN),
                    settings.get(IngestSettings.WHATSAPP_APP_SECRET), channel(Source.WHATSAPP)));
        }
        if (settings.get(IngestSettings.SMS_ENABLED)) {
            hooks.add(sms());
        }
        if (!hooks.isEmpty()) {
            adapters.add(new WebhookSource(new WebhookSource.Config(settings.get(IngestSettings.WEBHOOKS_HOST),
                    settings.get(IngestSettings.WEBHOOKS_PORT), settings.get(IngestSettings.WEBHOOKS_MAX_BODY_BYTES)), hooks, clock));
        }
        LOG.info("Ingest sources enabled: {}", adapters.stream().map(SourceAdapter::name).toList());
        return List.copyOf(adapters);
    }

    private SourceChannel channel(Source source) {
        return channels.computeIfAbsent(source, s -> new SourceChannel(sink, new SourceMetrics(registry, s.code(), clock),
                new RecentIds(settings.get(IngestSettings.DEDUP_CAPACITY)), clock));
    }

    private KeywordFilter keywords() {
        if (keywords == null) {
            keywords = KeywordFilter.fromCatalog(settings.get(IngestSettings.CATALOG));
        }
        return keywords;
    }

    private Backoff.Policy backoff() {
        return Backoff.Policy.documented();
    }

    private XSearchSource xSearch() {
        XSearchSource.Config config = new XSearchSource.Config(
                settings.get(IngestSettings.X_REST_BASE_URL),
                settings.find(IngestSettings.X_BEARER_TOKEN).orElse(null),
                settings.get(IngestSettings.X_API_KEY),
                settings.get(IngestSettings.X_API_KEY_SECRET),
                settings.find(IngestSettings.X_ACCESS_TOKEN).orElse(null),
                settings.find(IngestSettings.X_ACCESS_TOKEN_SECRET).orElse(null),
                settings.get(IngestSettings.X_POLL_INTERVAL),
                settings.get(IngestSettings.X_MAX_PAGES));
        return new XSearchSource(config, channel(Source.X), keywords(), cursors, backoff(), Sleeper.SYSTEM, Sleeper.SYSTEM);
    }

    private XStreamSource xStream() {
        String token = settings.find(IngestSettings.XV2_BEARER_TOKEN).or(() -> settings.find(IngestSettings.X_BEARER_TOKEN))
                .orElseThrow(() -> new IllegalArgumentException("missing configuration '" + IngestSettings.XV2_BEARER_TOKEN.key() + "' "
                        + "(set it in the properties file or as " + IngestSettings.XV2_BEARER_TOKEN.envName() + ")"));
        XStreamSource.Config config = new XStreamSource.Config(
                URI.create(settings.get(IngestSettings.XV2_BASE_URL)), token,
                settings.get(IngestSettings.CONNECT_TIMEOUT),
                settings.get(IngestSettings.XV2_KEEP_ALIVE_TIMEOUT),
                settings.get(IngestSettings.XV2_MAX_LINE_BYTES),
                settings.get(IngestSettings.XV2_GAP_FILL_PAGES),
                settings.get(IngestSettings.CHECKPOINT_INTERVAL));
        return new XStreamSource(config, channel(Source.X), keywords(), cursors, backoff(), Sleeper.SYSTEM);
    }

    private MastodonSource mastodon() {
        List<String> streams = settings.find(IngestSettings.MASTODON_STREAMS)
                .orElseGet(() -> keywords().hashtags().stream().map(t -> "hashtag:" + t).toList());
        boolean needsKeywords = streams.stream().anyMatch(s -> s.startsWith("public"));
        MastodonSource.Config config = new MastodonSource.Config(
                URI.create(settings.get(IngestSettings.MASTODON_BASE_URL)),
                settings.find(IngestSettings.MASTODON_ACCESS_TOKEN).orElse(null),
                streams,
                settings.get(IngestSettings.CONNECT_TIMEOUT),
                settings.get(IngestSettings.MASTODON_KEEP_ALIVE_TIMEOUT),
                settings.get(IngestSettings.MASTODON_MAX_EVENT_BYTES),
                settings.get(IngestSettings.CHECKPOINT_INTERVAL),
                settings.get(IngestSettings.MASTODON_CATCH_UP_PAGES));
        return new MastodonSource(config, channel(Source.MASTODON), needsKeywords ? keywords() : null, cursors, backoff(), Sleeper.SYSTEM);
    }

    private BlueskySource bluesky() {
        BlueskySource.Config config = new BlueskySource.Config(
                URI.create(settings.get(IngestSettings.BLUESKY_ENDPOINT)),
                settings.get(IngestSettings.CONNECT_TIMEOUT),
                settings.get(IngestSettings.BLUESKY_KEEP_ALIVE_TIMEOUT),
                settings.get(IngestSettings.BLUESKY_RESUME_OVERLAP),
                settings.get(IngestSettings.BLUESKY_MAX_MESSAGE_BYTES),
                settings.get(IngestSettings.CHECKPOINT_INTERVAL));
        return new BlueskySource(config, channel(Source.BLUESKY), keywords(), cursors, backoff(), Sleeper.SYSTEM);
    }

    private SmsWebhook sms() {
        String secret = settings.find(IngestSettings.SMS_SIGNING_SECRET).orElse(null);
        boolean allowUnsigned = settings.get(IngestSettings.SMS_ALLOW_UNSIGNED);
        if (secret == null && !allowUnsigned) {
            throw new IllegalArgumentException("the SMS webhook needs 'sources.sms.signing-secret' (RR_SOURCES_SMS_SIGNING__SECRET), "
                    + "or sources.sms.allow-unsigned=true on a private network");
        }
        if (secret == null) {
            LOG.warn("The SMS webhook accepts unsigned requests (sources.sms.allow-unsigned=true)");
        }
        return new SmsWebhook(settings.get(IngestSettings.SMS_PATH), secret, channel(Source.SMS));
    }

    /** The source names that can be switched on, for help texts. */
    public static List<String> names() {
        return List.of("x", "xv2", "mastodon", "bluesky", "whatsapp", "sms");
    }
}
