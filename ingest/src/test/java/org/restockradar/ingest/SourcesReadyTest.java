package org.restockradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.monitoring.Check;
import org.restockradar.ingest.source.Health;
import org.restockradar.ingest.source.SourceAdapter;

final class SourcesReadyTest {
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void shouldBeReadyWhenEverySourceIsConnectedOrBackingOff() {
        Check.Result result = IngestService.sourcesReady(List.of(source("bluesky", Health.State.UP), source("x", Health.State.RECONNECTING)));

        assertThat(result.up()).isTrue();
    }

    @Test
    void shouldNotBeReadyWhileASourceIsStartingOrStopped() {
        Check.Result starting = IngestService.sourcesReady(List.of(source("bluesky", Health.State.UP), source("mastodon", Health.State.STARTING)));
        Check.Result stopped = IngestService.sourcesReady(List.of(source("sms", Health.State.STOPPED)));

        assertThat(starting.up()).isFalse();
        assertThat(starting.detail()).contains("mastodon STARTING");
        assertThat(stopped.up()).isFalse();
    }

    private static SourceAdapter source(String name, Health.State state) {
        return new SourceAdapter() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void start() {
            }

            @Override
            public void stop() {
            }

            @Override
            public Health health() {
                return new Health(state, "", NOW);
            }
        };
    }
}
