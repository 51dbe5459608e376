package org.restockradar.stream;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.restockradar.contracts.KafkaSettings;
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.TypedSettings;
import org.restockradar.contracts.TopicSetup;
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

    private final KafkaStreams streams;

    private StreamProcessor(KafkaStreams streams) {
        this.streams = streams;
    }

    /**
     * Starts the topology.
     *
     * @param settings laid over the defaults of {@link StreamProcessorSettings} and checked against them
     */
    public static StreamProcessor start(Settings settings, Clock clock) {
        TypedSettings typed = StreamProcessorSettings.SETTINGS.read(settings);
        Catalog catalog = Catalog.load(typed.get(StreamProcessorSettings.CATALOG_FILE));
        OutletDirectory outlets = new OutletDirectory();
        Gazetteer gazetteer = typed.find(StreamProcessorSettings.GAZETTEER_DIR).map(Gazetteer::withFilesIn).orElseGet(Gazetteer::fromClassPath);
        var topology = RestockTopology.build(new UnderstandingStage(catalog, outlets, gazetteer), outlets, clock,
                typed.get(StreamProcessorSettings.DEDUP_RETENTION), new ReviewThreshold(typed.get(StreamProcessorSettings.REVIEW_BELOW)));
        TopicSetup.ensureTopics(Map.copyOf(typed.passedThrough(KafkaSettings.PREFIX)));
        KafkaStreams streams = new KafkaStreams(topology, streamsConfig(typed));
        streams.setUncaughtExceptionHandler(exception -> {
            LOG.error("Stream thread died; replacing it", exception);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> LOG.info("Stream processor {} -> {}", before, now));
        LOG.info("Starting the stream processor: {} brands tracked, reports below confidence {} go to review; topology:\n{}",
                catalog.brands().size(), typed.get(StreamProcessorSettings.REVIEW_BELOW), topology.describe());
        streams.start();
        return new StreamProcessor(streams);
    }

    static Properties streamsConfig(TypedSettings settings) {
        Properties props = new Properties();
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

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}
