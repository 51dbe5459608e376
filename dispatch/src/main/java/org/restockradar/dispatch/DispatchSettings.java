package org.restockradar.dispatch;

import java.nio.file.Path;
import java.time.Duration;
import org.restockradar.contracts.KafkaSettings;
import org.restockradar.contracts.Setting;
import org.restockradar.contracts.SettingsDeclaration;
import org.restockradar.contracts.Topics;
import org.restockradar.contracts.monitoring.ManagementServer;
import org.restockradar.dispatch.api.WorkApi;
import org.restockradar.dispatch.store.SlaPolicy;

/**
 * Every setting dispatch reads, declared once: its own below, the Kafka client's, the management port's and the SLA rules ({@link SlaPolicy#SETTINGS}). It owns
 * the namespaces {@code dispatch.}, {@code db.} and {@code http.}: an undeclared key there stops the start. Rewards and
 * replies declare theirs apart ({@code rewards.}, {@code replies.}). docs/configuration.md is generated from
 * {@link #SETTINGS}.
 */
public final class DispatchSettings {
    public static final Setting<String> DB_URL = Setting.text("db.url", "jdbc:postgresql://localhost:5432/restockradar", "dispatch's database (JDBC URL)");
    public static final Setting<String> DB_USER = Setting.text("db.user", "restockradar", "database user");
    public static final Setting<String> DB_PASSWORD = Setting.text("db.password", null, "database password; keep it out of files in the repository");
    public static final Setting<Integer> DB_POOL_SIZE = Setting.integer("db.pool-size", "4", "database connections in the pool")
            .check(Setting.atLeast(1), "at least 1");
    public static final Setting<String> HTTP_HOST = Setting.text("http.host", null, "address the HTTP API binds to (all when unset)");
    public static final Setting<Integer> HTTP_PORT = Setting.integer("http.port", "8080", "port of the HTTP API (0: any free port)")
            .check(Setting.between(0, 65_535), "between 0 and 65535");
    public static final Setting<Integer> HTTP_RATE_LIMIT = Setting.integer("http.rate-limit-per-minute",
            Integer.toString(WorkApi.Services.DEFAULT_REQUESTS_PER_MINUTE),
            "requests a minute and route per client address and per token, on every route that needs a token (work, ops, rewards, replies)")
            .check(Setting.atLeast(1), "at least 1");
    public static final Setting<String> HTTP_TRUSTED_PROXIES = Setting.text("http.trusted-proxies", null,
            "comma list of proxy addresses whose X-Forwarded-For names the client for the rate limit (none: the connection's address)");
    public static final Setting<String> GROUP_ID = Setting.text("dispatch.group-id", "dispatch",
            "consumer group of stockout-reports (and, with `-needs-location`, of stockout-reports.needs-location)");
    public static final Setting<Duration> REOPEN_WINDOW = Setting.duration("dispatch.reopen-window", "7d",
            "a report this soon after a restock opens a job linked to it");
    public static final Setting<Duration> OUTBOX_INTERVAL = Setting.duration("dispatch.outbox-interval", "500ms",
            "how often the outbox relay looks for unsent rows").check(Setting.positive(), "a positive duration");
    /**
     * Each poll of the report topics is one transaction whose fixed cost (ten statements and a commit, about 4 ms of
     * PostgreSQL's CPU on the busy 2-core box) outweighs a small poll's reports. Holding a fetch for more records makes
     * polls fuller only where the stream processor's transactions bring fewer: at low rates, where the CPU is not short;
     * under the load harness (session 12) 100 ms and 64 KiB did not make polls fuller. So Kafka's defaults stay (the broker
     * answers as soon as a record is there), and these are for trying on another machine (docs/benchmarks.md,
     * "Dispatch report intake", session 12).
     */
    public static final Setting<Duration> INTAKE_FETCH_WAIT = Setting.duration("dispatch.intake-fetch-wait", "500ms",
            "how long the broker may hold a fetch of stockout-reports (and of its needs-location topic) for more records"
                    + " (the consumer's fetch.max.wait.ms)").check(Setting.positive(), "a positive duration");
    public static final Setting<Integer> INTAKE_FETCH_MIN_BYTES = Setting.integer("dispatch.intake-fetch-min-bytes", "1",
            "bytes of records the broker waits for, up to dispatch.intake-fetch-wait, before it answers a fetch of the report"
                    + " topics (the consumer's fetch.min.bytes; a report's record is 600-700 bytes)").check(Setting.atLeast(1), "at least 1");
    /**
     * One consumer took a poll, recorded it in a transaction, committed its offsets and only then polled again: about
     * 1,600 reports/s under the load harness while the box had CPU to spare (session 13), each poll waiting on its
     * commit's WAL flush and round trips. A consumer per partition of stockout-reports (3 in the catalogue) records the
     * partitions' polls at once; each outlet's reports stay in one partition, so in order (docs/benchmarks.md,
     * "Dispatch report intake", session 14).
     */
    public static final Setting<Integer> INTAKE_CONSUMERS = Setting.integer("dispatch.intake-consumers",
            Integer.toString(Topics.STOCKOUT_REPORTS.partitions()),
            "consumers of stockout-reports in this process, each recording its partitions' polls in transactions of its own at"
                    + " the same time as the others (one connection of the pool each while it records; more than the topic's"
                    + " partitions wait idle)").check(Setting.between(1, 64), "between 1 and 64");
    public static final Setting<Boolean> AUTO_ASSIGN = Setting.flag("dispatch.auto-assign", "true",
            "give each new job to the best covering crew (load, distance, shift)");
    public static final Setting<Integer> ASSIGN_DISTANCE_SCALE_KM = Setting.integer("dispatch.assign-distance-scale-km", "25",
            "km that weigh as much as a full load in auto-assignment").check(Setting.atLeast(1), "at least 1");
    public static final Setting<Duration> ROUTE_BUCKET = Setting.duration("dispatch.route-bucket", "12h", "due-time bucket of a crew's route")
            .check(Setting.positive(), "a positive duration");
    public static final Setting<Path> CREWS_FILE = Setting.path("dispatch.crews-file", null, "crews CSV loaded at start");
    public static final Setting<Duration> SLA_WARNING_BEFORE = Setting.duration("dispatch.sla-warning-before", "12h", "warning this long before due");
    public static final Setting<Duration> SLA_ESCALATE_AFTER = Setting.duration("dispatch.sla-escalate-after", "0s", "escalation this long after due")
            .check(Setting.notNegative(), "not negative");
    /**
     * A flag is late by up to this plus a sweep's time: with 1m it was up to 73 s at 1,000,000 open jobs, with 30s up to
     * 43 s (SlaSweepBenchmark, docs/benchmarks.md), inside issue #16's 60 s.
     */
    public static final Setting<Duration> SLA_SWEEP_INTERVAL = Setting.duration("dispatch.sla-sweep-interval", "30s", "how often Quartz fires the sweep")
            .check(Setting.positive(), "a positive duration");
    public static final Setting<Duration> SLA_CLUSTER_CHECKIN = Setting.duration("dispatch.sla-cluster-checkin", "15s", "Quartz cluster heartbeat")
            .check(Setting.positive(), "a positive duration");

    public static final SettingsDeclaration SETTINGS = ManagementServer.declareOn(KafkaSettings.declareOn(
                    SettingsDeclaration.builder("dispatch", "dispatch.", "db.", "http.")))
            .define(DB_URL, DB_USER, DB_PASSWORD, DB_POOL_SIZE, HTTP_HOST, HTTP_PORT, HTTP_RATE_LIMIT, HTTP_TRUSTED_PROXIES, GROUP_ID, REOPEN_WINDOW, OUTBOX_INTERVAL,
                    INTAKE_FETCH_WAIT, INTAKE_FETCH_MIN_BYTES, INTAKE_CONSUMERS,
                    AUTO_ASSIGN, ASSIGN_DISTANCE_SCALE_KM, ROUTE_BUCKET, CREWS_FILE, SLA_WARNING_BEFORE, SLA_ESCALATE_AFTER, SLA_SWEEP_INTERVAL,
                    SLA_CLUSTER_CHECKIN)
            .include(SlaPolicy.SETTINGS)
            .build();

    private DispatchSettings() {
    }
}
