package org.restockradar.ingest.source.x;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
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

final class XSearchSourceTest {
    private static final Instant AT = Instant.parse("2026-10-02T09:14:00Z");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-10-02T09:15:00Z"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RecordingSink sink = new RecordingSink();
    private final SourceChannel channel = Channels.channel("x", sink, registry, clock);
    private final InMemoryCursorStore cursors = new InMemoryCursorStore();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Boolean> pollTicks = new LinkedBlockingQueue<>();
    private final List<Duration> polls = new CopyOnWriteArrayList<>();
    private final FakeXApi server = new FakeXApi();
    private XSearchSource source;

    private XSearchSource start() {
        XSearchSource.Config config = new XSearchSource.Config(server.restBaseUrl(), "test-bearer-token", "test-consumer-key", "test-consumer-secret", null, null,
                Duration.ofSeconds(15), 5);
        source = new XSearchSource(config, channel, new KeywordFilter(List.of("hippo", "hippo chips", "#hungryforhippo")), cursors,
                Backoff.Policy.documented(), waits::add, d -> {
                    polls.add(d);
                    pollTicks.take();
                });
        source.start();
        return source;
    }

    /** Lets the source run its next poll and waits until it has finished it. */
    private void nextPoll() {
        int before = polls.size();
        pollTicks.add(true);
        await().atMost(Duration.ofMinutes(1)).until(() -> polls.size() > before);
    }

    private void awaitFirstPoll() {
        await().atMost(Duration.ofMinutes(1)).until(() -> !polls.isEmpty());
    }

    @AfterEach
    void stop() {
        if (source != null) {
            source.stop();
        }
        server.close();
    }

    @Test
    void shouldBuildOneQueryOfTheKeywordsWithoutRetweets() {
        assertThat(XSearchSource.queries(List.of("hippo", "hippo chips", "#hungryforhippo")))
                .containsExactly("hippo OR \"hippo chips\" OR #hungryforhippo -filter:retweets");
        List<String> many = XSearchSource.queries(java.util.stream.IntStream.range(0, 100).mapToObj(i -> "keyword" + i).toList());
        assertThat(many).hasSizeGreaterThan(1).allSatisfy(q -> assertThat(q.length()).isLessThanOrEqualTo(500));
    }

    @Test
    void shouldTurnSearchResultsIntoMentionsThroughTwitter4J() {
        server.post(1001, FakeXApi.tweet(1001, AT, "can't find Hippo at Sharma General Store, Kothrud :(", true));
        start();
        awaitFirstPoll();

        assertThat(sink.mentions()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("x-1001");
            assertThat(m.source()).isEqualTo(Source.X);
            assertThat(m.createdAt()).isEqualTo(AT);
            assertThat(m.text()).isEqualTo("can't find Hippo at Sharma General Store, Kothrud :(");
            assertThat(m.author().id()).isEqualTo("2244994945");
            assertThat(m.author().handle()).isEqualTo("priya_k");
            assertThat(m.author().location()).isEqualTo("Pune, India");
            assertThat(m.author().followers()).isEqualTo(212);
            assertThat(m.lang()).isEqualTo("en");
            assertThat(m.geo()).isEqualTo(new GeoPoint(18.5074, 73.8077));
        });
        FakeXApi.Request request = server.requests().get(0);
        assertThat(request.param("q")).isEqualTo("hippo OR \"hippo chips\" OR #hungryforhippo -filter:retweets");
        assertThat(request.param("result_type")).isEqualTo("recent");
        assertThat(request.authorization()).isEqualTo("Bearer test-bearer-token");
        assertThat(polls).containsExactly(Duration.ofSeconds(15));
    }

    @Test
    void shouldPollFromTheLastSeenIdPagingBackWithoutGapOrDuplicate() {
        server.post(1000, FakeXApi.tweet(1000, AT, "hippo 1000", false));
        start();
        awaitFirstPoll();
        for (long id = 1001; id <= 1150; id++) {
            server.post(id, FakeXApi.tweet(id, AT, "hippo " + id, false));
        }

        nextPoll();

        assertThat(sink.ids()).hasSize(151).doesNotHaveDuplicates().startsWith("x-1000", "x-1001").endsWith("x-1150");
        List<FakeXApi.Request> second = server.requests().subList(1, server.requests().size());
        assertThat(second).allSatisfy(r -> assertThat(r.param("since_id")).isEqualTo("1000"));
        assertThat(second.get(1).param("max_id")).isEqualTo("1050");
    }

    @Test
    void shouldResumeAfterARestartFromTheStoredSinceId() {
        server.post(1000, FakeXApi.tweet(1000, AT, "hippo 1000", false));
        start();
        awaitFirstPoll();
        source.stop();
        server.post(1001, FakeXApi.tweet(1001, AT, "hippo 1001", false));
        polls.clear();

        start();
        awaitFirstPoll();

        assertThat(sink.ids()).containsExactly("x-1000", "x-1001");
        assertThat(server.requests().get(server.requests().size() - 1).param("since_id")).isEqualTo("1000");
    }

    @Test
    void shouldWaitUntilTheRateLimitResetAfterA429() {
        long reset = clock.instant().plusSeconds(600).getEpochSecond();
        server.refuseNext(429, Map.of("x-rate-limit-limit", "180", "x-rate-limit-remaining", "0", "x-rate-limit-reset", Long.toString(reset)),
                "{\"errors\":[{\"message\":\"Rate limit exceeded\",\"code\":88}]}");
        server.post(1000, FakeXApi.tweet(1000, AT, "hippo", false));
        start();
        awaitFirstPoll();

        assertThat(waits).containsExactly(Duration.ofSeconds(601));
        assertThat(sink.ids()).containsExactly("x-1000");
    }

    @Test
    void shouldBackOffExponentiallyThroughARunOfServerErrors() {
        for (int status : new int[] {503, 500, 503}) {
            server.refuseNext(status, Map.of(), "{\"errors\":[{\"message\":\"Over capacity\",\"code\":130}]}");
        }
        server.post(1000, FakeXApi.tweet(1000, AT, "hippo", false));
        start();
        awaitFirstPoll();

        assertThat(waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20));
        assertThat(sink.ids()).containsExactly("x-1000");
        assertThat(Channels.count(registry, SourceMetrics.RECONNECTS, "x")).isEqualTo(3);
    }

    @Test
    void shouldDeadLetterAMalformedResponseAndRetry() {
        server.refuseNext(200, Map.of(), "{\"statuses\":[{\"created_at\":");
        server.post(1000, FakeXApi.tweet(1000, AT, "hippo", false));
        start();
        awaitFirstPoll();

        assertThat(sink.deadLetters()).singleElement().satisfies(d -> assertThat(d.reason()).startsWith("malformed search response"));
        assertThat(sink.ids()).containsExactly("x-1000");
        assertThat(Channels.count(registry, SourceMetrics.DEAD_LETTERED, "x")).isEqualTo(1);
    }
}
