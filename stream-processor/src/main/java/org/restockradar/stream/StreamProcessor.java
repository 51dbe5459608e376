package org.restockradar.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.restockradar.contracts.KafkaSettings;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.TypedSettings;
import org.restockradar.contracts.TopicSetup;
import org.restockradar.contracts.monitoring.Check;
import org.restockradar.contracts.monitoring.KafkaMeters;
import org.restockradar.contracts.monitoring.Monitoring;
import org.restockradar.stream.metrics.StreamMeters;
import org.restockradar.stream.metrics.StreamsStateWatch;
import org.restockradar.stream.metrics.TimedUnderstanding;
import org.restockradar.stream.topology.RestockTopology;
import org.restockradar.stream.understanding.Catalog;
import org.restockradar.stream.understanding.Gazetteer;
import org.restockradar.stream.understanding.OutletDirectory;
import org.restockradar.stream.understanding.ReviewThreshold;
import org.restockradar.stream.understanding.UnderstandingStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link RestockTopology} with exactly-once (v2) processing. Reads {@code mentions} and {@code outlets};
 * writes {@code stockout-reports}, {@code stockout-reports.needs-location} and {@code dead-letters}.
 *
 * <p>Settings: declared in {@link StreamProcessorSettings} (docs/configuration.md).
 */
public final class StreamProcessor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamProcessor.class);

    /** The readiness check this service adds beside the process's Kafka check ({@link Monitoring#watchKafka}): every stream thread runs. */
    public static final String THREADS_CHECK = "stream-processor-threads";

    /**
     * How often a transaction commits (Kafka Streams' {@code commit.interval.ms}; its exactly-once default is 100 ms).
     * Each commit is a transaction on the broker (offsets, markers on every partition written) and a flush of the
     * producer; 200 ms halves them for about 50 ms more mention -> job latency on average, 100 ms at worst, which the
     * targets leave room for (p99 156 and 325 ms at 1,000 and 5,000 mentions/s, targets 500 ms and 1 s; docs/benchmarks.md,
     * session 15).
     */
    static final int COMMIT_INTERVAL_MS = 200;

    /**
     * The producer's batch per partition ({@code batch.size}; Kafka's default 16 KiB): a commit's reports to one
     * partition, about 1 kB each, fill several 16 KiB batches at 5,000 mentions/s; larger batches are fewer produce
     * requests for the producer's thread and the broker (docs/benchmarks.md, session 15).
     */
    static final int PRODUCER_BATCH_BYTES = 64 * 1024;

    /**
     * The producer's compression ({@code compression.type}; Kafka's default none), for the reports, the dead letters and
     * the {@code seen-mentions} changelog alike: lz4, as ingest's producer, costs the stream thread little and spares
     * the broker the bytes of about 1 kB of JSON per report, which it writes, checks and serves to dispatch
     * (docs/benchmarks.md, session 16).
     */
    static final String PRODUCER_COMPRESSION = "lz4";

    private final KafkaStreams streams;
    private final StreamsStateWatch watch;
    private final Monitoring monitoring;
    private final List<AutoCloseable> resources;
    private final AtomicBoolean closed = new AtomicBoolean();

    private StreamProcessor(KafkaStreams streams, StreamsStateWatch watch, Monitoring monitoring, List<AutoCloseable> resources) {
        this.streams = streams;
        this.watch = watch;
        this.monitoring = monitoring;
        this.resources = resources;
    }

    /** Starts the topology with meters and readiness of its own (tests; a process passes its {@link Monitoring}). */
    public static StreamProcessor start(Settings settings, Clock clock) {
        return start(settings, clock, Monitoring.create());
    }

    /**
     * Starts the topology. Its meters (Kafka Streams' own, mentions, reports, dead letters, understanding time, state)
     * go to the process's registry; its readiness checks (the process's Kafka check, {@value #THREADS_CHECK}) to its readiness.
     *
     * @param settings laid over the defaults of {@link StreamProcessorSettings} and checked against them
     */
    public static StreamProcessor start(Settings settings, Clock clock, Monitoring monitoring) {
        TypedSettings typed = StreamProcessorSettings.SETTINGS.read(settings);
        Catalog catalog = Catalog.load(typed.get(StreamProcessorSettings.CATALOG_FILE));
        OutletDirectory outlets = new OutletDirectory();
        Gazetteer gazetteer = typed.find(StreamProcessorSettings.GAZETTEER_DIR).map(Gazetteer::withFilesIn).orElseGet(Gazetteer::fromClassPath);
        MeterRegistry registry = monitoring.registry();
        var topology = RestockTopology.build(new TimedUnderstanding(new UnderstandingStage(catalog, outlets, gazetteer), registry), outlets, clock,
                typed.get(StreamProcessorSettings.DEDUP_RETENTION), new ReviewThreshold(typed.get(StreamProcessorSettings.REVIEW_BELOW)),
                new StreamMeters(registry));
        Map<String, String> kafka = typed.passedThrough(KafkaSettings.PREFIX);
        TopicSetup.ensureTopics(Map.copyOf(kafka), KafkaSettings.topicPartitions(typed));
        String applicationId = typed.get(StreamProcessorSettings.APPLICATION_ID);
        KafkaStreams streams = new KafkaStreams(topology, streamsConfig(typed));
        streams.setUncaughtExceptionHandler(exception -> {
            LOG.error("Stream thread died; replacing it", exception);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        StreamsStateWatch watch = new StreamsStateWatch(registry, streams::state);
        streams.setStateListener(watch);
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            // Kafka Streams' own meters (its consumers' lag among them), tagged with the group: the application id.
            KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams, Tags.of(KafkaMeters.GROUP, applicationId));
            streamsMetrics.bindTo(registry);
            resources.add(streamsMetrics);
            // One Kafka check per process, shared with the services beside it (the launcher's dispatch).
            resources.add(monitoring.watchKafka(kafka));
            monitoring.readiness().add(THREADS_CHECK, () -> threadsRunning(streams));
            LOG.info("Starting the stream processor: {} brands tracked, reports below confidence {} go to review",
                    catalog.brands().size(), typed.get(StreamProcessorSettings.REVIEW_BELOW));
            LOG.debug("Topology:\n{}", topology.describe());
            streams.start();
        } catch (RuntimeException e) {
            // A start that fails leaves nothing behind in a process that lives on (the launcher): checks, meters, clients.
            monitoring.readiness().remove(THREADS_CHECK);
            for (AutoCloseable resource : resources) {
                try {
                    resource.close();
                } catch (Exception closing) {
                    e.addSuppressed(closing);
                }
            }
            streams.close();
            throw e;
        }
        return new StreamProcessor(streams, watch, monitoring, resources);
    }

    private static Check.Result threadsRunning(KafkaStreams streams) {
        KafkaStreams.State state = streams.state();
        if (state != KafkaStreams.State.RUNNING) {
            return Check.Result.down("Kafka Streams is " + state);
        }
        long threads = streams.metadataForLocalThreads().size();
        long running = streams.metadataForLocalThreads().stream().filter(thread -> "RUNNING".equals(thread.threadState())).count();
        return running == threads && threads > 0
                ? Check.Result.up(running + " stream threads running")
                : Check.Result.down(running + " of " + threads + " stream threads running");
    }

    static Properties streamsConfig(TypedSettings settings) {
        Properties props = new Properties();
        // This service's defaults for Kafka Streams and its producer, each replaced by a kafka.* setting of the same name.
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, COMMIT_INTERVAL_MS);
        // A task of this topology reads one partition of one topic (RestockTopologyTest holds it), so there is nothing
        // to wait for before processing in time order; idling off also spares the String.format that Kafka Streams
        // runs for each look at an empty partition (2 % of the stream thread in session 15's profile).
        props.put(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, StreamsConfig.MAX_TASK_IDLE_MS_DISABLED);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, PRODUCER_BATCH_BYTES);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, PRODUCER_COMPRESSION);
        props.putAll(settings.passedThrough(KafkaSettings.PREFIX));
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.get(StreamProcessorSettings.APPLICATION_ID));
        props.put(StreamsConfig.STATE_DIR_CONFIG, settings.get(StreamProcessorSettings.STATE_DIR).toString());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.get(StreamProcessorSettings.THREADS));
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // Poison input never kills a thread: mentions are decoded inside the topology (to the dead-letter topic);
        // these handlers are the safety net for anything else.
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        return props;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public boolean isRunning() {
        return streams.state() == KafkaStreams.State.RUNNING;
    }

    /** Completed when Kafka Streams reaches {@code ERROR}, from which it does not come back: the process should exit. */
    public CompletableFuture<KafkaStreams.State> errored() {
        return watch.errored();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        monitoring.readiness().remove(THREADS_CHECK);
        streams.close(Duration.ofSeconds(30));
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("Cannot close {} of the stream processor", resource.getClass().getSimpleName(), e);
            }
        }
    }
}
