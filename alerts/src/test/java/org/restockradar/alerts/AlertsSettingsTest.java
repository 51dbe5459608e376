package org.restockradar.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.JobEvent;
import org.restockradar.contracts.Settings;

final class AlertsSettingsTest {

    @Test
    void shouldBeOffUntilAChannelIsConfigured() {
        AlertsSettings settings = AlertsSettings.from(Settings.of(Map.of()));

        assertThat(settings.enabled()).isFalse();
        assertThat(settings.channels()).isEmpty();
        assertThat(settings.kinds()).containsExactlyInAnyOrder(JobEvent.Kind.ESCALATED, JobEvent.Kind.SLA_BREACH);
    }

    @Test
    void shouldSwitchOnTheWebhookWhenItsUrlIsSet() {
        AlertsSettings settings = AlertsSettings.from(Settings.of(Map.of("alerts.webhook.secret-url", "https://hooks.example.test/services/T/B/x")));

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.channels()).containsExactly(Channel.WEBHOOK);
    }

    @Test
    void shouldSwitchOnEmailWithItsServerAndAddresses() {
        AlertsSettings settings = AlertsSettings.from(Settings.of(Map.of("alerts.email.smtp-host", "smtp.example.test",
                "alerts.email.from", "radar@example.test", "alerts.email.to", "ops@example.test, lead@example.test",
                "alerts.email.smtp-password", "pw", "alerts.kinds", "sla_warning,escalated")));

        assertThat(settings.channels()).containsExactly(Channel.EMAIL);
        assertThat(settings.email()).get().satisfies(email -> {
            assertThat(email.port()).isEqualTo(587);
            assertThat(email.tls()).isEqualTo(EmailChannel.Tls.REQUIRED);
            assertThat(email.to()).containsExactly("ops@example.test", "lead@example.test");
            assertThat(email.toString()).doesNotContain("pw");
        });
        assertThat(settings.kinds()).containsExactlyInAnyOrder(JobEvent.Kind.SLA_WARNING, JobEvent.Kind.ESCALATED);
    }

    @Test
    void shouldRefuseAnSmtpHostWithoutRecipients() {
        assertThatThrownBy(() -> AlertsSettings.from(Settings.of(Map.of("alerts.email.smtp-host", "smtp.example.test",
                "alerts.email.from", "radar@example.test"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alerts.email.to");
    }

    @Test
    void shouldRefuseAKindThatIsNoSlaStage() {
        assertThatThrownBy(() -> AlertsSettings.from(Settings.of(Map.of("alerts.kinds", "escalated,opened"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alerts.kinds");
    }

    @Test
    void shouldKeepTheWebhookUrlOutOfTheLogs() {
        Settings settings = Settings.of(Map.of("alerts.webhook.secret-url", "https://hooks.example.test/services/T/B/topsecret"));

        assertThat(settings.toString()).doesNotContain("topsecret");
    }
}
