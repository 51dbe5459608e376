package org.restockradar.stream.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

final class StreamsStateWatchTest {
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AtomicReference<KafkaStreams.State> state = new AtomicReference<>(KafkaStreams.State.CREATED);
    private final StreamsStateWatch watch = new StreamsStateWatch(meters, state::get);

    @Test
    void shouldCompleteErroredWhenKafkaStreamsReachesError() {
        watch.onChange(KafkaStreams.State.REBALANCING, KafkaStreams.State.CREATED);
        watch.onChange(KafkaStreams.State.RUNNING, KafkaStreams.State.REBALANCING);
        assertThat(watch.errored()).isNotDone();

        watch.onChange(KafkaStreams.State.PENDING_ERROR, KafkaStreams.State.RUNNING);
        watch.onChange(KafkaStreams.State.ERROR, KafkaStreams.State.PENDING_ERROR);

        assertThat(watch.errored()).isCompletedWithValue(KafkaStreams.State.ERROR);
    }

    @Test
    void shouldShowTheCurrentStateAsOneAndEveryOtherAsZero() {
        state.set(KafkaStreams.State.RUNNING);

        assertThat(meters.get(StreamsStateWatch.STATE).tag("state", "RUNNING").gauge().value()).isEqualTo(1);
        assertThat(meters.get(StreamsStateWatch.STATE).tag("state", "ERROR").gauge().value()).isZero();
        assertThat(meters.get(StreamsStateWatch.STATE).gauges()).hasSize(KafkaStreams.State.values().length);
    }
}
