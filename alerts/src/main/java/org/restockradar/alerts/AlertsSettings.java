package org.restockradar.alerts;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.Setting;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.SettingsDeclaration;
import org.restockradar.contracts.TypedSettings;
import org.restockradar.dbkit.store.Migrations;

/**
 * The alerts settings, declared in {@link #SETTINGS} and read once at start from {@code alerts.*} (docs/operations.md,
 * "Alerts to ops"). Alerts run only when a channel is configured: a webhook URL, or an SMTP host with its addresses.
 *
 * @param webhook the webhook channel, or empty
 * @param email   the email channel, or empty
 * @param kinds   the job event kinds that alert
 * @param opsPage the ops page, to which the link to a job is added
 */
public record AlertsSettings(String groupId, String schema, Optional<URI> webhook, Optional<EmailChannel.Config> email, Set<JobEvent.Kind> kinds,
                             URI opsPage, Duration maxEventAge, AlertSender.Limits limits, Duration sendInterval) {
    /** The kinds that may alert: the SLA stages dispatch's sweep writes. */
    static final Set<JobEvent.Kind> ALERTABLE = Set.of(JobEvent.Kind.SLA_WARNING, JobEvent.Kind.SLA_BREACH, JobEvent.Kind.ESCALATED);
    private static final String KIND_CODES = "sla_warning, sla_breach, escalated";

    public static final Setting<String> GROUP_ID = Setting.text("alerts.group-id", "alerts-service",
            "consumer group of job-events; a new group reads the topic from its beginning (events older than `alerts.max-event-age` alert no one)");
    public static final Setting<String> DB_SCHEMA = Setting.text("alerts.db.schema", "alerts",
            "schema of the alerts' tables (made at start) in the database of the process").check(Migrations::isSchemaName, Migrations.SCHEMA_NAME_RULE);
    public static final Setting<List<String>> KINDS = Setting.list("alerts.kinds", "escalated,sla_breach",
            "job events that alert ops, by kind").check(AlertsSettings::areKinds, "any of " + KIND_CODES);
    public static final Setting<String> OPS_PAGE_URL = Setting.text("alerts.ops-page-url", "http://localhost:8080/",
            "the ops page as ops open it; an alert links to `<url>?job=<id>`").check(AlertsSettings::isHttpUrl, "an http(s) URL");
    public static final Setting<String> WEBHOOK_URL = Setting.text("alerts.webhook.secret-url", null,
            "incoming-webhook URL (Slack-compatible `{\"text\": ...}`); set switches the webhook on. It holds the webhook's secret: set it from the environment")
            .check(AlertsSettings::isHttpUrl, "an http(s) URL");
    public static final Setting<String> SMTP_HOST = Setting.text("alerts.email.smtp-host", null,
            "SMTP server of the alert emails; set switches email on (with `alerts.email.from` and `alerts.email.to`)");
    public static final Setting<Integer> SMTP_PORT = Setting.integer("alerts.email.smtp-port", "587", "SMTP port (587 submission with STARTTLS)")
            .check(Setting.between(1, 65535), "a port, 1 to 65535");
    public static final Setting<String> SMTP_USER = Setting.text("alerts.email.smtp-user", null, "SMTP user name; unset sends without logging in");
    public static final Setting<String> SMTP_PASSWORD = Setting.text("alerts.email.smtp-password", null, "SMTP password; set it from the environment");
    public static final Setting<String> SMTP_TLS = Setting.text("alerts.email.starttls", "required",
            "STARTTLS: `required` (never send in clear), `optional` (when the server offers it) or `off`").check(Setting.oneOf("required", "optional", "off"),
            "required, optional or off");
    public static final Setting<String> FROM = Setting.text("alerts.email.from", null, "sender address of the alert emails");
    public static final Setting<List<String>> TO = Setting.list("alerts.email.to", null, "where alert emails go: addresses, comma-separated");
    public static final Setting<Duration> MAX_EVENT_AGE = Setting.duration("alerts.max-event-age", "1d",
            "job events older than this when read alert no one (a new group reads the whole topic)").check(Setting.positive(), "a positive duration");
    public static final Setting<Duration> SEND_INTERVAL = Setting.duration("alerts.send-interval", "2s", "pause between two send rounds")
            .check(Setting.positive(), "a positive duration");
    public static final Setting<Integer> BATCH = Setting.integer("alerts.batch", "20", "alerts claimed per send round").check(Setting.atLeast(1), "at least 1");
    public static final Setting<Integer> MAX_ATTEMPTS = Setting.integer("alerts.max-attempts", "40",
            "attempts of an alert while its channel is down before it is given up (with the back-off, about 6 hours)").check(Setting.atLeast(1), "at least 1");
    public static final Setting<Duration> RETRY_BASE = Setting.duration("alerts.retry-base", "5s", "pause after a first failed attempt, doubled after each further one")
            .check(Setting.positive(), "a positive duration");
    public static final Setting<Duration> RETRY_MAX = Setting.duration("alerts.retry-max", "10m", "the longest pause between two attempts")
            .check(Setting.positive(), "a positive duration");
    public static final Setting<Duration> SENDING_STALE_AFTER = Setting.duration("alerts.sending-stale-after", "5m",
            "an alert left `sending` this long (its sender stopped during the call) is tried again").check(Setting.positive(), "a positive duration");
    /** The alerts settings: off until a channel is configured. */
    public static final SettingsDeclaration SETTINGS = SettingsDeclaration.builder("alerts", "alerts.")
            .define(GROUP_ID, DB_SCHEMA, KINDS, OPS_PAGE_URL, WEBHOOK_URL, SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD, SMTP_TLS, FROM, TO,
                    MAX_EVENT_AGE, SEND_INTERVAL, BATCH, MAX_ATTEMPTS, RETRY_BASE, RETRY_MAX, SENDING_STALE_AFTER)
            .build();

    public AlertsSettings {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(webhook, "webhook");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(opsPage, "opsPage");
        Objects.requireNonNull(limits, "limits");
        kinds = Set.copyOf(kinds);
        if (!Migrations.isSchemaName(schema)) {
            throw new IllegalArgumentException("alerts.db.schema must be " + Migrations.SCHEMA_NAME_RULE + ": '" + schema + "'");
        }
        if (!ALERTABLE.containsAll(kinds)) {
            throw new IllegalArgumentException("alerts.kinds takes " + KIND_CODES + ": " + kinds);
        }
    }

    /** Whether a channel is configured, so that alerts run. */
    public boolean enabled() {
        return webhook.isPresent() || email.isPresent();
    }

    /** The channels configured. */
    public Set<Channel> channels() {
        Set<Channel> channels = new java.util.TreeSet<>();
        webhook.ifPresent(url -> channels.add(Channel.WEBHOOK));
        email.ifPresent(config -> channels.add(Channel.EMAIL));
        return channels;
    }

    /** The alerts settings of {@code settings}, over the defaults; a bad value fails here, naming the setting. */
    public static AlertsSettings from(Settings settings) {
        return from(SETTINGS.read(settings));
    }

    /** The alerts settings of settings read through a declaration that includes {@link #SETTINGS}. */
    public static AlertsSettings from(TypedSettings s) {
        Optional<EmailChannel.Config> email = s.find(SMTP_HOST).map(host -> {
            String from = s.find(FROM).orElseThrow(() -> new IllegalArgumentException(
                    "alerts.email.smtp-host is set (" + host + ") but alerts.email.from is not: whom would the alerts come from?"));
            List<String> to = s.find(TO).filter(list -> !list.isEmpty()).orElseThrow(() -> new IllegalArgumentException(
                    "alerts.email.smtp-host is set (" + host + ") but alerts.email.to is not: whom would the alerts go to?"));
            return new EmailChannel.Config(host, s.get(SMTP_PORT), s.find(SMTP_USER).orElse(null), s.find(SMTP_PASSWORD).orElse(null),
                    EmailChannel.Tls.valueOf(s.get(SMTP_TLS).toUpperCase(Locale.ROOT)), from, to);
        });
        AlertSender.Limits limits = new AlertSender.Limits(s.get(BATCH), s.get(MAX_ATTEMPTS), s.get(RETRY_BASE), s.get(RETRY_MAX), s.get(SENDING_STALE_AFTER));
        Set<JobEvent.Kind> kinds = s.get(KINDS).stream().map(code -> JobEvent.Kind.valueOf(code.toUpperCase(Locale.ROOT))).collect(Collectors.toSet());
        return new AlertsSettings(s.get(GROUP_ID), s.get(DB_SCHEMA), s.find(WEBHOOK_URL).map(URI::create), email, kinds, URI.create(s.get(OPS_PAGE_URL)),
                s.get(MAX_EVENT_AGE), limits, s.get(SEND_INTERVAL));
    }

    private static boolean areKinds(List<String> codes) {
        return codes.stream().allMatch(code -> ALERTABLE.stream().anyMatch(kind -> kind.name().equalsIgnoreCase(code)));
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
