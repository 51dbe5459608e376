package org.restockradar.dispatch.rewards;

import java.util.Map;
import java.util.Objects;
import org.quartz.CronExpression;
import org.restockradar.contracts.Settings;

/**
 * The rewards settings, read once at start from {@code rewards.*} laid over {@link #DEFAULTS} (docs/rewards.md).
 *
 * @param firstReporterCredit what a verified job credits its first reporter
 * @param laterReporterCredit what it credits each later reporter
 * @param giftSchedule        when gift runs fire: a Quartz cron expression, in UTC
 */
public record RewardsSettings(boolean enabled, String groupId, int firstReporterCredit, int laterReporterCredit, FraudLimits fraud,
                              GiftRules gifts, String giftSchedule) {
    /** What holds when nothing says otherwise. The gift run fires on Mondays at 09:00 UTC. */
    public static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("rewards.enabled", "true"),
            Map.entry("rewards.group-id", "rewards"),
            Map.entry("rewards.credit.first-reporter", "10"),
            Map.entry("rewards.credit.later-reporter", "4"),
            Map.entry("rewards.fraud.rate-window", "24h"),
            Map.entry("rewards.fraud.max-reports-per-reporter", "20"),
            Map.entry("rewards.fraud.max-reports-per-outlet", "3"),
            Map.entry("rewards.fraud.usual-area-min-reports", "3"),
            Map.entry("rewards.fraud.new-account-age", "24h"),
            Map.entry("rewards.fraud.new-account-max-reports", "10"),
            Map.entry("rewards.fraud.burst-window", "10m"),
            Map.entry("rewards.fraud.burst-max-outlets", "4"),
            Map.entry("rewards.fraud.shelf-full-min", "2"),
            Map.entry("rewards.fraud.shelf-full-percent", "50"),
            Map.entry("rewards.gift-schedule", "0 0 9 ? * MON"),
            Map.entry("rewards.gift.period", "7d"),
            Map.entry("rewards.gift.min-verified-reports", "2"),
            Map.entry("rewards.gift.max-per-reporter", "1"),
            Map.entry("rewards.gift.cap-window", "7d"),
            Map.entry("rewards.gift.budget-minor", "5000000"),
            Map.entry("rewards.gift.cost-minor", "50000"),
            Map.entry("rewards.gift.type", "thank-you hamper"));

    public RewardsSettings {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(fraud, "fraud");
        Objects.requireNonNull(gifts, "gifts");
        FraudLimits.atLeastOne(firstReporterCredit, "rewards.credit.first-reporter");
        FraudLimits.atLeastOne(laterReporterCredit, "rewards.credit.later-reporter");
        if (!CronExpression.isValidExpression(giftSchedule)) {
            throw new IllegalArgumentException("rewards.gift-schedule is not a Quartz cron expression: '" + giftSchedule + "'");
        }
    }

    /** The rewards settings of {@code settings}, over the defaults; a bad value fails here, naming the setting. */
    public static RewardsSettings from(Settings settings) {
        Settings s = Settings.of(DEFAULTS).with(settings.asMap());
        FraudLimits fraud = new FraudLimits(s.getDuration("rewards.fraud.rate-window"), s.getInt("rewards.fraud.max-reports-per-reporter"),
                s.getInt("rewards.fraud.max-reports-per-outlet"), s.getInt("rewards.fraud.usual-area-min-reports"),
                s.getDuration("rewards.fraud.new-account-age"), s.getInt("rewards.fraud.new-account-max-reports"),
                s.getDuration("rewards.fraud.burst-window"), s.getInt("rewards.fraud.burst-max-outlets"),
                s.getInt("rewards.fraud.shelf-full-min"), s.getInt("rewards.fraud.shelf-full-percent"));
        GiftRules gifts = new GiftRules(s.getDuration("rewards.gift.period"), s.getInt("rewards.gift.min-verified-reports"),
                s.getInt("rewards.gift.max-per-reporter"), s.getDuration("rewards.gift.cap-window"),
                longOf(s, "rewards.gift.budget-minor"), longOf(s, "rewards.gift.cost-minor"), s.get("rewards.gift.type"));
        return new RewardsSettings(s.getBoolean("rewards.enabled"), s.get("rewards.group-id"), s.getInt("rewards.credit.first-reporter"),
                s.getInt("rewards.credit.later-reporter"), fraud, gifts, s.get("rewards.gift-schedule"));
    }

    private static long longOf(Settings settings, String key) {
        String raw = settings.get(key);
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number (minor units of money): '" + raw + "'", e);
        }
    }
}
