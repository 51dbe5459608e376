package org.restockradar.stream.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.restockradar.contracts.Json;
import org.restockradar.contracts.Mention;
import org.restockradar.stream.understanding.Calibration;
import org.restockradar.stream.understanding.Gazetteer;
import org.restockradar.stream.understanding.OutletDirectory;
import org.restockradar.stream.understanding.ReportModel;
import org.restockradar.stream.understanding.ReviewThreshold;
import org.restockradar.stream.understanding.Understanding;
import org.restockradar.stream.understanding.UnderstandingStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate --set DIR [--set DIR...] [--predictions FILE] [--explain [--only errors]] [--calibration FILE]
 * [--fit-calibration OUT]}: runs the understanding stage that the topology runs over labelled sets (no Kafka) and
 * prints, per set, the scores, the breakdown by category and language, the contrast-set figures, the review
 * threshold trade-off and the reliability of the confidence; writes one prediction per mention in
 * {@code labels.jsonl} form. {@code --fit-calibration} fits {@link Calibration} to the sets' stock-out reports and
 * writes it. Brand ops use it as the backtest of a catalog change.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score the understanding stage on labelled sets (catalog.json, outlets.csv, mentions.jsonl, labels.jsonl).")
public final class EvaluateCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(EvaluateCommand.class);
    /** Words in a set's path that mark a held-out test set: never fitted on. */
    static final List<String> HELD_OUT = List.of("frozen", "contrast");

    /** Which mentions {@code --explain} shows. */
    enum Only { all, errors }

    @Spec
    CommandSpec spec;

    @Option(names = "--set", required = true, paramLabel = "DIR", description = "folder of a labelled set; repeat for several")
    List<Path> sets;

    @Option(names = "--predictions", paramLabel = "FILE", description = "where to write one prediction per mention (JSON lines; with several sets, of all of them)")
    Path predictions;

    @Option(names = "--explain", description = "print per mention the label, the prediction and why")
    boolean explain;

    @Option(names = "--only", paramLabel = "WHICH", defaultValue = "all", description = "with --explain: all or errors (default ${DEFAULT-VALUE})")
    Only only;

    @Option(names = "--calibration", paramLabel = "FILE", description = "calibration bins to use instead of those on the class path")
    Path calibrationFile;

    @Option(names = "--review-below", paramLabel = "P", description = "the stream processor's understanding.review-below: "
            + "a report with an outlet and a confidence below it goes to ops, not to a crew, so its prediction names no outlet "
            + "(default ${DEFAULT-VALUE})")
    double reviewBelow = ReviewThreshold.DEFAULT_BELOW;

    @Option(names = "--rules-only", description = "read with the intent rules alone, without the report model's doubts")
    boolean rulesOnly;

    @Option(names = "--fit-calibration", paramLabel = "OUT", description = "fit the calibration on the sets' reports and write it to OUT")
    Path fitTo;

    /** Runs the stage over a set and returns the predictions in mention order (label form). */
    public static List<Label> predict(LabelledSet labelled) {
        List<Label> out = new ArrayList<>(labelled.mentions().size());
        for (Prediction p : predictAll(labelled, Calibration.fromClassPath(), ReportModel.fromClassPath(),
                new ReviewThreshold(ReviewThreshold.DEFAULT_BELOW))) {
            out.add(p.label());
        }
        return out;
    }

    /**
     * Runs the stage over a set, with the raw confidence kept and the calibration applied, in mention order.
     *
     * @param model  the report model that may doubt the rules' reports, or null for the rules alone
     * @param review a report that would go to ops review names no outlet: no crew is sent to one
     */
    public static List<Prediction> predictAll(LabelledSet labelled, Calibration calibration, ReportModel model,
                                              ReviewThreshold review) {
        OutletDirectory directory = new OutletDirectory();
        labelled.outlets().forEach(directory::put);
        UnderstandingStage stage = new UnderstandingStage(labelled.catalog(), directory, Gazetteer.fromClassPath(), Calibration.IDENTITY, model);
        List<Prediction> out = new ArrayList<>(labelled.mentions().size());
        for (Mention m : labelled.mentions()) {
            Understanding raw = stage.understand(m);
            Understanding u = calibration.apply(raw);
            Label label = u.stockout()
                    ? new Label(m.id(), true, u.sku(), u.outlet() == null || review.needsReview(u) ? null : u.outlet().outletId(),
                    u.city(), u.locality())
                    : new Label(m.id(), false, null, null, null, null);
            out.add(new Prediction(m, label, u, raw.confidence()));
        }
        return out;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Calibration calibration;
        try {
            calibration = calibrationFile == null ? Calibration.fromClassPath() : readCalibration(calibrationFile);
        } catch (IOException | RuntimeException e) {
            LOG.error("cannot read the calibration {}", calibrationFile, e);
            err.println("cannot read the calibration " + calibrationFile + ": " + e.getMessage());
            return 2;
        }
        if (fitTo != null) {
            for (Path s : sets) {
                if (isHeldOut(s)) {
                    err.println("refusing to fit the calibration on " + s + ": sets named " + HELD_OUT + " are held out");
                    return 2;
                }
            }
        }
        List<LabelledSet> read = new ArrayList<>(sets.size());
        for (Path s : sets) {
            try {
                read.add(LabelledSet.read(s));
            } catch (RuntimeException e) {
                LOG.error("cannot read the labelled set {}", s.toAbsolutePath(), e);
                err.println("cannot read the labelled set " + s + ": " + e.getMessage());
                return 2;
            }
        }
        ReportModel model = rulesOnly ? null : ReportModel.fromClassPath();
        List<Prediction> all = new ArrayList<>();
        List<Calibration.Observation> observations = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            LabelledSet labelled = read.get(i);
            for (LabelledSet.Skipped skip : labelled.skipped()) {
                err.println("warning: skipped " + skip.file() + " line " + skip.line() + ": " + skip.problem());
            }
            List<Prediction> predicted = predictAll(labelled, calibration, rulesOnly ? null : model, new ReviewThreshold(reviewBelow));
            all.addAll(predicted);
            if (read.size() > 1) {
                out.println("== set " + sets.get(i));
            }
            out.println(report(labelled, predicted, calibration));
            if (explain) {
                out.println();
                out.println(explanations(labelled.labels(), predicted, only));
            }
            for (Prediction p : predicted) {
                Label truth = labelled.labels().get(p.label().id());
                if (truth != null && p.label().stockout()) {
                    observations.add(new Calibration.Observation(p.rawConfidence(), Prediction.reportRight(truth, p.label())));
                }
            }
        }
        if (predictions != null) {
            ObjectMapper mapper = Json.mapper();
            try (BufferedWriter w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
                for (Prediction p : all) {
                    w.write(mapper.writeValueAsString(p.label()));
                    w.newLine();
                }
            }
        }
        if (fitTo != null) {
            Calibration fitted = Calibration.fit(observations);
            List<String> comments = new ArrayList<>();
            comments.add("Calibration of the understanding stage's stock-out confidence, written by evaluate --fit-calibration");
            comments.add("from " + observations.size() + " stock-out reports of the sets:");
            sets.forEach(s -> comments.add("  " + s.getFileName()));
            try (Writer w = Files.newBufferedWriter(fitTo, StandardCharsets.UTF_8)) {
                fitted.write(w, comments);
            }
            out.println();
            out.println("calibration fitted on " + observations.size() + " reports, written to " + fitTo);
            fitted.bins().forEach(b -> out.println(String.format(Locale.ROOT, "  raw <= %.3f -> %.3f  (%d/%d right)",
                    b.rawUpTo(), b.calibrated(), b.right(), b.reports())));
        }
        out.flush();
        err.flush();
        return 0;
    }

    private static Calibration readCalibration(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Calibration.read(r);
        }
    }

    static boolean isHeldOut(Path set) {
        for (Path part : set.toAbsolutePath().normalize()) {
            String name = part.toString().toLowerCase(Locale.ROOT);
            for (String word : HELD_OUT) {
                if (name.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Everything printed for one set but the explanations. */
    static String report(LabelledSet labelled, List<Prediction> predicted, Calibration calibration) {
        String nl = System.lineSeparator();
        List<Label> labels = new ArrayList<>(predicted.size());
        predicted.forEach(p -> labels.add(p.label()));
        Map<String, Label> truth = labelled.labels();
        StringBuilder out = new StringBuilder(Scores.of(truth, labels).report());
        if (!labelled.skipped().isEmpty()) {
            out.append(nl).append(String.format(Locale.ROOT, "skipped lines       %d", labelled.skipped().size()));
            labelled.skipped().forEach(s -> out.append(nl).append("  ").append(s));
        }
        Breakdown.FIELDS.forEach((name, field) -> {
            Map<String, Scores> groups = Breakdown.by(field, truth, labels);
            if (!groups.isEmpty()) {
                out.append(nl).append(nl).append(Breakdown.table(name, groups));
            }
        });
        if (truth.values().stream().anyMatch(l -> l.base() != null && !l.base().isBlank())) {
            out.append(nl).append(nl).append(ContrastScores.of(truth, labels, Prediction::decisionRight).report("stock-out decision"));
            out.append(nl).append(ContrastScores.of(truth, labels, Prediction::allRight).report("decision, outlet, city and sku"));
        }
        out.append(nl).append(nl).append("review threshold (reports with an outlet and a confidence below it go to ops)");
        out.append(nl).append(Tradeoff.thresholdTable(Tradeoff.thresholds(truth, predicted)));
        out.append(nl).append(nl).append("reliability of the stock-out confidence (")
                .append(calibration.isIdentity() ? "uncalibrated" : "calibrated").append(')');
        out.append(nl).append(Tradeoff.reliabilityTable(Tradeoff.reliability(truth, predicted)));
        return out.toString();
    }

    static String explanations(Map<String, Label> truth, List<Prediction> predicted, Only only) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (Prediction p : predicted) {
            Label t = truth.get(p.label().id());
            boolean wrong = t == null || !Explanation.wrongFields(t, p.label()).isEmpty();
            if (only == Only.errors && !wrong) {
                continue;
            }
            if (shown++ > 0) {
                out.append(System.lineSeparator()).append(System.lineSeparator());
            }
            out.append(Explanation.of(p, t));
        }
        return shown == 0 ? "(nothing to explain)" : out.toString();
    }
}
