package org.restockradar.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Source;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.restockradar.ingest.cursor.Checkpoint;
import org.restockradar.ingest.cursor.InMemoryCursorStore;
import org.restockradar.ingest.metrics.SourceMetrics;
import org.restockradar.ingest.testing.FlakySink;
import org.restockradar.ingest.testing.Channels;
import org.restockradar.ingest.testing.MutableClock;
import org.restockradar.ingest.testing.RecordingSink;

final class CheckpointerTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-10-02T09:00:00Z"));
    private final RecordingSink sink = new RecordingSink();
    private final SourceChannel channel = Channels.channel("bluesky", sink, clock);
    private final InMemoryCursorStore store = new InMemoryCursorStore();

    private void handOn(String id) {
        channel.offer(new Mention(id, Source.BLUESKY, clock.instant(), new Author("a", "a", null, null, null), "t", null, null, false));
    }

    @Test
    void shouldSaveOnlyAfterFlushingTheSinkOnceTheIntervalHasPassed() {
        Checkpointer checkpointer = new Checkpointer("bluesky", store, channel, Duration.ofSeconds(5), 1_000);
        handOn("bluesky-1");
        checkpointer.advance("100");
        assertThat(store.load("bluesky")).isEmpty();
        assertThat(sink.flushes()).isZero();

        clock.advance(Duration.ofSeconds(5));
        handOn("bluesky-2");
        checkpointer.advance("200");

        assertThat(sink.flushes()).isEqualTo(1);
        assertThat(store.load("bluesky")).hasValueSatisfying(c -> {
            assertThat(c.cursor()).isEqualTo("200");
            assertThat(c.recentIds()).containsExactly("bluesky-1", "bluesky-2");
        });
    }

    @Test
    void shouldSaveAfterEveryNItems() {
        Checkpointer checkpointer = new Checkpointer("bluesky", store, channel, Duration.ofHours(1), 2);
        checkpointer.advance("1");
        checkpointer.advance("2");

        assertThat(store.load("bluesky")).map(Checkpoint::cursor).hasValue("2");
    }

    @Test
    void shouldResumeFromTheSavedCursorAndRememberItsIds() {
        store.save("bluesky", new Checkpoint("500", List.of("bluesky-9"), clock.instant()));
        Checkpointer checkpointer = new Checkpointer("bluesky", store, channel, Duration.ofSeconds(5), 1_000);

        assertThat(checkpointer.resume()).map(Checkpoint::cursor).hasValue("500");
        assertThat(checkpointer.position()).isEqualTo("500");

        handOn("bluesky-9");
        assertThat(sink.mentions()).isEmpty();
    }

    @Test
    void shouldMoveBackToTheSavedCursorAndForgetTheUnacknowledgedIdsWhenTheFlushFails() {
        FlakySink failing = new FlakySink();
        SourceChannel channel = new SourceChannel(failing, new SourceMetrics(new SimpleMeterRegistry(), "bluesky", clock), new RecentIds(100), clock);
        Checkpointer checkpointer = new Checkpointer("bluesky", store, channel, Duration.ofHours(1), 1_000);
        channel.offer(mention("bluesky-1"));
        checkpointer.advance("100");
        checkpointer.checkpoint();
        channel.offer(mention("bluesky-2"));
        checkpointer.advance("200");

        failing.failFlush(true);
        assertThat(checkpointer.checkpointOrRewind()).isFalse();

        assertThat(checkpointer.position()).isEqualTo("100");
        assertThat(store.load("bluesky")).map(Checkpoint::cursor).hasValue("100");
        failing.failFlush(false);
        assertThat(channel.offer(mention("bluesky-2"))).as("read again after the failed flush").isTrue();
        assertThat(channel.offer(mention("bluesky-1"))).as("acknowledged before").isFalse();
    }

    private Mention mention(String id) {
        return new Mention(id, Source.BLUESKY, clock.instant(), new Author("a", "a", null, null, null), "t", null, null, false);
    }

    @Test
    void shouldNotSaveWhenNothingMoved() {
        Checkpointer checkpointer = new Checkpointer("bluesky", store, channel, Duration.ofSeconds(5), 1_000);
        checkpointer.checkpoint();

        assertThat(store.load("bluesky")).isEmpty();
        assertThat(sink.flushes()).isZero();
    }

    @Test
    void shouldRoundTripThroughJsonAndRefuseABlankCursor() {
        Checkpoint checkpoint = new Checkpoint("1725911162329308", List.of("bluesky-a", "bluesky-b"), clock.instant());

        assertThat(Checkpoint.fromJson(checkpoint.toJson())).isEqualTo(checkpoint);
        assertThat(checkpoint.toJson()).contains("\"recent_ids\"");
        assertThatThrownBy(() -> new Checkpoint(" ", List.of(), clock.instant())).hasMessageContaining("cursor");
        assertThatThrownBy(() -> Checkpoint.fromJson("{nope")).hasMessageContaining("cannot decode checkpoint");
    }
}
