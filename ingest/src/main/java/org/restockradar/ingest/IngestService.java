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
import org.restockradar.contracts.monitoring.Check;
import org.restockradar.contracts.monitoring.Monitoring;
import org.restockradar.contracts.monitoring.Readiness;
import org.restockradar.ingest.cursor.KafkaCursorStore;
import org.restockradar.ingest.publish.KafkaMentionSink;
import org.restockradar.ingest.source.Health;
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

    public static final String SOURCES_CHECK = "ingest-sources";

    private final KafkaMentionSink sink;
    private final KafkaCursorStore cursors;
    private final List<SourceAdapter> adapters;
    private final List<SourceAdapter> started = new ArrayList<>();
    private Checks checks;

    /** The readiness checks this service added, removed again when it stops. */
    private record Checks(Readiness readiness, AutoCloseable kafka) implements AutoCloseable {
        @Override
        public void close() {
            readiness.remove(SOURCES_CHECK);
            try {
                kafka.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot leave the process's Kafka check", e);
            }
        }
    }

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
        KafkaMentionSink sink = new KafkaMentionSink(kafka, clock, meters);
        KafkaCursorStore cursors = null;
        IngestService service = null;
        try {
            cursors = KafkaCursorStore.open(Map.copyOf(kafka), Duration.ofSeconds(30), clock, meters);
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

    /**
     * Starts the sources switched on, with their meters in the process's registry and two readiness checks:
     * the process's Kafka check ({@link Monitoring#watchKafka}) and {@value #SOURCES_CHECK} (every source connected, or backing off
     * before it reconnects; not while one is still starting or has stopped).
     */
    public static IngestService start(Settings settings, Clock clock, Monitoring monitoring) {
        IngestService service = start(settings, clock, monitoring.registry());
        try {
            // One Kafka check per process, shared with the services beside it (the launcher's dispatch and stream processor).
            AutoCloseable kafka = monitoring.watchKafka(IngestSettings.SETTINGS.read(settings).passedThrough(KafkaSettings.PREFIX));
            service.checks = new Checks(monitoring.readiness(), kafka);
            monitoring.readiness().add(SOURCES_CHECK, () -> sourcesReady(service.adapters));
            return service;
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
    }

    /** Ready when every source is up or reconnecting (backing off), as docs/sources.md describes their health. */
    static Check.Result sourcesReady(List<SourceAdapter> adapters) {
        List<String> waiting = new ArrayList<>();
        for (SourceAdapter adapter : adapters) {
            Health health = adapter.health();
            if (health.state() != Health.State.UP && health.state() != Health.State.RECONNECTING) {
                waiting.add(adapter.name() + " " + health.state() + (health.detail().isEmpty() ? "" : " (" + health.detail() + ")"));
            }
        }
        return waiting.isEmpty()
                ? Check.Result.up(adapters.size() + " sources connected or backing off")
                : Check.Result.down(String.join("; ", waiting));
    }

    public List<SourceAdapter> sources() {
        return List.copyOf(adapters);
    }

    @Override
    public void close() {
        if (checks != null) {
            checks.close();
        }
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
