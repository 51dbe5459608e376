package org.restockradar.ingest.source.mastodon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Source;
import org.restockradar.fixtures.FakeMastodon;
import org.restockradar.ingest.cursor.InMemoryCursorStore;
import org.restockradar.ingest.metrics.SourceMetrics;
import org.restockradar.ingest.source.Backoff;
import org.restockradar.ingest.source.KeywordFilter;
import org.restockradar.ingest.source.SourceChannel;
import org.restockradar.ingest.testing.Channels;
import org.restockradar.ingest.testing.MutableClock;
import org.restockradar.ingest.testing.RecordingSink;

final class MastodonSourceTest {
    private static final String AT = "2026-10-02T09:14:00.000Z";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-10-02T09:15:00Z"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RecordingSink sink = new RecordingSink();
    private final InMemoryCursorStore cursors = new InMemoryCursorStore();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final FakeMastodon server = new FakeMastodon();
    private final KeywordFilter filter = new KeywordFilter(List.of("hippo", "#hungryforhippo"));
    private MastodonSource source;

    private MastodonSource start(String stream, Duration keepAlive, int maxEventBytes) {
        SourceChannel channel = Channels.channel("mastodon", sink, registry, clock);
        MastodonSource.Config config = new MastodonSource.Config(server.baseUrl(), "test-token", List.of(stream),
                Duration.ofSeconds(2), keepAlive, maxEventBytes, Duration.ZERO, 10);
        MastodonSource started = new MastodonSource(config, channel, filter, cursors, Backoff.Policy.documented(), waits::add);
        started.start();
        return started;
    }

    private MastodonSource start() {
        source = start("hashtag:hungryforhippo", Duration.ofSeconds(10), 64 * 1024);
        return source;
    }

    @AfterEach
    void stop() {
        if (source != null) {
            source.stop();
        }
        server.close();
    }

    private void awaitIds(String... ids) {
        await().atMost(FakeMastodon.WAIT).untilAsserted(() -> assertThat(sink.ids()).containsExactly(ids));
    }

    @Test
    void shouldTurnStreamedStatusesIntoMentionsWithPlainText() throws Exception {
        start();
        FakeMastodon.Live live = server.awaitConnection();

        live.send(":thump\n\n").send("event: delete\ndata: 100\n\n")
                .update(FakeMastodon.status("101", AT,
                        "<p>&quot;No Hippo&quot; at Sharma&#39;s, Kothrud<br>again!</p><p><a href=\"https://mastodon.example/tags/hungryforhippo\" class=\"mention hashtag\">#<span>hungryforhippo</span></a></p>"));

        awaitIds("mastodon-101");
        assertThat(sink.mentions().get(0)).satisfies(m -> {
            assertThat(m.source()).isEqualTo(Source.MASTODON);
            assertThat(m.text()).isEqualTo("\"No Hippo\" at Sharma's, Kothrud\nagain!\n\n#hungryforhippo");
            assertThat(m.createdAt()).isEqualTo(Instant.parse(AT));
            assertThat(m.author().id()).isEqualTo("109302");
            assertThat(m.author().handle()).isEqualTo("priya@pune.social");
            assertThat(m.author().displayName()).isEqualTo("Priya K");
            assertThat(m.author().followers()).isEqualTo(212);
            assertThat(m.lang()).isEqualTo("en");
            assertThat(m.isRepost()).isFalse();
        });
        assertThat(live.authorization).isEqualTo("Bearer test-token");
        assertThat(live.path).isEqualTo("/api/v1/streaming/hashtag?tag=hungryforhippo");
        assertThat(Channels.count(registry, SourceMetrics.PRODUCED, "mastodon")).isEqualTo(1);
    }

    @Test
    void shouldCatchUpThroughTheTimelineAfterADisconnectWithoutGapOrDuplicate() throws Exception {
        start();
        FakeMastodon.Live first = server.awaitConnection();
        for (String id : List.of("101", "102")) {
            server.post(FakeMastodon.status(id, AT, "hippo " + id));
            first.update(FakeMastodon.status(id, AT, "hippo " + id));
        }
        awaitIds("mastodon-101", "mastodon-102");

        first.end();
        server.post(FakeMastodon.status("103", AT, "hippo 103"));
        server.post(FakeMastodon.status("104", AT, "hippo 104"));
        FakeMastodon.Live second = server.awaitConnection();
        awaitIds("mastodon-101", "mastodon-102", "mastodon-103", "mastodon-104");
        second.update(FakeMastodon.status("104", AT, "hippo 104")).update(FakeMastodon.status("105", AT, "hippo 105"));

        awaitIds("mastodon-101", "mastodon-102", "mastodon-103", "mastodon-104", "mastodon-105");
        assertThat(server.timelineQueries()).first().asString().contains("min_id=102");
        assertThat(Channels.count(registry, SourceMetrics.DUPLICATES, "mastodon")).isEqualTo(1);
        assertThat(Channels.count(registry, SourceMetrics.RECONNECTS, "mastodon")).isEqualTo(1);
        assertThat(waits).containsExactly(Duration.ofMillis(250));
    }

    @Test
    void shouldResumeAfterARestartFromTheStoredStatusId() throws Exception {
        start();
        server.post(FakeMastodon.status("101", AT, "hippo 101"));
        server.awaitConnection().update(FakeMastodon.status("101", AT, "hippo 101"));
        awaitIds("mastodon-101");
        source.stop();

        server.post(FakeMastodon.status("102", AT, "hippo 102"));
        start();
        server.awaitConnection();

        awaitIds("mastodon-101", "mastodon-102");
        assertThat(cursors.load("mastodon:hashtag:hungryforhippo")).hasValueSatisfying(c -> assertThat(c.cursor()).isEqualTo("102"));
    }

    @Test
    void shouldWaitUntilTheRateLimitResetsAfterA429() throws Exception {
        server.refuseNext(429, Map.of("X-RateLimit-Reset", "2026-10-02T09:17:00.000Z", "X-RateLimit-Remaining", "0"));
        start();

        server.awaitConnection().update(FakeMastodon.status("101", AT, "hippo"));

        awaitIds("mastodon-101");
        assertThat(waits).containsExactly(Duration.ofSeconds(121));
    }

    @Test
    void shouldWaitAsLongAsRetryAfterSaysWhenNoResetTimeIsGiven() throws Exception {
        server.refuseNext(429, Map.of("Retry-After", "120"));
        start();

        server.awaitConnection().update(FakeMastodon.status("101", AT, "hippo"));

        awaitIds("mastodon-101");
        assertThat(waits).containsExactly(Duration.ofSeconds(121));
    }

    @Test
    void shouldBackOffExponentiallyThroughARunOfServerErrors() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.refuseNext(i % 2 == 0 ? 503 : 502, Map.of());
        }
        start();

        server.awaitConnection().update(FakeMastodon.status("101", AT, "hippo"));

        awaitIds("mastodon-101");
        assertThat(waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40));
        assertThat(Channels.count(registry, SourceMetrics.RECONNECTS, "mastodon")).isEqualTo(4);
    }

    @Test
    void shouldDeadLetterAMalformedStatusAndKeepReading() throws Exception {
        start();
        FakeMastodon.Live live = server.awaitConnection();

        live.send("event: update\ndata: {\"id\":\"101\",\"created_at\":\n\n")
                .send("event: update\ndata: {\"id\":\"102\",\"created_at\":\"" + AT + "\"}\n\n")
                .update(FakeMastodon.status("103", AT, "hippo"));

        awaitIds("mastodon-103");
        assertThat(sink.deadLetters()).hasSize(2);
        assertThat(sink.deadLetters().get(0).reason()).startsWith("malformed status JSON");
        assertThat(sink.deadLetters().get(0).text()).isEqualTo("{\"id\":\"101\",\"created_at\":");
        assertThat(sink.deadLetters().get(1).reason()).isEqualTo("unreadable status: status without id");
        assertThat(Channels.count(registry, SourceMetrics.DEAD_LETTERED, "mastodon")).isEqualTo(2);
    }

    @Test
    void shouldDeadLetterAnOversizedEventAndKeepReading() throws Exception {
        source = start("hashtag:hungryforhippo", Duration.ofSeconds(10), 4_096);
        FakeMastodon.Live live = server.awaitConnection();

        live.update(FakeMastodon.status("101", AT, "hippo " + "x".repeat(10_000)))
                .update(FakeMastodon.status("102", AT, "hippo"));

        awaitIds("mastodon-102");
        assertThat(sink.deadLetters()).singleElement().satisfies(d -> {
            assertThat(d.reason()).contains("larger than the limit of 4096 bytes");
            assertThat(d.raw().length).isLessThanOrEqualTo(1_024);
        });
    }

    @Test
    void shouldReconnectWhenNeitherEventNorHeartbeatArrivesInTime() throws Exception {
        source = start("hashtag:hungryforhippo", Duration.ofMillis(300), 4_096);
        server.awaitConnection();

        server.awaitConnection().update(FakeMastodon.status("101", AT, "hippo"));

        awaitIds("mastodon-101");
        assertThat(Channels.count(registry, SourceMetrics.RECONNECTS, "mastodon")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void shouldKeepOnlyPostsNamingAKeywordFromThePublicTimeline() throws Exception {
        source = start("public", Duration.ofSeconds(10), 64 * 1024);
        FakeMastodon.Live live = server.awaitConnection();

        live.update(FakeMastodon.status("101", AT, "lovely weather in Pune"))
                .update(FakeMastodon.status("102", AT, "where did all the Hippo go"));

        awaitIds("mastodon-102");
        assertThat(Channels.count(registry, SourceMetrics.FILTERED, "mastodon")).isEqualTo(1);
        assertThat(live.path).startsWith("/api/v1/streaming/public");
    }
}
