package org.restockradar.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.restockradar.contracts.KafkaSettings;
import org.restockradar.contracts.Setting;
import org.restockradar.contracts.SettingsDeclaration;
import org.restockradar.contracts.monitoring.ManagementServer;
import org.restockradar.ingest.source.SourceChannel;

/**
 * Every setting ingest reads, declared once (docs/sources.md tells how to connect each source). It owns the
 * namespace {@code sources.}: an undeclared key there stops the start. docs/configuration.md is generated from
 * {@link #SETTINGS}. A source's credentials have no default; the source asks for them when it is switched on.
 */
public final class IngestSettings {
    private static final String ONE_MIB = Integer.toString(1024 * 1024);

    public static final Setting<Boolean> X_ENABLED = Setting.flag("sources.x.enabled", "false", "read X v1.1 search");
    public static final Setting<Boolean> XV2_ENABLED = Setting.flag("sources.xv2.enabled", "false", "read the X API v2 filtered stream");
    public static final Setting<Boolean> MASTODON_ENABLED = Setting.flag("sources.mastodon.enabled", "false", "read Mastodon streams");
    public static final Setting<Boolean> BLUESKY_ENABLED = Setting.flag("sources.bluesky.enabled", "false", "read Bluesky through Jetstream");
    public static final Setting<Boolean> WHATSAPP_ENABLED = Setting.flag("sources.whatsapp.enabled", "false", "serve the WhatsApp webhook");
    public static final Setting<Boolean> SMS_ENABLED = Setting.flag("sources.sms.enabled", "false", "serve the SMS webhook");

    public static final Setting<Path> CATALOG = Setting.path("sources.catalog", null,
            "path of `catalog.json`; its brand and product names and aliases are the keywords (needed by `x`, `xv2`, `bluesky`, "
                    + "and `mastodon` public streams or default hashtags)");
    public static final Setting<Duration> CONNECT_TIMEOUT = Setting.duration("sources.connect-timeout", "10s", "TCP/TLS connect timeout")
            .check(Setting.positive(), "a positive duration");
    public static final Setting<Duration> CHECKPOINT_INTERVAL = Setting.duration("sources.checkpoint-interval", "5s",
            "how often positions are saved (after a flush)").check(Setting.positive(), "a positive duration");
    public static final Setting<Integer> DEDUP_CAPACITY = Setting.integer("sources.dedup-capacity", Integer.toString(SourceChannel.DEFAULT_RECENT_IDS),
            "recent ids remembered per source").check(Setting.atLeast(1), "at least 1");

    public static final Setting<String> X_REST_BASE_URL = Setting.text("sources.x.rest-base-url", "https://api.twitter.com/1.1/",
            "X v1.1 REST base URL (only for tests)");
    public static final Setting<String> X_BEARER_TOKEN = Setting.text("sources.x.bearer-token", null, "the App's bearer token (app-only)");
    public static final Setting<String> X_API_KEY = Setting.text("sources.x.api-key", null, "the App's API key");
    public static final Setting<String> X_API_KEY_SECRET = Setting.text("sources.x.api-key-secret", null, "the App's API key secret");
    public static final Setting<String> X_ACCESS_TOKEN = Setting.text("sources.x.access-token", null,
            "access token of the account to read as (instead of the bearer token)");
    public static final Setting<String> X_ACCESS_TOKEN_SECRET = Setting.text("sources.x.access-token-secret", null, "its secret");
    public static final Setting<Duration> X_POLL_INTERVAL = Setting.duration("sources.x.poll-interval", "15s", "pause between search polls")
            .check(Setting.positive(), "a positive duration");
    public static final Setting<Integer> X_MAX_PAGES = Setting.integer("sources.x.max-pages", "5", "pages of 100 per query and poll")
            .check(Setting.atLeast(1), "at least 1");

    public static final Setting<String> XV2_BEARER_TOKEN = Setting.text("sources.xv2.bearer-token", null,
            "the App's bearer token (falls back to `sources.x.bearer-token`)");
    public static final Setting<String> XV2_BASE_URL = Setting.text("sources.xv2.base-url", "https://api.x.com", "X API v2 base URL");
    public static final Setting<Duration> XV2_KEEP_ALIVE_TIMEOUT = Setting.duration("sources.xv2.keep-alive-timeout", "20s",
            "reconnect when nothing came for this long").check(Setting.positive(), "a positive duration");
    public static final Setting<Integer> XV2_MAX_LINE_BYTES = Setting.integer("sources.xv2.max-line-bytes", ONE_MIB,
            "longest tweet line accepted; longer ones are dead-lettered").check(Setting.atLeast(1), "at least 1");
    public static final Setting<Integer> XV2_GAP_FILL_PAGES = Setting.integer("sources.xv2.gap-fill-pages", "5",
            "pages of 100 from recent search after each reconnect (0: off)").check(Setting.atLeast(0), "not negative");

    public static final Setting<String> MASTODON_BASE_URL = Setting.text("sources.mastodon.base-url", null, "the instance, `https://mastodon.social`");
    public static final Setting<String> MASTODON_ACCESS_TOKEN = Setting.text("sources.mastodon.access-token", null,
            "an access token (needed for the public streams)");
    public static final Setting<List<String>> MASTODON_STREAMS = Setting.list("sources.mastodon.streams", null,
            "streams to read: `hashtag:<tag>`, `public`, `public:local` (default: a hashtag stream per catalog hashtag)");
    public static final Setting<Duration> MASTODON_KEEP_ALIVE_TIMEOUT = Setting.duration("sources.mastodon.keep-alive-timeout", "60s",
            "reconnect when nothing came for this long").check(Setting.positive(), "a positive duration");
    public static final Setting<Integer> MASTODON_MAX_EVENT_BYTES = Setting.integer("sources.mastodon.max-event-bytes", ONE_MIB,
            "longest event accepted; longer ones are dead-lettered").check(Setting.atLeast(1), "at least 1");
    public static final Setting<Integer> MASTODON_CATCH_UP_PAGES = Setting.integer("sources.mastodon.catch-up-pages", "10",
            "pages of 40 statuses read to close a gap").check(Setting.atLeast(0), "not negative");

    public static final Setting<String> BLUESKY_ENDPOINT = Setting.text("sources.bluesky.endpoint", "wss://jetstream2.us-east.bsky.network/subscribe",
            "the Jetstream subscribe URL");
    public static final Setting<Duration> BLUESKY_KEEP_ALIVE_TIMEOUT = Setting.duration("sources.bluesky.keep-alive-timeout", "60s",
            "reconnect when no message came for this long").check(Setting.positive(), "a positive duration");
    public static final Setting<Duration> BLUESKY_RESUME_OVERLAP = Setting.duration("sources.bluesky.resume-overlap", "5s",
            "how far before the stored cursor a reconnect resumes").check(Setting.notNegative(), "not negative");
    public static final Setting<Integer> BLUESKY_MAX_MESSAGE_BYTES = Setting.integer("sources.bluesky.max-message-bytes", ONE_MIB,
            "longest message accepted; longer ones are dead-lettered").check(Setting.atLeast(1), "at least 1");

    public static final Setting<String> WHATSAPP_PATH = Setting.text("sources.whatsapp.path", "/webhooks/whatsapp", "path of the WhatsApp webhook");
    public static final Setting<String> WHATSAPP_VERIFY_TOKEN = Setting.text("sources.whatsapp.verify-token", null,
            "the token Meta's subscription handshake must echo");
    public static final Setting<String> WHATSAPP_APP_SECRET = Setting.text("sources.whatsapp.app-secret", null,
            "the App secret that signs each delivery (`X-Hub-Signature-256`)");
    public static final Setting<String> SMS_PATH = Setting.text("sources.sms.path", "/webhooks/sms", "path of the SMS webhook");
    public static final Setting<String> SMS_SIGNING_SECRET = Setting.text("sources.sms.signing-secret", null,
            "the secret that signs each gateway request");
    public static final Setting<Boolean> SMS_ALLOW_UNSIGNED = Setting.flag("sources.sms.allow-unsigned", "false",
            "accept unsigned SMS requests (a private network only)");
    public static final Setting<String> WEBHOOKS_HOST = Setting.text("sources.webhooks.host", "0.0.0.0", "address the webhooks bind to");
    public static final Setting<Integer> WEBHOOKS_PORT = Setting.integer("sources.webhooks.port", "8081", "port of the webhooks (0: any free port)")
            .check(Setting.between(0, 65_535), "between 0 and 65535");
    public static final Setting<Integer> WEBHOOKS_MAX_BODY_BYTES = Setting.integer("sources.webhooks.max-body-bytes", Integer.toString(256 * 1024),
            "largest webhook body accepted; larger ones are refused with 413").check(Setting.atLeast(1), "at least 1");

    public static final SettingsDeclaration SETTINGS = ManagementServer.declareOn(KafkaSettings.declareOn(SettingsDeclaration.builder("ingest", "sources.")))
            .define(X_ENABLED, XV2_ENABLED, MASTODON_ENABLED, BLUESKY_ENABLED, WHATSAPP_ENABLED, SMS_ENABLED,
                    CATALOG, CONNECT_TIMEOUT, CHECKPOINT_INTERVAL, DEDUP_CAPACITY,
                    X_REST_BASE_URL, X_BEARER_TOKEN, X_API_KEY, X_API_KEY_SECRET, X_ACCESS_TOKEN, X_ACCESS_TOKEN_SECRET, X_POLL_INTERVAL, X_MAX_PAGES,
                    XV2_BEARER_TOKEN, XV2_BASE_URL, XV2_KEEP_ALIVE_TIMEOUT, XV2_MAX_LINE_BYTES, XV2_GAP_FILL_PAGES,
                    MASTODON_BASE_URL, MASTODON_ACCESS_TOKEN, MASTODON_STREAMS, MASTODON_KEEP_ALIVE_TIMEOUT, MASTODON_MAX_EVENT_BYTES,
                    MASTODON_CATCH_UP_PAGES,
                    BLUESKY_ENDPOINT, BLUESKY_KEEP_ALIVE_TIMEOUT, BLUESKY_RESUME_OVERLAP, BLUESKY_MAX_MESSAGE_BYTES,
                    WHATSAPP_PATH, WHATSAPP_VERIFY_TOKEN, WHATSAPP_APP_SECRET, SMS_PATH, SMS_SIGNING_SECRET, SMS_ALLOW_UNSIGNED,
                    WEBHOOKS_HOST, WEBHOOKS_PORT, WEBHOOKS_MAX_BODY_BYTES)
            .build();

    /** The switch of each source, by its name in {@code sources.<name>.enabled}. */
    static final List<Setting<Boolean>> SWITCHES = List.of(X_ENABLED, XV2_ENABLED, MASTODON_ENABLED, BLUESKY_ENABLED, WHATSAPP_ENABLED, SMS_ENABLED);

    private IngestSettings() {
    }
}
