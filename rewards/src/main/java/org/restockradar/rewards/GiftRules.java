package org.restockradar.rewards;

import java.time.Duration;
import java.util.Objects;

/**
 * How a gift run picks reporters (settings {@code rewards.gift.*}).
 *
 * @param period             the verified reports counted: those whose job was verified within this long before the run
 * @param minVerifiedReports the fewest verified reports in the period that earn a gift
 * @param maxPerReporter     the most gifts one reporter is queued within {@code capWindow}
 * @param capWindow          the window of {@code maxPerReporter} (at least the period, so that a run repeated within a period
 *                           queues nobody twice)
 * @param budgetMinor        the most one run may spend, in minor units of money (paise, centavos)
 * @param costMinor          what one gift costs, in minor units
 * @param giftType           what the gift is ("thank-you hamper")
 */
public record GiftRules(Duration period, int minVerifiedReports, int maxPerReporter, Duration capWindow, long budgetMinor,
                        long costMinor, String giftType) {
    public GiftRules {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(capWindow, "capWindow");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("rewards.gift.period must be positive: " + period);
        }
        if (capWindow.compareTo(period) < 0) {
            throw new IllegalArgumentException("rewards.gift.cap-window must be at least the period " + period + ": " + capWindow);
        }
        FraudLimits.atLeastOne(minVerifiedReports, "rewards.gift.min-verified-reports");
        FraudLimits.atLeastOne(maxPerReporter, "rewards.gift.max-per-reporter");
        if (budgetMinor < 0 || costMinor < 0) {
            throw new IllegalArgumentException("the gift budget and cost cannot be negative: " + budgetMinor + ", " + costMinor);
        }
        if (giftType == null || giftType.isBlank()) {
            throw new IllegalArgumentException("rewards.gift.type is missing");
        }
    }
}
