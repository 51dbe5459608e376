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
import org.restockradar.contracts.Settings;
import org.restockradar.contracts.TopicSetup;
import org.restockradar.stream.topology.RestockTopology;
import org.restockradar.stream.understanding.Catalog;
import org.restockradar.stream.understanding.OutletDirectory;
import org.restockradar.stream.understanding.ReviewThreshold;
import org.restockradar.stream.understanding.UnderstandingStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link RestockTopology} with exactly-once (v2) processing. Reads {@code mentions} and {@code outlets};
 * writes {@code stockout-reports}, {@code stockout-reports.needs-location} and {@code dead-letters}.
 *
 * <p>Settings: {@code kafka.*} (client properties, at least {@code kafka.bootstrap.servers}), {@code catalog.file},
 * {@code streams.application-id}, {@code streams.state-dir}, {@code streams.threads}, {@code streams.dedup-retention},
 * {@code understanding.review-below} (a stock-out report with an outlet whose confidence is below it goes to ops on
 * the needs-location topic instead of to a crew; within [0, 1], 0 sends every located report to a crew).
 */
public final class StreamProcessor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamProcessor.class);

    /** The setting of the review threshold ({@link ReviewThreshold}). */
    public static final String REVIEW_BELOW = "understanding.review-below";

    public static final Map<String, String> DEFAULTS = Map.of(
            "kafka.bootstrap.servers", "localhost:9092",
            "streams.application-id", "restock-radar-stream-processor",
            "streams.state-dir", "data/streams",
            "streams.threads", "1",
            "streams.dedup-retention", "7d",
            REVIEW_BELOW, Double.toString(ReviewThreshold.DEFAULT_BELOW));

    private final KafkaStreams streams;

    private StreamProcessor(KafkaStreams streams) {
        this.streams = streams;
    }

    public static StreamProcessor start(Settings settings, Clock clock) {
        Catalog catalog = Catalog.load(settings.getPath("catalog.file"));
        OutletDirectory outlets = new OutletDirectory();
        var topology = RestockTopology.build(new UnderstandingStage(catalog, outlets), outlets, clock,
                settings.getDuration("streams.dedup-retention"), reviewThreshold(settings));
        TopicSetup.ensureTopics(Map.copyOf(settings.subset("kafka.")));
        KafkaStreams streams = new KafkaStreams(topology, streamsConfig(settings));
        streams.setUncaughtExceptionHandler(exception -> {
            LOG.error("Stream thread died; replacing it", exception);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> LOG.info("Stream processor {} -> {}", before, now));
        LOG.info("Starting the stream processor: {} brands tracked, reports below confidence {} go to review; topology:\n{}",
                catalog.brands().size(), settings.get(REVIEW_BELOW, "?"), topology.describe());
        streams.start();
        return new StreamProcessor(streams);
    }

    /** {@value #REVIEW_BELOW}: a number within [0, 1], the default when unset. */
    static ReviewThreshold reviewThreshold(Settings settings) {
        String raw = settings.get(REVIEW_BELOW, Double.toString(ReviewThreshold.DEFAULT_BELOW)).strip();
        double below;
        try {
            below = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("configuration '" + REVIEW_BELOW + "' must be a number within [0, 1]: '" + raw + "'", e);
        }
        if (!(below >= 0 && below <= 1)) {
            throw new IllegalArgumentException("configuration '" + REVIEW_BELOW + "' must be a number within [0, 1]: '" + raw + "'");
        }
        return new ReviewThreshold(below);
    }

    static Properties streamsConfig(Settings settings) {
        Properties props = new Properties();
        props.putAll(settings.subset("kafka."));
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.get("streams.application-id"));
        props.put(StreamsConfig.STATE_DIR_CONFIG, settings.get("streams.state-dir"));
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.getInt("streams.threads"));
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
