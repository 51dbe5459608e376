package org.restockradar.stream;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.restockradar.contracts.KafkaSettings;
import org.restockradar.contracts.Setting;
import org.restockradar.contracts.SettingsDeclaration;
import org.restockradar.contracts.monitoring.ManagementServer;
import org.restockradar.stream.understanding.ReviewThreshold;

/**
 * Every setting the stream processor reads, declared once. It owns the namespaces {@code streams.}, {@code catalog.},
 * {@code understanding.} and {@code gazetteer.}: an undeclared key there stops the start. docs/configuration.md is generated from
 * {@link #SETTINGS}.
 */
public final class StreamProcessorSettings {
    public static final Setting<Path> CATALOG_FILE = Setting.path("catalog.file", null,
            "the brands and products to track, `catalog.json` (required)");
    public static final Setting<String> APPLICATION_ID = Setting.text("streams.application-id", "restock-radar-stream-processor",
            "Kafka Streams application id: instances with the same id share the work");
    public static final Setting<Path> STATE_DIR = Setting.path("streams.state-dir", "data/streams", "where the state stores are kept");
    public static final Setting<Integer> THREADS = Setting.integer("streams.threads", "1", "stream threads of this instance")
            .check(Setting.atLeast(1), "at least 1");
    public static final Setting<Duration> DEDUP_RETENTION = Setting.duration("streams.dedup-retention", "7d",
            "how long a mention id is remembered to drop its duplicates").check(Setting.positive(), "a positive duration");
    public static final Setting<Double> REVIEW_BELOW = Setting.decimal("understanding.review-below", Double.toString(ReviewThreshold.DEFAULT_BELOW),
            "a stock-out report with an outlet whose confidence is below it goes to needs-location for ops review")
            .check(Setting.between(0, 1), "between 0 and 1");

    public static final Setting<Path> GAZETTEER_DIR = Setting.path("gazetteer.dir", null,
            "a folder of your own gazetteer files (`places*.tsv`, `city-aliases*.tsv`, `pincodes*.tsv`), read after the bundled ones:"
                    + " more countries, towns and postal codes (docs/understanding.md)")
            .check(Files::isDirectory, "an existing folder");

    public static final SettingsDeclaration SETTINGS = ManagementServer.declareOn(KafkaSettings.declareOn(
                    SettingsDeclaration.builder("stream-processor", "streams.", "catalog.", "understanding.", "gazetteer.")))
            .define(CATALOG_FILE, APPLICATION_ID, STATE_DIR, THREADS, DEDUP_RETENTION, REVIEW_BELOW, GAZETTEER_DIR)
            .build();

    private StreamProcessorSettings() {
    }
}
