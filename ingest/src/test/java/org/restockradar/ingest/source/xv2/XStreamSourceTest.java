package org.restockradar.ingest.source.xv2;

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
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.Source;
import org.restockradar.ingest.cursor.InMemoryCursorStore;
import org.restockradar.ingest.metrics.SourceMetrics;
import org.restockradar.ingest.source.Backoff;
import org.restockradar.ingest.source.KeywordFilter;
import org.restockradar.ingest.source.SourceChannel;
import org.restockradar.ingest.testing.Channels;
import org.restockradar.ingest.testing.MutableClock;
import org.restockradar.ingest.testing.RecordingSink;

final class XStreamSourceTest {
    private static final String RULE = "(hippo OR \"hippo chips\" OR #hungryforhippo) -is:retweet";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-10-02T09:15:00Z"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RecordingSink sink = new RecordingSink();
    private final SourceChannel channel = Channels.channel("x", sink, registry, clock);
    private final InMemoryCursorStore cursors = new InMemoryCursorStore();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final FakeXStream server = new FakeXStream();
    private XStreamSource source;

    private XStreamSource start(Duration keepAlive, int maxLineBytes) {
        XStreamSource.Config config = new XStreamSource.Config(server.baseUrl(), "test-bearer", Duration.ofSeconds(2), keepAlive,
                maxLineBytes, 5, Duration.ZERO);
        source = new XStreamSource(config, channel, new KeywordFilter(List.of("hippo", "hippo chips", "#hungryforhippo")), cursors,
                Backoff.Policy.documented(), waits::add);
        source.start();
        return source;
    }

    private XStreamSource start() {
        return start(Duration.ofSeconds(20), 64 * 1024);
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

    @Test
    void shouldReplaceItsOwnStaleRulesAndLeaveOthersAlone() throws Exception {
        server.addRule("(old brand) -is:retweet", "restock-radar:0");
        server.addRule("from:someone", "marketing");
        start();
        server.awaitConnection();

        assertThat(server.rules()).extracting(FakeXStream.FakeXStreamRule::value).containsExactlyInAnyOrder("from:someone", RULE);
        assertThat(server.rules()).filteredOn(r -> r.value().equals(RULE)).singleElement()
                .satisfies(r -> assertThat(r.tag()).isEqualTo("restock-radar:0"));
        assertThat(server.ruleChanges()).hasSize(2);
    }

    @Test
    void shouldLeaveRulesUntouchedWhenTheyAlreadyMatch() throws Exception {
        server.addRule(RULE, "restock-radar:0");
        start();
        server.awaitConnection();

        assertThat(server.ruleChanges()).isEmpty();
    }

    @Test
    void shouldTurnStreamedTweetsWithTheirExpansionsIntoMentions() throws Exception {
        start();
        FakeXStream.Live live = server.awaitConnection();

        live.keepAlive().tweet(FakeXStream.message("1346889436626259968", "can't find Hippo at Sharma General Store, Kothrud :(")).keepAlive();

        awaitIds("x-1346889436626259968");
        assertThat(sink.mentions().get(0)).satisfies(m -> {
            assertThat(m.source()).isEqualTo(Source.X);
            assertThat(m.text()).isEqualTo("can't find Hippo at Sharma General Store, Kothrud :(");
            assertThat(m.createdAt()).isEqualTo(Instant.parse("2026-10-02T09:14:00Z"));
            assertThat(m.author().id()).isEqualTo("2244994945");
            assertThat(m.author().handle()).isEqualTo("priya_k");
            assertThat(m.author().location()).isEqualTo("Pune, India");
            assertThat(m.author().followers()).isEqualTo(212);
            assertThat(m.geo()).isEqualTo(new GeoPoint(18.5074, 73.8077));
            assertThat(m.lang()).isEqualTo("en");
        });
        assertThat(live.query).contains("expansions=author_id,geo.place_id", "tweet.fields=created_at,lang,geo",
                "user.fields=location,username");
    }

    @Test
    void shouldFillTheGapFromRecentSearchAfterADisconnectWithoutDuplicates() throws Exception {
        start();
        FakeXStream.Live first = server.awaitConnection();
        server.post("1001", "hippo 1001");
        first.tweet(FakeXStream.message("1001", "hippo 1001"));
        awaitIds("x-1001");

        first.end();
        for (String id : List.of("1002", "1003", "1004")) {
            server.post(id, "hippo " + id);
        }
        FakeXStream.Live second = server.awaitConnection();
        awaitIds("x-1001", "x-1002", "x-1003", "x-1004");
        second.tweet(FakeXStream.message("1004", "hippo 1004")).tweet(FakeXStream.message("1005", "hippo 1005"));

        awaitIds("x-1001", "x-1002", "x-1003", "x-1004", "x-1005");
        assertThat(server.searches()).first().asString().contains("since_id=1001", "query=" + java.net.URLEncoder.encode(RULE, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(server.searches()).hasSize(2);
        assertThat(Channels.count(registry, SourceMetrics.DUPLICATES, "x")).isEqualTo(1);
        assertThat(waits).containsExactly(Duration.ofMillis(250));
    }

    @Test
    void shouldKeepBackingOffWhenTheGapFillFailsAfterEachReconnect() throws Exception {
        start();
        FakeXStream.Live first = server.awaitConnection();
        first.tweet(FakeXStream.message("1001", "hippo 1001"));
        awaitIds("x-1001");
        server.refuseSearches(3);
        server.post("1002", "hippo 1002");

        first.end();

        // three reconnects whose gap fill fails, then one that fills the gap
        awaitIds("x-1001", "x-1002");
        assertThat(waits).hasSize(4);
        // a connection the source accepted but whose gap fill failed is no success: the back-off grows, it does
        // not start again from its first step at each reconnect (X cuts off apps that reconnect in a storm)
        assertThat(waits.get(3)).isGreaterThan(waits.get(1));
    }

    @Test
    void shouldResumeAfterARestartFromTheStoredTweetId() throws Exception {
        start();
        server.awaitConnection().tweet(FakeXStream.message("1001", "hippo 1001"));
        awaitIds("x-1001");
        source.stop();
        server.post("1001", "hippo 1001");
        server.post("1002", "hippo 1002");

        start();
        server.awaitConnection();

        awaitIds("x-1001", "x-1002");
        assertThat(cursors.load("x:stream")).hasValueSatisfying(c -> assertThat(c.cursor()).isEqualTo("1002"));
    }

    @Test
    void shouldWaitUntilTheRateLimitResetAfterA429() throws Exception {
        server.refuseNext(429, Map.of("x-rate-limit-limit", "50", "x-rate-limit-remaining", "0",
                "x-rate-limit-reset", Long.toString(clock.instant().plusSeconds(840).getEpochSecond())));
        start();

        server.awaitConnection();

        assertThat(waits).containsExactly(Duration.ofSeconds(841));
    }

    @Test
    void shouldBackOffExponentiallyThroughARunOfServerErrors() throws Exception {
        server.refuseNext(503, Map.of());
        server.refuseNext(500, Map.of());
        server.refuseNext(503, Map.of());
        start();

        server.awaitConnection().tweet(FakeXStream.message("1001", "hippo"));

        awaitIds("x-1001");
        assertThat(waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20));
    }

    @Test
    void shouldReconnectWhenTheKeepAliveStops() throws Exception {
        start(Duration.ofMillis(300), 64 * 1024);
        server.awaitConnection();

        server.awaitConnection().tweet(FakeXStream.message("1001", "hippo"));

        awaitIds("x-1001");
        assertThat(waits).first().isEqualTo(Duration.ofMillis(250));
        assertThat(Channels.count(registry, SourceMetrics.RECONNECTS, "x")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void shouldReconnectOnAnOperationalDisconnectMessage() throws Exception {
        start();
        server.awaitConnection().send("{\"errors\":[{\"title\":\"operational-disconnect\",\"disconnect_type\":\"UpstreamOperationalDisconnect\","
                + "\"detail\":\"This stream has been disconnected upstream for operational reasons.\","
                + "\"type\":\"https://api.twitter.com/2/problems/operational-disconnect\"}]}\r\n");

        server.awaitConnection().tweet(FakeXStream.message("1001", "hippo"));

        awaitIds("x-1001");
    }

    @Test
    void shouldDeadLetterMalformedAndOversizedLinesAndKeepReading() throws Exception {
        start(Duration.ofSeconds(20), 2_048);
        FakeXStream.Live live = server.awaitConnection();

        live.send("{\"data\":{\"id\":\"1000\",\"text\":\r\n")
                .tweet(FakeXStream.message("1001", "hippo " + "x".repeat(5_000)))
                .tweet(FakeXStream.message("1002", "hippo"));

        awaitIds("x-1002");
        assertThat(sink.deadLetters()).hasSize(2);
        assertThat(sink.deadLetters().get(0).reason()).startsWith("malformed JSON");
        assertThat(sink.deadLetters().get(0).text()).isEqualTo("{\"data\":{\"id\":\"1000\",\"text\":");
        assertThat(sink.deadLetters().get(1).reason()).contains("larger than the limit of 2048 bytes");
    }

    @Test
    void shouldSplitLongKeywordListsIntoRulesOf512Characters() {
        List<String> rules = XStreamSource.ruleValues(java.util.stream.IntStream.range(0, 100).mapToObj(i -> "keyword number " + i).toList());

        assertThat(rules).hasSizeGreaterThan(1).allSatisfy(r -> assertThat(r.length()).isLessThanOrEqualTo(512));
        assertThat(String.join(" ", rules)).contains("\"keyword number 0\"", "\"keyword number 99\"");
    }
}
