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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A labelled set (docs/understanding.md): a folder with {@code catalog.json}, {@code outlets.csv},
 * {@code mentions.jsonl} and {@code labels.jsonl}. A mention or label line that cannot be read is skipped with a
 * warning and kept in {@link #skipped()}; a missing file or an unreadable catalog or outlet list fails the read.
 */
public record LabelledSet(Catalog catalog, List<Outlet> outlets, List<Mention> mentions, Map<String, Label> labels,
                          List<Skipped> skipped) {
    private static final Logger LOG = LoggerFactory.getLogger(LabelledSet.class);

    /** A line left out of the set: the file, its line number (from 1) and what was wrong. */
    public record Skipped(Path file, int line, String problem) {
        @Override
        public String toString() {
            return file.getFileName() + " line " + line + ": " + problem;
        }
    }

    public LabelledSet {
        outlets = List.copyOf(outlets);
        mentions = List.copyOf(mentions);
        labels = Map.copyOf(labels);
        skipped = List.copyOf(skipped);
    }

    public LabelledSet(Catalog catalog, List<Outlet> outlets, List<Mention> mentions, Map<String, Label> labels) {
        this(catalog, outlets, mentions, labels, List.of());
    }

    /** Reads the four files of a folder. */
    public static LabelledSet read(Path dir) {
        Catalog catalog = Catalog.load(dir.resolve("catalog.json"));
        List<Outlet> outlets = OutletsCsv.read(dir.resolve("outlets.csv"));
        List<Skipped> skipped = new ArrayList<>();
        List<Mention> mentions = jsonLines(dir.resolve("mentions.jsonl"), Mention.class, skipped);
        Map<String, Label> labels = new LinkedHashMap<>();
        for (Label label : jsonLines(dir.resolve("labels.jsonl"), Label.class, skipped)) {
            labels.put(label.id(), label);
        }
        return new LabelledSet(catalog, outlets, mentions, labels, skipped);
    }

    /**
     * The values of a JSON-lines file. Lines are cut at '\n' only (a stray carriage return or line separator inside a
     * line stays in it), blank lines are ignored, and a line that is not a valid value is added to {@code skipped}.
     */
    static <T> List<T> jsonLines(Path file, Class<T> type, List<Skipped> skipped) {
        ObjectMapper mapper = Json.mapper();
        List<T> out = new ArrayList<>();
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                out.add(mapper.readValue(line, type));
            } catch (IOException | IllegalArgumentException e) {
                Skipped skip = new Skipped(file, i + 1, firstLine(e.getMessage()));
                LOG.warn("skipping {} line {} of {}: {}", type.getSimpleName(), skip.line(), file.toAbsolutePath(), skip.problem());
                skipped.add(skip);
            }
        }
        return out;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
