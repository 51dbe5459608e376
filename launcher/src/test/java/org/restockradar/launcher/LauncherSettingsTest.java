package org.restockradar.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Settings;
import org.restockradar.dispatch.DispatchSettings;

final class LauncherSettingsTest {
    @Test
    void shouldLogTheSignInLinksUnlessTheLaunchersOwnSettingSaysNo() {
        assertThat(LauncherSettings.SETTINGS.read(Settings.of(Map.of())).get(LauncherSettings.PAGE_LINKS)).isTrue();
        assertThat(LauncherSettings.SETTINGS.read(Settings.of(Map.of("demo.page-links", "false"))).get(LauncherSettings.PAGE_LINKS)).isFalse();
    }

    @Test
    void shouldLeaveTheDemoLinksOutOfDispatchsSettings() {
        assertThat(DispatchSettings.SETTINGS.defaults()).doesNotContainKey("dispatch.demo-ops-token");
        assertThatThrownBy(() -> DispatchSettings.SETTINGS.read(Settings.of(Map.of("dispatch.demo-ops-token", "true"))))
                .as("a key of the launcher's is no setting of dispatch's").hasMessageContaining("dispatch.demo-ops-token");
    }
}
