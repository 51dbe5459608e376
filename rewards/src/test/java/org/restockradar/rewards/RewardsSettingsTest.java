package org.restockradar.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Settings;

final class RewardsSettingsTest {
    @Test
    void shouldTakeTheDefaultsWeeklyOnMondays() {
        RewardsSettings settings = RewardsSettings.from(Settings.of(Map.of()));
        assertThat(settings.giftSchedule()).isEqualTo("0 0 9 ? * MON");
        assertThat(settings.firstReporterCredit()).isGreaterThan(settings.laterReporterCredit());
        assertThat(settings.gifts().period()).isEqualTo(Duration.ofDays(7));
        assertThat(settings.groupId()).as("not the group an older dispatch committed in").isEqualTo("rewards-service");
    }

    @Test
    void shouldLayTheCallersSettingsOverTheDefaults() {
        RewardsSettings settings = RewardsSettings.from(Settings.of(Map.of("rewards.gift-schedule", "0 */2 * * * ?",
                "rewards.credit.first-reporter", "25", "rewards.gift.budget-minor", "100000", "rewards.fraud.burst-window", "5m")));
        assertThat(settings.giftSchedule()).isEqualTo("0 */2 * * * ?");
        assertThat(settings.firstReporterCredit()).isEqualTo(25);
        assertThat(settings.gifts().budgetMinor()).isEqualTo(100_000L);
        assertThat(settings.fraud().burstWindow()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void shouldRefuseABadScheduleOrACapWindowShorterThanThePeriod() {
        assertThatThrownBy(() -> RewardsSettings.from(Settings.of(Map.of("rewards.gift-schedule", "every monday"))))
                .hasMessageContaining("rewards.gift-schedule");
        assertThatThrownBy(() -> RewardsSettings.from(Settings.of(Map.of("rewards.gift.cap-window", "1d"))))
                .hasMessageContaining("rewards.gift.cap-window");
        assertThatThrownBy(() -> RewardsSettings.from(Settings.of(Map.of("rewards.gift.budget-minor", "12.50"))))
                .hasMessageContaining("rewards.gift.budget-minor").hasMessageContaining("12.50");
    }
}
