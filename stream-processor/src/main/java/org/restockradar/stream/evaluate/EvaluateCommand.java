package org.restockradar.stream.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.restockradar.contracts.Json;
import org.restockradar.contracts.Mention;
import org.restockradar.stream.understanding.OutletDirectory;
import org.restockradar.stream.understanding.Understanding;
import org.restockradar.stream.understanding.UnderstandingStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate --set DIR [--predictions FILE]}: runs the understanding stage that the topology runs over a
 * labelled set (no Kafka), prints the scores of {@code shared/eval/FORMAT.md}, and writes one prediction per
 * mention in {@code labels.jsonl} form. Brand ops use it as the backtest of a catalog change.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score the understanding stage on a labelled set (catalog.json, outlets.csv, mentions.jsonl, labels.jsonl).")
public final class EvaluateCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(EvaluateCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--set", required = true, paramLabel = "DIR", description = "folder of the labelled set")
    Path set;

    @Option(names = "--predictions", paramLabel = "FILE", description = "where to write one prediction per mention (JSON lines)")
    Path predictions;

    /** Runs the stage over a set and returns the predictions in mention order. */
    public static List<Label> predict(LabelledSet labelled) {
        OutletDirectory directory = new OutletDirectory();
        labelled.outlets().forEach(directory::put);
        UnderstandingStage stage = new UnderstandingStage(labelled.catalog(), directory);
        List<Label> out = new ArrayList<>(labelled.mentions().size());
        for (Mention m : labelled.mentions()) {
            Understanding u = stage.understand(m);
            out.add(u.stockout()
                    ? new Label(m.id(), true, u.sku(), u.outlet() == null ? null : u.outlet().outletId(), u.city(), u.locality())
                    : new Label(m.id(), false, null, null, null, null));
        }
        return out;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        LabelledSet labelled;
        try {
            labelled = LabelledSet.read(set);
        } catch (RuntimeException e) {
            LOG.error("cannot read the labelled set {}", set.toAbsolutePath(), e);
            spec.commandLine().getErr().println("cannot read the labelled set " + set + ": " + e.getMessage());
            return 2;
        }
        List<Label> predicted = predict(labelled);
        if (predictions != null) {
            ObjectMapper mapper = Json.mapper();
            try (BufferedWriter w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
                for (Label p : predicted) {
                    w.write(mapper.writeValueAsString(p));
                    w.newLine();
                }
            }
        }
        out.println(Scores.of(labelled.labels(), predicted).report());
        out.flush();
        return 0;
    }
}
