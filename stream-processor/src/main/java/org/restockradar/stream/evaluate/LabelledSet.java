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
import org.restockradar.contracts.Outlet;
import org.restockradar.contracts.OutletsCsv;
import org.restockradar.stream.understanding.Catalog;

/**
 * A labelled set as {@code shared/eval/FORMAT.md} describes it: a folder with {@code catalog.json},
 * {@code outlets.csv}, {@code mentions.jsonl} and {@code labels.jsonl}.
 */
public record LabelledSet(Catalog catalog, List<Outlet> outlets, List<Mention> mentions, Map<String, Label> labels) {

    public LabelledSet {
        outlets = List.copyOf(outlets);
        mentions = List.copyOf(mentions);
        labels = Map.copyOf(labels);
    }

    /** Reads the four files of a folder. */
    public static LabelledSet read(Path dir) {
        Catalog catalog = Catalog.load(dir.resolve("catalog.json"));
        List<Outlet> outlets = OutletsCsv.read(dir.resolve("outlets.csv"));
        List<Mention> mentions = jsonLines(dir.resolve("mentions.jsonl"), Mention.class);
        Map<String, Label> labels = new LinkedHashMap<>();
        for (Label label : jsonLines(dir.resolve("labels.jsonl"), Label.class)) {
            labels.put(label.id(), label);
        }
        return new LabelledSet(catalog, outlets, mentions, labels);
    }

    static <T> List<T> jsonLines(Path file, Class<T> type) {
        ObjectMapper mapper = Json.mapper();
        List<T> out = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty()) {
                    continue;
                }
                try {
                    out.add(mapper.readValue(line, type));
                } catch (IOException | IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
        return out;
    }
}
