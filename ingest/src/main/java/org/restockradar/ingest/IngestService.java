package org.restockradar.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.restockradar.contracts.KafkaSettings;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.TypedSettings;
import org.restockradar.ingest.cursor.KafkaCursorStore;
import org.restockradar.ingest.publish.KafkaMentionSink;
import org.restockradar.ingest.source.SourceAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the ingest sources switched on in the settings ({@code sources.<name>.enabled=true}; declared in
 * {@link IngestSettings}, see {@code docs/sources.md}): one Kafka sink for their mentions and dead letters, one Kafka-backed cursor store.
 * Writes {@code mentions}, {@code dead-letters} and {@code ingest-cursors}.
 */
public final class IngestService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

    private final KafkaMentionSink sink;
    private final KafkaCursorStore cursors;
    private final List<SourceAdapter> adapters;
    private final List<SourceAdapter> started = new ArrayList<>();

    private IngestService(KafkaMentionSink sink, KafkaCursorStore cursors, List<SourceAdapter> adapters) {
        this.sink = sink;
        this.cursors = cursors;
        this.adapters = adapters;
    }

    /** True when the settings switch on at least one source. */
    public static boolean anyEnabled(Settings settings) {
        TypedSettings typed = IngestSettings.SETTINGS.read(settings);
        return IngestSettings.SWITCHES.stream().anyMatch(typed::get);
    }

    /**
     * Starts the sources switched on.
     *
     * @param settings laid over the defaults of {@link IngestSettings} and checked against them
     */
    public static IngestService start(Settings settings, Clock clock, MeterRegistry meters) {
        TypedSettings typed = IngestSettings.SETTINGS.read(settings);
        Map<String, String> kafka = typed.passedThrough(KafkaSettings.PREFIX);
        KafkaMentionSink sink = new KafkaMentionSink(kafka, clock);
        KafkaCursorStore cursors = null;
        IngestService service = null;
        try {
            cursors = KafkaCursorStore.open(Map.copyOf(kafka), Duration.ofSeconds(30), clock);
            service = new IngestService(sink, cursors, Sources.build(typed, sink, cursors, meters, clock));
            for (SourceAdapter adapter : service.adapters) {
                adapter.start();
                service.started.add(adapter);
                LOG.info("Ingest source {} started", adapter.name());
            }
            return service;
        } catch (RuntimeException e) {
            if (service != null) {
                service.close();
            } else {
                if (cursors != null) {
                    cursors.close();
                }
                sink.close();
            }
            throw e;
        }
    }

    public List<SourceAdapter> sources() {
        return List.copyOf(adapters);
    }

    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            SourceAdapter adapter = started.get(i);
            try {
                adapter.stop();
            } catch (RuntimeException e) {
                LOG.error("Cannot stop ingest source {}", adapter.name(), e);
            }
        }
        try {
            cursors.close();
        } finally {
            sink.close();
        }
    }
}
