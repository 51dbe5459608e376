package org.restockradar.ingest.source.bluesky;

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
import org.restockradar.ingest.cursor.InMemoryCursorStore;
import org.restockradar.ingest.metrics.SourceMetrics;
import org.restockradar.ingest.source.Backoff;
import org.restockradar.ingest.source.KeywordFilter;
import org.restockradar.ingest.testing.Channels;
import org.restockradar.ingest.testing.MutableClock;
import org.restockradar.ingest.testing.RecordingSink;

final class BlueskySourceTest {
    private static final String DID = "did:plc:eygmaihciaxprqvxpfvl6flk";
    private static final long T0 = 1_791_364_440_000_000L;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-10-02T09:15:00Z"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RecordingSink sink = new RecordingSink();
    private final InMemoryCursorStore cursors = new InMemoryCursorStore();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final FakeJetstream server = new FakeJetstream();
    private final org.restockradar.ingest.source.SourceChannel channel = Channels.channel("bluesky", sink, registry, clock);
    private BlueskySource source;

    private BlueskySource start(int maxMessageBytes) {
        BlueskySource.Config config = new BlueskySource.Config(server.endpoint(), Duration.ofSeconds(2), Duration.ofSeconds(10),
                Duration.ofSeconds(1), maxMessageBytes, Duration.ZERO);
        source = new BlueskySource(config, channel, new KeywordFilter(List.of("hippo")), cursors, Backoff.Policy.documented(), waits::add);
        source.start();
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
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(sink.ids()).containsExactly(ids));
    }

    private static String id(String rkey) {
        return "bluesky-" + DID + "/" + rkey;
    }

    @Test
    void shouldTurnPostsNamingAKeywordIntoMentionsAndSkipTheRest() throws Exception {
        start(64 * 1024);
        assertThat(server.awaitConnection()).isEqualTo("wantedCollections=app.bsky.feed.post");

        server.publish(T0, FakeJetstream.identity(T0, DID));
        server.publish(T0 + 1, FakeJetstream.post(T0 + 1, DID, "3l3qo2vuowo2a", "lovely weather"));
        server.publish(T0 + 2, FakeJetstream.post(T0 + 2, DID, "3l3qo2vuowo2b", "No Hippo chips at Sharma General Store"));
        server.publish(T0 + 3, FakeJetstream.post(T0 + 3, DID, "3l3qo2vuowo2c", "hippo again").replace("\"create\"", "\"delete\""));

        awaitIds(id("3l3qo2vuowo2b"));
        assertThat(sink.mentions().get(0)).satisfies(m -> {
            assertThat(m.source()).isEqualTo(Source.BLUESKY);
            assertThat(m.text()).isEqualTo("No Hippo chips at Sharma General Store");
            assertThat(m.createdAt()).isEqualTo(Instant.parse("2026-10-02T09:14:00.102Z"));
            assertThat(m.author().id()).isEqualTo(DID);
            assertThat(m.lang()).isEqualTo("en");
        });
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() ->
                assertThat(cursors.load("bluesky:jetstream")).hasValueSatisfying(c -> assertThat(c.cursor()).isEqualTo(Long.toString(T0 + 3))));
        assertThat(Channels.count(registry, SourceMetrics.FILTERED, "bluesky")).isEqualTo(1);
    }

    @Test
    void shouldResumeAfterADisconnectFromTheCursorMinusTheOverlapWithoutGapOrDuplicate() throws Exception {
        start(64 * 1024);
        server.awaitConnection();
        server.publish(T0, FakeJetstream.post(T0, DID, "a", "hippo one"));
        server.publish(T0 + 500_000, FakeJetstream.post(T0 + 500_000, DID, "b", "hippo two"));
        awaitIds(id("a"), id("b"));

        server.disconnectAll();
        server.publish(T0 + 900_000, FakeJetstream.post(T0 + 900_000, DID, "c", "hippo three"));

        assertThat(server.awaitConnection()).isEqualTo("wantedCollections=app.bsky.feed.post&cursor=" + (T0 + 500_000 - 1_000_000));
        awaitIds(id("a"), id("b"), id("c"));
        server.publish(T0 + 1_000_000, FakeJetstream.post(T0 + 1_000_000, DID, "d", "hippo four"));
        awaitIds(id("a"), id("b"), id("c"), id("d"));
        assertThat(Channels.count(registry, SourceMetrics.DUPLICATES, "bluesky")).isEqualTo(2);
        assertThat(Channels.count(registry, SourceMetrics.RECONNECTS, "bluesky")).isEqualTo(1);
    }

    @Test
    void shouldResumeAfterARestartWithoutRepublishingTheOverlap() throws Exception {
        start(64 * 1024);
        server.awaitConnection();
        server.publish(T0, FakeJetstream.post(T0, DID, "a", "hippo one"));
        awaitIds(id("a"));
        source.stop();
        server.publish(T0 + 200_000, FakeJetstream.post(T0 + 200_000, DID, "b", "hippo two"));

        start(64 * 1024);

        assertThat(server.awaitConnection()).endsWith("&cursor=" + (T0 - 1_000_000));
        awaitIds(id("a"), id("b"));
        assertThat(Channels.count(registry, SourceMetrics.DUPLICATES, "bluesky")).isEqualTo(1);
    }

    @Test
    void shouldWaitForTheRateLimitResetWhenTheHandshakeIsRefusedWith429() throws Exception {
        server.refuseNext(429, Map.of("ratelimit-reset", Long.toString(clock.instant().plusSeconds(30).getEpochSecond())));
        start(64 * 1024);

        server.awaitConnection();

        assertThat(waits).containsExactly(Duration.ofSeconds(31));
    }

    @Test
    void shouldBackOffExponentiallyThroughARunOfServerErrors() throws Exception {
        server.refuseNext(503, Map.of());
        server.refuseNext(500, Map.of());
        server.refuseNext(503, Map.of());
        start(64 * 1024);

        server.awaitConnection();
        server.publish(T0, FakeJetstream.post(T0, DID, "a", "hippo"));

        awaitIds(id("a"));
        assertThat(waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20));
    }

    @Test
    void shouldDeadLetterMalformedAndOversizedMessagesAndKeepReading() throws Exception {
        start(2_048);
        server.awaitConnection();

        server.sendRaw("{\"did\":\"" + DID + "\",\"time_us\":");
        server.publish(T0, FakeJetstream.post(T0, DID, "big", "hippo " + "x".repeat(5_000)));
        server.publish(T0 + 1, FakeJetstream.post(T0 + 1, DID, "a", "hippo"));

        awaitIds(id("a"));
        assertThat(sink.deadLetters()).hasSize(2);
        assertThat(sink.deadLetters().get(0).reason()).startsWith("malformed Jetstream JSON");
        assertThat(sink.deadLetters().get(1).reason()).contains("larger than the limit of 2048");
        assertThat(Channels.count(registry, SourceMetrics.DEAD_LETTERED, "bluesky")).isEqualTo(2);
    }
}
