package org.restockradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restockradar.contracts.Settings;
import org.restockradar.ingest.cursor.InMemoryCursorStore;
import org.restockradar.ingest.source.SourceAdapter;
import org.restockradar.ingest.source.bluesky.BlueskySource;
import org.restockradar.ingest.source.mastodon.MastodonSource;
import org.restockradar.ingest.source.webhook.WebhookHandler;
import org.restockradar.ingest.source.webhook.WebhookSource;
import org.restockradar.ingest.source.x.XSearchSource;
import org.restockradar.ingest.source.xv2.XStreamSource;
import org.restockradar.ingest.testing.RecordingSink;

final class SourcesTest {
    @TempDir
    Path dir;
    private final Map<String, String> values = new HashMap<>();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void catalog() throws Exception {
        Path catalog = dir.resolve("catalog.json");
        Files.writeString(catalog, TestCatalogs.ONE_BRAND, StandardCharsets.UTF_8);
        values.put("sources.catalog", catalog.toString());
    }

    private List<SourceAdapter> build() {
        return Sources.build(Settings.of(values), new RecordingSink(), new InMemoryCursorStore(), registry, Clock.systemUTC());
    }

    @Test
    void shouldBuildNothingWhenNoSourceIsSwitchedOn() {
        values.put("sources.bluesky.enabled", "false");

        assertThat(build()).isEmpty();
    }

    @Test
    void shouldSwitchEachSourceOnAlone() {
        values.putAll(Map.of("sources.x.api-key", "k", "sources.x.api-key-secret", "s", "sources.x.bearer-token", "b",
                "sources.mastodon.base-url", "https://mastodon.example",
                "sources.whatsapp.verify-token", "v", "sources.whatsapp.app-secret", "a", "sources.sms.signing-secret", "s"));
        Map<String, Class<?>> expected = Map.of("x", XSearchSource.class, "xv2", XStreamSource.class, "mastodon", MastodonSource.class,
                "bluesky", BlueskySource.class, "whatsapp", WebhookSource.class, "sms", WebhookSource.class);

        for (String name : Sources.names()) {
            values.keySet().removeIf(k -> k.endsWith(".enabled"));
            values.put("sources." + name + ".enabled", "true");

            assertThat(build()).as(name).singleElement().isInstanceOf(expected.get(name));
        }
    }

    @Test
    void shouldServeBothWebhooksFromOneServer() {
        values.putAll(Map.of("sources.whatsapp.enabled", "true", "sources.whatsapp.verify-token", "v", "sources.whatsapp.app-secret", "a",
                "sources.sms.enabled", "true", "sources.sms.signing-secret", "s", "sources.webhooks.port", "0"));

        assertThat(build()).singleElement().isInstanceOfSatisfying(WebhookSource.class, w ->
                assertThat(w.handlers()).extracting(WebhookHandler::source, WebhookHandler::path)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("whatsapp", "/webhooks/whatsapp"),
                                org.assertj.core.groups.Tuple.tuple("sms", "/webhooks/sms")));
    }

    @Test
    void shouldNameTheMissingKeyOfAnEnabledSource() {
        values.put("sources.whatsapp.enabled", "true");
        values.put("sources.whatsapp.verify-token", "v");

        assertThatThrownBy(this::build).hasMessageContaining("sources.whatsapp.app-secret").hasMessageContaining("RR_SOURCES_WHATSAPP_APP__SECRET");
    }

    @Test
    void shouldRefuseAMistypedOrMalformedSourcesKeyBeforeBuildingAnything() {
        values.put("sources.mastodon.enabled", "true");
        values.put("sources.mastodon.base-url", "https://mastodon.example");
        values.put("sources.mastodon.keep-alive-timout", "60s");
        values.put("sources.connect-timeout", "10 seconds");

        assertThatThrownBy(this::build)
                .hasMessageContaining("unknown configuration 'sources.mastodon.keep-alive-timout' = '60s'")
                .hasMessageContaining("'sources.connect-timeout'").hasMessageContaining("'10 seconds'");
    }

    @Test
    void shouldRefuseAnUnsignedSmsWebhookUnlessAllowedExplicitly() {
        values.put("sources.sms.enabled", "true");
        assertThatThrownBy(this::build).hasMessageContaining("sources.sms.signing-secret");

        values.put("sources.sms.allow-unsigned", "true");
        assertThat(build()).hasSize(1);
    }

    @Test
    void shouldFollowTheCatalogHashtagsOnMastodonByDefault() {
        values.putAll(Map.of("sources.mastodon.enabled", "true", "sources.mastodon.base-url", "https://mastodon.example"));
        assertThat(build()).singleElement().isInstanceOfSatisfying(MastodonSource.class, m ->
                assertThat(m.streams()).containsExactly("hashtag:hungryforhippo"));
    }

    @Test
    void shouldShareOneDedupBetweenXSearchAndTheXStream() {
        values.putAll(Map.of("sources.x.enabled", "true", "sources.xv2.enabled", "true", "sources.x.api-key", "k",
                "sources.x.api-key-secret", "s", "sources.x.bearer-token", "b"));

        assertThat(build()).extracting(SourceAdapter::name).containsExactly("x-search", "x-stream");
        assertThat(registry.find("ingest.source.produced").counters()).hasSize(1);
    }

    @Test
    void shouldNeverShowCredentialsInSettingsOrConfigs() {
        values.putAll(Map.of("sources.x.api-key", "key-1234", "sources.x.api-key-secret", "secret-5678", "sources.x.bearer-token", "bearer-90",
                "sources.whatsapp.app-secret", "app-secret-1", "sources.sms.signing-secret", "sms-secret-2"));
        String printed = Settings.of(values) + " "
                + new XSearchSource.Config("https://api.twitter.com/1.1/", "bearer-90", "key-1234", "secret-5678", null, null,
                java.time.Duration.ofSeconds(15), 5)
                + new XStreamSource.Config(java.net.URI.create("https://api.x.com"), "bearer-90", java.time.Duration.ofSeconds(1),
                java.time.Duration.ofSeconds(20), 1024, 1, java.time.Duration.ofSeconds(5));

        assertThat(printed).doesNotContain("key-1234", "secret-5678", "bearer-90", "app-secret-1", "sms-secret-2");
    }
}
