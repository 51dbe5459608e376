package org.restockradar.ingest.source.mastodon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.restockradar.fixtures.FakeMastodon;
import org.restockradar.ingest.cursor.InMemoryCursorStore;
import org.restockradar.ingest.metrics.SourceMetrics;
import org.restockradar.ingest.source.Backoff;
import org.restockradar.ingest.source.SourceChannel;
import org.restockradar.ingest.source.Sleeper;
import org.restockradar.ingest.testing.Channels;
import org.restockradar.ingest.testing.RecordingSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fault scenario F5 in its short form (docs/reliability.md): while posts keep coming, the Mastodon server answers
 * every request with 429 for 20 s (windows of 5 s instead of Mastodon's 5 minutes), then accepts each stream and
 * drops it at once for 8 s, then serves again. The real adapter, real time and the documented back-off: every post
 * must be handed on exactly once (resumed from the cursor through the timeline), and the requests must follow the
 * back-off (one per rate-limit window, growing waits between dropped streams), not a storm.
 */
@Tag("integration")
final class RateLimitedSourceIT {
    private static final Logger LOG = LoggerFactory.getLogger(RateLimitedSourceIT.class);
    private static final Duration RATE_LIMITED = Duration.ofSeconds(20);
    private static final Duration WINDOW = Duration.ofSeconds(5);
    private static final Duration DROPPING = Duration.ofSeconds(8);
    private static final Duration POST_EVERY = Duration.ofMillis(100);
    private static final long FIRST_ID = 111_000_000_000_000_000L;

    private final FakeMastodon server = new FakeMastodon();
    private final RecordingSink sink = new RecordingSink();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<String> posted = new CopyOnWriteArrayList<>();
    private final AtomicLong nextId = new AtomicLong(FIRST_ID);
    private final ScheduledExecutorService poster = Executors.newSingleThreadScheduledExecutor();
    private MastodonSource source;

    @AfterEach
    void stop() {
        poster.shutdownNow();
        if (source != null) {
            source.stop();
        }
        server.close();
    }

    private void postOne() {
        String id = Long.toString(nextId.getAndIncrement());
        posted.add("mastodon-" + id);
        server.publish(FakeMastodon.status(id, Instant.now().toString(), "no #hungryforhippo at Sharma General Store " + id));
    }

    /** A phase of the fault lasts this long: here time is what is tested, not something waited for. */
    private static void lasts(Duration phase) throws InterruptedException {
        Thread.sleep(phase.toMillis());
    }

    @Test
    void shouldResumeFromItsCursorWithoutGapOrDuplicateAndWithoutAReconnectStorm() throws Exception {
        Clock clock = Clock.systemUTC();
        SourceChannel channel = Channels.channel("mastodon", sink, registry, clock);
        MastodonSource.Config config = new MastodonSource.Config(server.baseUrl(), "test-token", List.of("hashtag:hungryforhippo"),
                Duration.ofSeconds(2), Duration.ofSeconds(30), 64 * 1024, Duration.ofSeconds(1), 10);
        source = new MastodonSource(config, channel, null, new InMemoryCursorStore(), Backoff.Policy.documented(), Sleeper.SYSTEM);
        source.start();
        server.awaitConnection();
        poster.scheduleAtFixedRate(this::postOne, 0, POST_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        await().atMost(Duration.ofMinutes(1)).until(() -> sink.ids().size() >= 10);

        Instant limitedFrom = Instant.now();
        server.rateLimitFor(RATE_LIMITED, WINDOW);
        lasts(RATE_LIMITED);
        Instant droppingFrom = Instant.now();
        server.dropConnectionsFor(DROPPING);
        lasts(DROPPING);
        Instant servingFrom = Instant.now();
        lasts(Duration.ofSeconds(3));
        poster.shutdown();
        assertThat(poster.awaitTermination(5, TimeUnit.SECONDS)).isTrue();

        // Every post, once: what came while refused is read back from the cursor through the timeline.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(sink.ids()).containsAll(posted));
        assertThat(sink.ids()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(posted);

        List<FakeMastodon.Request> requests = server.requests();
        long whileLimited = requests.stream().filter(r -> r.rateLimited()).count();
        long streamsWhileDropping = requests.stream()
                .filter(r -> r.streaming() && !r.at().isBefore(droppingFrom) && r.at().isBefore(servingFrom)).count();
        double duplicates = Channels.count(registry, SourceMetrics.DUPLICATES, "mastodon");
        LOG.info("F5 short form: {} posts, {} mentions handed on, {} overlapping copies dropped; {} requests refused with 429 in {} s"
                        + " (windows of {} s); {} streams opened while dropped for {} s; {} reconnects in all",
                posted.size(), sink.ids().size(), (long) duplicates, whileLimited, Duration.between(limitedFrom, droppingFrom).toSeconds(),
                WINDOW.toSeconds(), streamsWhileDropping, DROPPING.toSeconds(), (long) Channels.count(registry, SourceMetrics.RECONNECTS, "mastodon"));
        // One request per rate-limit window (each waits for the announced reset), plus the one that met the limit.
        assertThat(whileLimited).isBetween(1L, RATE_LIMITED.dividedBy(WINDOW) + 2);
        // Dropped streams wait 250 ms more each time (0.25 + 0.5 + ... + 2 s = 9 s > 8 s): at most 8 in 8 s, not 32.
        assertThat(streamsWhileDropping).isBetween(2L, 9L);
    }
}
