package org.restockradar.stream.evaluate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.restockradar.stream.understanding.Calibration;
import org.restockradar.stream.understanding.ReportFeatures;
import org.restockradar.stream.understanding.ReportModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train-model --set DIR... [--train-only DIR...] --out FILE [--cost C] [--cross-validate] [--measure DIR]}:
 * trains the report model ({@link ReportModel}) on labelled-set folders and writes its weights file; with
 * {@code --cross-validate} it first prints the leave-one-set-out comparison of the rules, the model and their
 * combinations over the {@code --set} folders ({@code --train-only} folders are always in the training data and never
 * held out); {@code --measure DIR} scores the same ways on a set the model was not trained on, once.
 */
@Command(name = "train-model", mixinStandardHelpOptions = true,
        description = "Train the report model on labelled sets and write its weights; optionally cross-validate it against the rules.")
public final class TrainModelCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(TrainModelCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--set", paramLabel = "DIR", description = "a labelled set to train on (and to hold out in cross-validation)")
    List<Path> sets = new ArrayList<>();

    @Option(names = "--train-only", paramLabel = "DIR", description = "a labelled set always trained on, never held out")
    List<Path> trainOnly = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "where to write the weights (default: ${DEFAULT-VALUE})")
    Path out = Path.of("report-model.tsv");

    @Option(names = "--cost", paramLabel = "C", description = "LIBLINEAR's C (default: ${DEFAULT-VALUE})")
    double cost = ReportModelTrainer.DEFAULT_COST;

    @Option(names = "--buckets", paramLabel = "N", description = "hash buckets, a power of two (default: ${DEFAULT-VALUE})")
    int buckets = ReportFeatures.DEFAULT.buckets();

    @Option(names = "--grams", arity = "2", paramLabel = "N", description = "shortest and longest character n-gram (default: 2 5)")
    int[] grams = {ReportFeatures.DEFAULT.minGram(), ReportFeatures.DEFAULT.maxGram()};

    @Option(names = "--words-only", description = "leave the rules' decision, reason and cue kinds out of the features")
    boolean wordsOnly;

    @Option(names = "--relational", description = "add the relational features (how the catalog matched, where the cues stand against the brand and the absence; session 12, not in the shipped model)")
    boolean relational = ReportFeatures.DEFAULT.relational();

    @Option(names = "--cross-validate", description = "print the leave-one-set-out comparison first")
    boolean crossValidate;

    @Option(names = "--folds", paramLabel = "K", description = "with --cross-validate: also K-fold and leave-one-language-out cross-validation within each --train-only set (0: neither; default: ${DEFAULT-VALUE})")
    int folds = 5;

    @Option(names = "--measure", paramLabel = "DIR", description = "score the trained model and the rules on this set (never trained on)")
    List<Path> measure = new ArrayList<>();

    @Option(names = "--fit-calibration", paramLabel = "OUT", description = "fit the stage's calibration out of fold and write it to OUT: "
            + "each --set read by a model trained without it, each --calibrate-on set by the trained model")
    Path calibrationOut;

    @Option(names = "--calibrate-on", paramLabel = "DIR", description = "with --fit-calibration: a labelled set not trained on whose reports "
            + "the calibration is also fitted on; a folder of sets stands for each of them but the held-out ones")
    List<Path> calibrateOn = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        if (sets.isEmpty() && trainOnly.isEmpty()) {
            spec.commandLine().getErr().println("give at least one --set or --train-only folder");
            return 2;
        }
        Map<String, List<TrainingExample>> held = new LinkedHashMap<>();
        Map<String, List<TrainingExample>> always = new LinkedHashMap<>();
        try {
            for (Path dir : sets) {
                held.put(name(dir), TrainingExample.read(dir));
            }
            for (Path dir : trainOnly) {
                always.put(name(dir), TrainingExample.read(dir));
            }
        } catch (RuntimeException e) {
            LOG.error("cannot read the training sets {} {}", sets, trainOnly, e);
            spec.commandLine().getErr().println("cannot read the training sets: " + e.getMessage());
            return 2;
        }
        List<Path> calibrationSets;
        try {
            calibrationSets = calibrationOut == null ? List.of() : LabelledFolders.expand(calibrateOn, sets, trainOnly);
            measure = LabelledFolders.expand(measure, sets, trainOnly);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        List<TrainingExample> alwaysTrain = new ArrayList<>();
        always.values().forEach(alwaysTrain::addAll);
        ReportModelTrainer trainer = new ReportModelTrainer(new ReportFeatures(buckets, grams[0], grams[1], !wordsOnly, relational), cost);
        Map<String, ReportModel> leftOut = crossValidate && held.size() > 1 || calibrationOut != null
                ? ModelComparison.leaveOneSetOutModels(held, alwaysTrain, trainer) : Map.of();

        if (crossValidate) {
            if (held.size() > 1) {
                console.println("Leave-one-set-out cross-validation (C=" + cost + "): each column is a set held out; "
                        + "FR = false reports / non-reports");
                console.println(ModelComparison.table(ModelComparison.leaveOneSetOut(held, leftOut)));
            }
            if (folds > 1) {
                for (Map.Entry<String, List<TrainingExample>> e : always.entrySet()) {
                    List<TrainingExample> others = new ArrayList<>();
                    held.values().forEach(others::addAll);
                    always.forEach((name, examples) -> {
                        if (!name.equals(e.getKey())) {
                            others.addAll(examples);
                        }
                    });
                    console.println(folds + "-fold cross-validation within " + e.getKey() + " (trained on the other folds and every other set):");
                    console.println(ModelComparison.table(Map.of(e.getKey(), ModelComparison.kFold(e.getValue(), folds, others, trainer))));
                    console.println("Leave-one-language-out within " + e.getKey() + " (trained on its other languages and every other set):");
                    console.println(ModelComparison.table(Map.of(e.getKey(), ModelComparison.leaveOneLanguageOut(e.getValue(), others, trainer))));
                }
            }
        }

        List<TrainingExample> all = new ArrayList<>(alwaysTrain);
        held.values().forEach(all::addAll);
        ReportModel model = trainer.train(all);
        for (Path dir : measure) {
            List<TrainingExample> examples = TrainingExample.read(dir);
            console.println("Measured on " + name(dir) + " (not trained on):");
            console.println(ModelComparison.table(Map.of(name(dir), ModelComparison.score(examples, model))));
        }
        if (calibrationOut != null) {
            fitCalibration(console, held, leftOut, calibrationSets, model);
        }
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        List<String> names = new ArrayList<>(held.keySet());
        names.addAll(always.keySet());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            model.write(w, String.format(Locale.ROOT, "Restock Radar report model: L2 logistic regression (LIBLINEAR -s 0, C=%s) "
                    + "trained by train-model on %d labelled mentions of %s", cost, all.size(), String.join(", ", names)));
        }
        console.println("wrote " + out);
        console.flush();
        return 0;
    }

    /**
     * Fits the calibration on reports the model was not trained on, prints the rescue role and the reliability of the
     * confidence on each set left out of the fit, and writes the calibration.
     */
    private void fitCalibration(PrintWriter console, Map<String, List<TrainingExample>> held, Map<String, ReportModel> leftOut,
                                List<Path> others, ReportModel model) throws IOException {
        console.println("Rescue to ops review, leave-one-set-out (each set read by a model trained without it):");
        console.println(ModelComparison.rescueTable(held, leftOut));
        Map<String, List<Calibration.Observation>> observed = new LinkedHashMap<>();
        for (Path dir : sets) {
            observed.put(name(dir), OutOfFoldCalibration.observe(LabelledSet.read(dir), leftOut.get(name(dir))));
        }
        Map<String, List<TrainingExample>> measured = new LinkedHashMap<>();
        Map<String, ReportModel> trained = new LinkedHashMap<>();
        for (Path dir : others) {
            observed.put(name(dir), OutOfFoldCalibration.observe(LabelledSet.read(dir), model));
            measured.put(name(dir), TrainingExample.read(dir));
            trained.put(name(dir), model);
        }
        if (!measured.isEmpty()) {
            console.println("Rescue to ops review on the --calibrate-on sets (read by the trained model, never trained on them):");
            console.println(ModelComparison.rescueTable(measured, trained));
        }
        console.println("Reliability of the stock-out confidence on each set left out of the fit (before: the calibration on the class path):");
        OutOfFoldCalibration.leaveOneSetOut(observed, Calibration.fromClassPath())
                .forEach((set, bins) -> console.println(OutOfFoldCalibration.table(set, bins[0], bins[1]) + System.lineSeparator()));
        Calibration fitted = OutOfFoldCalibration.fit(observed);
        int reports = observed.values().stream().mapToInt(List::size).sum();
        List<String> comments = new ArrayList<>();
        comments.add("Calibration of the understanding stage's stock-out confidence, written by train-model --fit-calibration");
        int fittedOn = fitted.bins().stream().mapToInt(Calibration.Bin::reports).sum();
        comments.add("from " + reports + " stock-out reports read by a report model not trained on them (" + (reports - fittedOn)
                + " of them holds for review at raw <= " + Calibration.HELD_UP_TO + ", not fitted), of the sets:");
        observed.keySet().forEach(s -> comments.add("  " + s));
        if (calibrationOut.toAbsolutePath().getParent() != null) {
            Files.createDirectories(calibrationOut.toAbsolutePath().getParent());
        }
        try (Writer w = Files.newBufferedWriter(calibrationOut, StandardCharsets.UTF_8)) {
            fitted.write(w, comments);
        }
        console.println("calibration fitted on " + reports + " reports, written to " + calibrationOut);
        fitted.bins().forEach(b -> console.println(String.format(Locale.ROOT, "  raw <= %.3f -> %.3f  (%d/%d right)",
                b.rawUpTo(), b.calibrated(), b.right(), b.reports())));
    }

    private static String name(Path dir) {
        return dir.toAbsolutePath().normalize().getFileName().toString();
    }
}
