package org.restockradar.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.Author;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.Source;
import org.restockradar.ingest.metrics.SourceMetrics;
import org.restockradar.ingest.testing.Channels;
import org.restockradar.ingest.testing.MutableClock;
import org.restockradar.ingest.testing.RecordingSink;

final class SourceChannelTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-10-02T09:00:30Z"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RecordingSink sink = new RecordingSink();
    private final SourceChannel channel = Channels.channel("bluesky", sink, registry, clock);

    static Mention mention(String id, Instant at) {
        return new Mention(id, Source.BLUESKY, at, new Author("did:plc:1", "did:plc:1", null, null, null), "no hippo", null, null, false);
    }

    @Test
    void shouldHandOnAPostSeenTwiceOnlyOnce() {
        Instant at = Instant.parse("2026-10-02T09:00:00Z");

        assertThat(channel.offer(mention("bluesky-1", at))).isTrue();
        assertThat(channel.offer(mention("bluesky-1", at))).isFalse();
        assertThat(channel.offer(mention("bluesky-2", at))).isTrue();

        assertThat(sink.ids()).containsExactly("bluesky-1", "bluesky-2");
        assertThat(Channels.count(registry, SourceMetrics.PRODUCED, "bluesky")).isEqualTo(2);
        assertThat(Channels.count(registry, SourceMetrics.DUPLICATES, "bluesky")).isEqualTo(1);
    }

    @Test
    void shouldRecordTheTimeBehindTheSource() {
        channel.offer(mention("bluesky-1", Instant.parse("2026-10-02T09:00:00Z")));

        assertThat(registry.find(SourceMetrics.LAG).tag("source", "bluesky").timeGauge().value(TimeUnit.SECONDS)).isEqualTo(30.0);
        assertThat(channel.metrics().lag()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void shouldKeepAnUnreadablePayloadWithItsReasonAndCountIt() {
        channel.deadLetter("bluesky:jetstream", "{oops".getBytes(StandardCharsets.UTF_8), "malformed JSON");

        assertThat(sink.deadLetters()).singleElement().satisfies(d -> {
            assertThat(d.origin()).isEqualTo("bluesky:jetstream");
            assertThat(d.text()).isEqualTo("{oops");
            assertThat(d.reason()).isEqualTo("malformed JSON");
        });
        assertThat(Channels.count(registry, SourceMetrics.DEAD_LETTERED, "bluesky")).isEqualTo(1);
    }

    @Test
    void shouldDeadLetterAMentionCarryingNulCharactersInsteadOfHandingItOn() {
        Instant at = Instant.parse("2026-10-02T09:00:00Z");
        Mention withNul = new Mention("bluesky-1", Source.BLUESKY, at, new Author("did:plc:1", "did:plc:1", "Pri\u0000ya", null, null),
                "no hippo", null, null, false);

        assertThat(channel.offer(withNul)).isFalse();
        assertThat(channel.offer(mention("bluesky-2", at))).isTrue();

        assertThat(sink.ids()).containsExactly("bluesky-2");
        assertThat(sink.deadLetters()).singleElement().satisfies(d -> {
            assertThat(d.origin()).isEqualTo("bluesky");
            assertThat(d.reason()).contains("author.display_name").contains("U+0000");
            assertThat(d.text()).contains("\"id\":\"bluesky-1\"");
        });
        assertThat(Channels.count(registry, SourceMetrics.DEAD_LETTERED, "bluesky")).isEqualTo(1);
    }
}
