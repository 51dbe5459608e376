package org.restockradar.replies;

import java.time.Duration;
import java.util.List;
import org.restockradar.contracts.Setting;
import org.restockradar.contracts.SettingsDeclaration;
import org.restockradar.dbkit.store.Migrations;

/**
 * The settings of replies to reporters (docs/replies.md). A source's channel is on when its
 * credentials are set; none are declared with a value: they come from the environment or a settings file.
 */
public final class RepliesSettings {
    public static final Setting<Boolean> ENABLED = Setting.flag("replies.enabled", "false", "start the consumer, the scan and the sender");
    public static final Setting<String> DB_SCHEMA = Setting.text("replies.db.schema", "replies",
            "schema of the replies' tables (made at start) in the database of the process").check(Migrations::isSchemaName,
            Migrations.SCHEMA_NAME_RULE);
    public static final Setting<String> GROUP_ID = Setting.text("replies.group-id", "replies-service",
            "consumer group of job-events and mentions; a new group reads them from their beginning (never `dispatch-replies`, the group of a dispatch before replies was a module of its own)");
    public static final Setting<Duration> SEND_INTERVAL = Setting.duration("replies.send-interval", "2s", "pause between send rounds")
            .check(Setting.positive(), "a positive duration");
    public static final Setting<Duration> SCAN_INTERVAL = Setting.duration("replies.scan-interval", "1m", "pause between planning scans")
            .check(Setting.positive(), "a positive duration");
    public static final Setting<Duration> SCAN_LOOKBACK = Setting.duration("replies.scan-lookback", "1h", "how far back a planning scan looks");
    public static final Setting<Duration> MAX_EVENT_AGE = Setting.duration("replies.max-event-age", "1d", "job events older than this plan nothing");
    public static final Setting<Integer> BATCH = Setting.integer("replies.batch", "50", "replies claimed per round").check(Setting.atLeast(1), "at least 1");
    public static final Setting<Integer> MAX_ATTEMPTS = Setting.integer("replies.max-attempts", "5", "attempts before giving up")
            .check(Setting.atLeast(1), "at least 1");
    public static final Setting<Duration> RETRY_BASE = Setting.duration("replies.retry-base", "30s", "first back-off after a failed send");
    public static final Setting<Duration> RETRY_MAX = Setting.duration("replies.retry-max", "1h", "longest back-off");
    public static final Setting<Duration> SENDING_STALE_AFTER = Setting.duration("replies.sending-stale-after", "5m",
            "when a `sending` reply is taken as orphaned");
    public static final Setting<Integer> REPORTER_DAILY_LIMIT = Setting.integer("replies.reporter-daily-limit", "3",
            "replies per reporter and source in 24 h");
    public static final Setting<List<String>> RESTOCKED_ON = Setting.list("replies.restocked-on", "verified",
            "the job statuses a restocked reply waits for: `verified`, `restocked`, or both");
    public static final Setting<String> X_REST_BASE_URL = Setting.text("replies.x.rest-base-url", "https://api.twitter.com/1.1/", "Twitter4J `restBaseURL`");
    public static final Setting<String> X_CONSUMER_KEY = Setting.text("replies.x.consumer-key", null,
            "OAuth 1.0a consumer key; the X channel is on when it is set");
    public static final Setting<String> X_CONSUMER_SECRET = Setting.text("replies.x.consumer-secret", null, "OAuth 1.0a consumer secret");
    public static final Setting<String> X_ACCESS_TOKEN = Setting.text("replies.x.access-token", null, "OAuth 1.0a access token of the replying account");
    public static final Setting<String> X_ACCESS_TOKEN_SECRET = Setting.text("replies.x.access-token-secret", null, "OAuth 1.0a access token secret");
    public static final Setting<Integer> X_PER_SECOND = Setting.integer("replies.x.per-second", "1", "X requests per second")
            .check(Setting.atLeast(1), "at least 1");
    public static final Setting<String> MASTODON_BASE_URL = Setting.text("replies.mastodon.base-url", null,
            "the Mastodon instance; the channel is on when it is set");
    public static final Setting<String> MASTODON_ACCESS_TOKEN = Setting.text("replies.mastodon.access-token", null, "the replying account's token");
    public static final Setting<String> MASTODON_VISIBILITY = Setting.text("replies.mastodon.visibility", "unlisted", "visibility of the replies");
    public static final Setting<Integer> MASTODON_PER_SECOND = Setting.integer("replies.mastodon.per-second", "1", "Mastodon requests per second")
            .check(Setting.atLeast(1), "at least 1");
    public static final Setting<String> WHATSAPP_BASE_URL = Setting.text("replies.whatsapp.base-url", "https://graph.facebook.com", "the Graph API");
    public static final Setting<String> WHATSAPP_API_VERSION = Setting.text("replies.whatsapp.api-version", "v21.0", "the Graph API version");
    public static final Setting<String> WHATSAPP_PHONE_NUMBER_ID = Setting.text("replies.whatsapp.phone-number-id", null,
            "the business phone number's id; the channel is on when it is set");
    public static final Setting<String> WHATSAPP_ACCESS_TOKEN = Setting.text("replies.whatsapp.access-token", null, "the Graph API access token");
    public static final Setting<Integer> WHATSAPP_PER_SECOND = Setting.integer("replies.whatsapp.per-second", "10", "WhatsApp requests per second")
            .check(Setting.atLeast(1), "at least 1");
    public static final Setting<String> SMS_URL = Setting.text("replies.sms.url", null, "the SMS gateway's send URL; the channel is on when it is set");
    public static final Setting<String> SMS_SIGNING_SECRET = Setting.text("replies.sms.signing-secret", null,
            "signs requests to the gateway (`X-Signature-256`); this or the bearer token is required");
    public static final Setting<String> SMS_BEARER_TOKEN = Setting.text("replies.sms.bearer-token", null, "bearer token for the gateway");
    public static final Setting<Integer> SMS_PER_SECOND = Setting.integer("replies.sms.per-second", "5", "SMS gateway requests per second")
            .check(Setting.atLeast(1), "at least 1");

    /** Every replies setting. */
    public static final SettingsDeclaration SETTINGS = SettingsDeclaration.builder("replies", "replies.")
            .define(ENABLED, DB_SCHEMA, GROUP_ID, SEND_INTERVAL, SCAN_INTERVAL, SCAN_LOOKBACK, MAX_EVENT_AGE, BATCH, MAX_ATTEMPTS, RETRY_BASE, RETRY_MAX,
                    SENDING_STALE_AFTER, REPORTER_DAILY_LIMIT, RESTOCKED_ON,
                    X_REST_BASE_URL, X_CONSUMER_KEY, X_CONSUMER_SECRET, X_ACCESS_TOKEN, X_ACCESS_TOKEN_SECRET, X_PER_SECOND,
                    MASTODON_BASE_URL, MASTODON_ACCESS_TOKEN, MASTODON_VISIBILITY, MASTODON_PER_SECOND,
                    WHATSAPP_BASE_URL, WHATSAPP_API_VERSION, WHATSAPP_PHONE_NUMBER_ID, WHATSAPP_ACCESS_TOKEN, WHATSAPP_PER_SECOND,
                    SMS_URL, SMS_SIGNING_SECRET, SMS_BEARER_TOKEN, SMS_PER_SECOND)
            .build();

    private RepliesSettings() {
    }
}
