package org.restockradar.rewards;

import java.time.Duration;
import java.util.Objects;
import org.quartz.CronExpression;
import org.restockradar.contracts.Setting;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.SettingsDeclaration;
import org.restockradar.contracts.TypedSettings;
import org.restockradar.dbkit.store.Migrations;

/**
 * The rewards settings, declared in {@link #SETTINGS} and read once at start from {@code rewards.*} (docs/rewards.md).
 *
 * @param firstReporterCredit what a verified job credits its first reporter
 * @param laterReporterCredit what it credits each later reporter
 * @param giftSchedule        when gift runs fire: a Quartz cron expression, in UTC
 * @param schema              the schema of rewards' tables in its database
 * @param claimUrl            the claim page that gift messages link to
 */
public record RewardsSettings(boolean enabled, String groupId, int firstReporterCredit, int laterReporterCredit, FraudLimits fraud,
                              GiftRules gifts, String giftSchedule, String schema, String claimUrl) {
    public static final Setting<Boolean> ENABLED = Setting.flag("rewards.enabled", "true", "credit reporters from job-events and run the gift runs");
    public static final Setting<String> GROUP_ID = Setting.text("rewards.group-id", "rewards-service",
            "consumer group of job-events; a new group reads the topic from its beginning (never `rewards`, the group of a dispatch before rewards was a module of its own)");
    public static final Setting<String> DB_SCHEMA = Setting.text("rewards.db.schema", "rewards",
            "schema of rewards' tables (made at start) in the database of the process").check(Migrations::isSchemaName,
            Migrations.SCHEMA_NAME_RULE);
    public static final Setting<Integer> CREDIT_FIRST = Setting.integer("rewards.credit.first-reporter", "10",
            "credits a verified job gives its first reporter").check(Setting.atLeast(1), "at least 1");
    public static final Setting<Integer> CREDIT_LATER = Setting.integer("rewards.credit.later-reporter", "4",
            "credits a verified job gives each later reporter").check(Setting.atLeast(1), "at least 1");
    public static final Setting<Duration> FRAUD_RATE_WINDOW = Setting.duration("rewards.fraud.rate-window", "24h",
            "window of the per-reporter and per-outlet rate rules");
    public static final Setting<Integer> FRAUD_MAX_PER_REPORTER = Setting.integer("rewards.fraud.max-reports-per-reporter", "20",
            "more reports than this from one reporter within the rate window are held");
    public static final Setting<Integer> FRAUD_MAX_PER_OUTLET = Setting.integer("rewards.fraud.max-reports-per-outlet", "3",
            "more reports than this from one reporter on one outlet within the rate window are held");
    public static final Setting<Integer> FRAUD_USUAL_AREA_MIN = Setting.integer("rewards.fraud.usual-area-min-reports", "3",
            "reports a reporter needs before a job far from their usual city is held");
    public static final Setting<Duration> FRAUD_NEW_ACCOUNT_AGE = Setting.duration("rewards.fraud.new-account-age", "24h",
            "how long an account counts as brand-new");
    public static final Setting<Integer> FRAUD_NEW_ACCOUNT_MAX = Setting.integer("rewards.fraud.new-account-max-reports", "10",
            "more reports than this from a brand-new account are held");
    public static final Setting<Duration> FRAUD_BURST_WINDOW = Setting.duration("rewards.fraud.burst-window", "10m",
            "window of the many-outlets-within-minutes rule");
    public static final Setting<Integer> FRAUD_BURST_MAX_OUTLETS = Setting.integer("rewards.fraud.burst-max-outlets", "4",
            "more distinct outlets than this within the burst window are held");
    public static final Setting<Integer> FRAUD_SHELF_FULL_MIN = Setting.integer("rewards.fraud.shelf-full-min", "2",
            "failed `shelf_full` jobs of a reporter before the shelf-was-full rule applies");
    public static final Setting<Integer> FRAUD_SHELF_FULL_PERCENT = Setting.integer("rewards.fraud.shelf-full-percent", "50",
            "share of a reporter's jobs failed `shelf_full` at which their credits are held").check(Setting.between(0, 100), "between 0 and 100");
    public static final Setting<String> GIFT_SCHEDULE = Setting.text("rewards.gift-schedule", "0 0 9 ? * MON",
            "when gift runs fire: a Quartz cron expression in UTC (Mondays 09:00)").check(CronExpression::isValidExpression, "a Quartz cron expression");
    public static final Setting<Duration> GIFT_PERIOD = Setting.duration("rewards.gift.period", "7d",
            "a gift run counts the credits of jobs verified within this period");
    public static final Setting<Integer> GIFT_MIN_VERIFIED = Setting.integer("rewards.gift.min-verified-reports", "2",
            "verified reports a reporter needs within the period for a gift");
    public static final Setting<Integer> GIFT_MAX_PER_REPORTER = Setting.integer("rewards.gift.max-per-reporter", "1",
            "gifts a reporter may have queued within the cap window");
    public static final Setting<Duration> GIFT_CAP_WINDOW = Setting.duration("rewards.gift.cap-window", "7d",
            "window of the per-reporter gift cap (at least the period)");
    public static final Setting<Long> GIFT_BUDGET_MINOR = Setting.longInteger("rewards.gift.budget-minor", "5000000",
            "what one gift run may spend, in minor units of money (paise, centavos)");
    public static final Setting<Long> GIFT_COST_MINOR = Setting.longInteger("rewards.gift.cost-minor", "50000",
            "what one gift costs, in minor units of money");
    public static final Setting<String> GIFT_TYPE = Setting.text("rewards.gift.type", "thank-you hamper", "what a gift is");
    public static final Setting<String> GIFT_CLAIM_URL = Setting.text("rewards.gift.claim-url", "http://localhost:8080/claim.html",
            "the claim page as reporters reach it; each gift's message links to it with `#<claim token>`")
            .check(u -> u.startsWith("https://") || u.startsWith("http://"), "an http(s) URL");
    /** The rewards settings; the gift run fires on Mondays at 09:00 UTC unless they say otherwise. */
    public static final SettingsDeclaration SETTINGS = SettingsDeclaration.builder("rewards", "rewards.")
            .define(ENABLED, GROUP_ID, DB_SCHEMA, CREDIT_FIRST, CREDIT_LATER, FRAUD_RATE_WINDOW, FRAUD_MAX_PER_REPORTER, FRAUD_MAX_PER_OUTLET,
                    FRAUD_USUAL_AREA_MIN, FRAUD_NEW_ACCOUNT_AGE, FRAUD_NEW_ACCOUNT_MAX, FRAUD_BURST_WINDOW, FRAUD_BURST_MAX_OUTLETS,
                    FRAUD_SHELF_FULL_MIN, FRAUD_SHELF_FULL_PERCENT, GIFT_SCHEDULE, GIFT_PERIOD, GIFT_MIN_VERIFIED, GIFT_MAX_PER_REPORTER,
                    GIFT_CAP_WINDOW, GIFT_BUDGET_MINOR, GIFT_COST_MINOR, GIFT_TYPE, GIFT_CLAIM_URL)
            .build();

    public RewardsSettings {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(fraud, "fraud");
        Objects.requireNonNull(gifts, "gifts");
        Objects.requireNonNull(claimUrl, "claimUrl");
        FraudLimits.atLeastOne(firstReporterCredit, "rewards.credit.first-reporter");
        FraudLimits.atLeastOne(laterReporterCredit, "rewards.credit.later-reporter");
        if (!Migrations.isSchemaName(schema)) {
            throw new IllegalArgumentException("rewards.db.schema must be " + Migrations.SCHEMA_NAME_RULE + ": '" + schema + "'");
        }
        if (!CronExpression.isValidExpression(giftSchedule)) {
            throw new IllegalArgumentException("rewards.gift-schedule is not a Quartz cron expression: '" + giftSchedule + "'");
        }
    }

    /** The rewards settings of {@code settings}, over the defaults; a bad value fails here, naming the setting. */
    public static RewardsSettings from(Settings settings) {
        return from(SETTINGS.read(settings));
    }

    /** The rewards settings of settings read through a declaration that includes {@link #SETTINGS}. */
    public static RewardsSettings from(TypedSettings s) {
        FraudLimits fraud = new FraudLimits(s.get(FRAUD_RATE_WINDOW), s.get(FRAUD_MAX_PER_REPORTER), s.get(FRAUD_MAX_PER_OUTLET),
                s.get(FRAUD_USUAL_AREA_MIN), s.get(FRAUD_NEW_ACCOUNT_AGE), s.get(FRAUD_NEW_ACCOUNT_MAX), s.get(FRAUD_BURST_WINDOW),
                s.get(FRAUD_BURST_MAX_OUTLETS), s.get(FRAUD_SHELF_FULL_MIN), s.get(FRAUD_SHELF_FULL_PERCENT));
        GiftRules gifts = new GiftRules(s.get(GIFT_PERIOD), s.get(GIFT_MIN_VERIFIED), s.get(GIFT_MAX_PER_REPORTER), s.get(GIFT_CAP_WINDOW),
                s.get(GIFT_BUDGET_MINOR), s.get(GIFT_COST_MINOR), s.get(GIFT_TYPE));
        return new RewardsSettings(s.get(ENABLED), s.get(GROUP_ID), s.get(CREDIT_FIRST), s.get(CREDIT_LATER), fraud, gifts, s.get(GIFT_SCHEDULE),
                s.get(DB_SCHEMA), s.get(GIFT_CLAIM_URL));
    }
}
