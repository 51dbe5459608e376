package org.restockradar.stream.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.restockradar.contracts.Json;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.OutletsCsv;
import org.restockradar.stream.understanding.Catalog;
import org.restockradar.stream.understanding.IntentReader;
import org.restockradar.stream.understanding.OutletDirectory;
import org.restockradar.stream.understanding.Understanding;
import org.restockradar.stream.understanding.UnderstandingStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One labelled mention as the report model sees it: the stage's reading of it up to its intent (null when an earlier
 * rule settled it: a repost, no tracked brand, the brand's own post), the rules' intent, whether the whole stage
 * reported it and with an outlet, and the truth.
 *
 * @param set the labelled set's folder name
 * @param lang the mention's language as labelled ("hi", "ta-Latn"...), or null
 */
public record TrainingExample(String set, String id, String lang, boolean truth, UnderstandingStage.Reading reading,
                              IntentReader.Intent intent, boolean ruleReport, boolean ruleOutlet) {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingExample.class);

    /** Whether the model has something to read: the intent rules ran. */
    public boolean readable() {
        return reading != null && reading.decided() == null;
    }

    /**
     * The examples of a labelled-set folder (catalog.json, outlets.csv, mentions.jsonl, labels.jsonl), in mention
     * order; a malformed line of mentions or labels, or a mention without a label, is skipped with a warning.
     */
    public static List<TrainingExample> read(Path dir) {
        Catalog catalog = Catalog.load(dir.resolve("catalog.json"));
        OutletDirectory directory = new OutletDirectory();
        OutletsCsv.read(dir.resolve("outlets.csv")).forEach(directory::put);
        UnderstandingStage stage = new UnderstandingStage(catalog, directory);
        Map<String, Label> labels = new LinkedHashMap<>();
        for (Label l : lenientLines(dir.resolve("labels.jsonl"), Label.class)) {
            labels.put(l.id(), l);
        }
        String set = dir.toAbsolutePath().normalize().getFileName().toString();
        List<TrainingExample> out = new ArrayList<>();
        for (Mention m : lenientLines(dir.resolve("mentions.jsonl"), Mention.class)) {
            Label label = labels.get(m.id());
            if (label == null) {
                LOG.warn("{}: mention {} has no label, skipped", dir, m.id());
                continue;
            }
            UnderstandingStage.Reading reading = stage.reading(m);
            IntentReader.Intent intent = reading.decided() == null ? stage.intentOf(reading) : null;
            Understanding u = stage.understand(m);
            out.add(new TrainingExample(set, m.id(), m.lang(), label.stockout(), reading, intent, u.stockout(), u.stockout() && u.outlet() != null));
        }
        LOG.info("{}: {} labelled mentions, {} read by the intent rules", dir, out.size(),
                out.stream().filter(TrainingExample::readable).count());
        return out;
    }

    private static <T> List<T> lenientLines(Path file, Class<T> type) {
        ObjectMapper mapper = Json.mapper();
        List<T> out = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                out.add(mapper.readValue(line, type));
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("{} line {}: malformed, skipped: {}", file, i + 1, e.getMessage());
            }
        }
        return out;
    }
}
