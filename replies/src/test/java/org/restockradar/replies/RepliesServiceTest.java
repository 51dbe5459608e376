package org.restockradar.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.TypedSettings;
import org.restockradar.contracts.Source;

/** The replies.* settings: off by default, a channel per source whose credentials are set, bad values named. */
final class RepliesServiceTest {
    private static final Clock CLOCK = Clock.systemUTC();

    private static TypedSettings settings(Map<String, String> values) {
        return RepliesSettings.SETTINGS.read(Settings.of(values));
    }

    @Test
    void shouldBeOffUnlessEnabled() {
        assertThat(RepliesService.enabled(Settings.of(Map.of()))).isFalse();
        assertThat(RepliesService.enabled(Settings.of(Map.of("replies.enabled", "true")))).isTrue();
    }

    @Test
    void shouldOpenAChannelOnlyForTheSourcesWhoseCredentialsAreSet() {
        assertThat(RepliesService.channels(settings(Map.of()), CLOCK)).isEmpty();

        assertThat(RepliesService.channels(settings(Map.of(
                "replies.mastodon.base-url", "https://mastodon.example", "replies.mastodon.access-token", "t",
                "replies.sms.url", "https://gateway.example/messages", "replies.sms.bearer-token", "b")), CLOCK))
                .extracting(ReplyChannel::source).containsExactlyInAnyOrder(Source.MASTODON, Source.SMS);
    }

    @Test
    void shouldNameTheMissingCredential() {
        assertThatThrownBy(() -> RepliesService.channels(settings(Map.of("replies.x.consumer-key", "ck", "replies.x.consumer-secret", "cs")), CLOCK))
                .hasMessageContaining("replies.x.access-token");
        assertThatThrownBy(() -> RepliesService.channels(settings(Map.of("replies.whatsapp.phone-number-id", "1098765")), CLOCK))
                .hasMessageContaining("replies.whatsapp.access-token");
        assertThatThrownBy(() -> RepliesService.channels(settings(Map.of("replies.sms.url", "https://gateway.example/messages")), CLOCK))
                .hasMessageContaining("signing-secret");
    }

    @Test
    void shouldReadWhichStatusesCountAsRestocked() {
        assertThat(RepliesService.restockedOn(List.of("verified"))).containsExactly("verified");
        assertThat(RepliesService.restockedOn(List.of("restocked", "verified"))).containsExactlyInAnyOrder("restocked", "verified");
        assertThatThrownBy(() -> RepliesService.restockedOn(List.of("shipped"))).hasMessageContaining("shipped");
    }
}
