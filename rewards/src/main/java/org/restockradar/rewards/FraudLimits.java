package org.restockradar.rewards;

import java.time.Duration;
import java.util.Objects;

/**
 * The thresholds of the {@link FraudRules} (settings {@code rewards.fraud.*}, see docs/rewards.md). A reporter is held
 * for review when any of them is passed.
 *
 * @param rateWindow            the window of the two rate limits
 * @param maxReportsPerReporter most reports one reporter may make within {@code rateWindow}
 * @param maxReportsPerOutlet   most reports one reporter may make on one outlet within {@code rateWindow}
 * @param usualAreaMinReports   how many earlier reports it takes to know a reporter's usual city
 * @param newAccountAge         how long an account counts as brand new (from its creation, or from its first report to us)
 * @param newAccountMaxReports  most reports a brand-new account may make while it is new
 * @param burstWindow           the "within minutes" of the burst rule
 * @param burstMaxOutlets       most distinct outlets one reporter may report within {@code burstWindow}
 * @param shelfFullMin          how many of a reporter's jobs must have ended "shelf was full" before the share counts
 * @param shelfFullPercent      the share (percent of the reporter's closed jobs) of "shelf was full" endings that holds them
 */
public record FraudLimits(Duration rateWindow, int maxReportsPerReporter, int maxReportsPerOutlet, int usualAreaMinReports,
                          Duration newAccountAge, int newAccountMaxReports, Duration burstWindow, int burstMaxOutlets,
                          int shelfFullMin, int shelfFullPercent) {
    public FraudLimits {
        positive(rateWindow, "rewards.fraud.rate-window");
        positive(newAccountAge, "rewards.fraud.new-account-age");
        positive(burstWindow, "rewards.fraud.burst-window");
        atLeastOne(maxReportsPerReporter, "rewards.fraud.max-reports-per-reporter");
        atLeastOne(maxReportsPerOutlet, "rewards.fraud.max-reports-per-outlet");
        atLeastOne(usualAreaMinReports, "rewards.fraud.usual-area-min-reports");
        atLeastOne(newAccountMaxReports, "rewards.fraud.new-account-max-reports");
        atLeastOne(burstMaxOutlets, "rewards.fraud.burst-max-outlets");
        atLeastOne(shelfFullMin, "rewards.fraud.shelf-full-min");
        if (shelfFullPercent < 1 || shelfFullPercent > 100) {
            throw new IllegalArgumentException("rewards.fraud.shelf-full-percent must be within [1, 100]: " + shelfFullPercent);
        }
    }

    private static void positive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }

    static void atLeastOne(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1: " + value);
        }
    }
}
