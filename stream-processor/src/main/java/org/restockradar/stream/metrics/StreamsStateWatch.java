package org.restockradar.stream.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the state of Kafka Streams: logs each change, shows it as {@value #STATE}{@code {state}} (1 for the
 * current state, 0 for every other), and completes {@link #errored()} when Kafka Streams reaches {@code ERROR},
 * from which it never recovers by itself (the process should then exit so that an orchestrator restarts it).
 */
public final class StreamsStateWatch implements KafkaStreams.StateListener {
    private static final Logger LOG = LoggerFactory.getLogger(StreamsStateWatch.class);

    public static final String STATE = "stream.state";

    private final CompletableFuture<KafkaStreams.State> errored = new CompletableFuture<>();

    /** @param state the current state, read by the gauges at each scrape */
    public StreamsStateWatch(MeterRegistry registry, Supplier<KafkaStreams.State> state) {
        for (KafkaStreams.State each : KafkaStreams.State.values()) {
            Gauge.builder(STATE, () -> state.get() == each ? 1 : 0)
                    .description("1 for the current state of Kafka Streams, 0 for the others")
                    .tag("state", each.name()).register(registry);
        }
    }

    @Override
    public void onChange(KafkaStreams.State now, KafkaStreams.State before) {
        if (now == KafkaStreams.State.ERROR) {
            LOG.error("Stream processor {} -> {}: Kafka Streams has stopped for good", before, now);
            errored.complete(now);
        } else {
            LOG.info("Stream processor {} -> {}", before, now);
        }
    }

    /** Completed when Kafka Streams reaches {@code ERROR}. */
    public CompletableFuture<KafkaStreams.State> errored() {
        return errored;
    }
}
