package org.restockradar.stream.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.restockradar.stream.understanding.IntentReader;
import org.restockradar.stream.understanding.ReportModel;

/**
 * Compares ways to decide a report: the rules alone, the report model alone, and the two combined (the model vetoes
 * a report of the rules when {@code p < t}, rescues a non-report when {@code p > t}, or the two confidences are
 * averaged), on stock-out precision, recall, F1 and false reports. A mention the intent rules never read (a repost, no
 * tracked brand, the brand's own post) is a non-report for every way.
 */
public final class ModelComparison {

    /** What a way does with a mention: nothing, a report held for ops review, or a report for dispatch. */
    public enum Outcome { NONE, REVIEW, REPORT }

    /** One way to decide. */
    public record Way(String name, Decider decider) {
    }

    /** Decides from an example and the model's probability (NaN when the intent rules did not read it). */
    @FunctionalInterface
    public interface Decider {
        Outcome decide(TrainingExample example, double probability);
    }

    /**
     * Exact counts of a way over some examples. A report held for review counts as a stock-out in precision and
     * recall; {@code falseToQueue} are false reports not held for review, {@code reportsHeld} true reports held for
     * review; false dispatches count false reports not held that the rules located at an outlet.
     */
    public record Counts(int truePositives, int falsePositives, int falseNegatives, int negatives, int falseDispatches,
                         int falseToQueue, int reportsHeld) {
        Counts plus(Counts o) {
            return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives, negatives + o.negatives, falseDispatches + o.falseDispatches,
                    falseToQueue + o.falseToQueue, reportsHeld + o.reportsHeld);
        }

        double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        double f1() {
            return ratio(2L * truePositives, 2L * truePositives + falsePositives + falseNegatives);
        }

        private static double ratio(long a, long b) {
            return b == 0 ? Double.NaN : (double) a / b;
        }
    }

    private static Outcome report(boolean report) {
        return report ? Outcome.REPORT : Outcome.NONE;
    }

    /** The ways compared. */
    public static List<Way> ways() {
        List<Way> ways = new ArrayList<>();
        ways.add(new Way("rules", (e, p) -> report(e.ruleReport())));
        ways.add(new Way("model p>0.5", (e, p) -> report(e.readable() && p > 0.5)));
        for (double t : new double[] {0.1, 0.2, 0.3, 0.5}) {
            ways.add(new Way("veto p<" + t, (e, p) -> report(e.ruleReport() && !(p < t))));
        }
        for (double t : new double[] {0.7, 0.8, 0.9}) {
            ways.add(new Way("rescue p>" + t, (e, p) -> report(e.ruleReport() || e.readable() && p > t)));
        }
        ways.add(new Way("veto p<0.2 + rescue p>0.9", (e, p) -> report(e.ruleReport() ? !(p < 0.2) : e.readable() && p > 0.9)));
        ways.add(new Way("blend (rules conf + p)/2>0.5", (e, p) -> {
            if (!e.readable()) {
                return Outcome.NONE;
            }
            double rule = e.intent().stockout() ? e.intent().confidence() : 1 - e.intent().confidence();
            return report((rule + p) / 2 > 0.5);
        }));
        for (double t : new double[] {0.05, 0.1, 0.2, 0.3, 0.4, 0.5}) {
            ways.add(new Way("hold for review p<" + t, (e, p) -> !e.ruleReport() ? Outcome.NONE : p < t ? Outcome.REVIEW : Outcome.REPORT));
        }
        ways.add(new Way("hold near spelling p<0.5, else p<0.2", (e, p) -> !e.ruleReport() ? Outcome.NONE
                : p < (nearSpelling(e) ? 0.5 : 0.2) ? Outcome.REVIEW : Outcome.REPORT));
        ways.add(new Way("combine() (recommended)", (e, p) -> {
            if (!e.ruleReport()) {
                return Outcome.NONE;
            }
            IntentReader.Intent combined = ReportModel.combine(e.intent(), p);
            return !combined.stockout() ? Outcome.NONE : combined.equals(e.intent()) ? Outcome.REPORT : Outcome.REVIEW;
        }));
        return ways;
    }

    /** Whether the rules read the brand only by a near spelling (no exact hit of it). */
    private static boolean nearSpelling(TrainingExample e) {
        return e.readable() && !e.reading().brandHits().isEmpty() && e.reading().brandHits().stream().allMatch(h -> h.near());
    }

    /** The counts of each way over examples scored by a model. */
    public static Map<String, Counts> score(List<TrainingExample> examples, ReportModel model) {
        Map<String, Counts> out = new LinkedHashMap<>();
        List<Way> ways = ways();
        double[] p = new double[examples.size()];
        for (int i = 0; i < p.length; i++) {
            TrainingExample e = examples.get(i);
            p[i] = e.readable() ? model.probability(e.reading(), e.intent()) : Double.NaN;
        }
        for (Way way : ways) {
            int tp = 0, fp = 0, fn = 0, neg = 0, dispatch = 0, toQueue = 0, held = 0;
            for (int i = 0; i < p.length; i++) {
                TrainingExample e = examples.get(i);
                Outcome outcome = way.decider().decide(e, p[i]);
                boolean report = outcome != Outcome.NONE;
                if (!e.truth()) {
                    neg++;
                }
                if (report && e.truth()) {
                    tp++;
                    if (outcome == Outcome.REVIEW) {
                        held++;
                    }
                } else if (report) {
                    fp++;
                    if (outcome == Outcome.REPORT) {
                        toQueue++;
                        if (e.ruleOutlet()) {
                            dispatch++;
                        }
                    }
                } else if (e.truth()) {
                    fn++;
                }
            }
            out.put(way.name(), new Counts(tp, fp, fn, neg, dispatch, toQueue, held));
        }
        return out;
    }

    /**
     * Leave-one-set-out cross-validation: for each set of {@code sets}, a model trained on the other sets and on
     * {@code alwaysTrain} scores the held-out set. Returns per held-out set the counts of each way.
     */
    public static Map<String, Map<String, Counts>> leaveOneSetOut(Map<String, List<TrainingExample>> sets,
                                                                  List<TrainingExample> alwaysTrain, ReportModelTrainer trainer) {
        return leaveOneSetOut(sets, leaveOneSetOutModels(sets, alwaysTrain, trainer));
    }

    /** Scores each set with its model of {@link #leaveOneSetOutModels}. */
    public static Map<String, Map<String, Counts>> leaveOneSetOut(Map<String, List<TrainingExample>> sets, Map<String, ReportModel> models) {
        Map<String, Map<String, Counts>> out = new LinkedHashMap<>();
        sets.forEach((held, examples) -> out.put(held, score(examples, models.get(held))));
        return out;
    }

    /** Per set of {@code sets}, a model trained on the other sets and on {@code alwaysTrain}. */
    public static Map<String, ReportModel> leaveOneSetOutModels(Map<String, List<TrainingExample>> sets,
                                                                List<TrainingExample> alwaysTrain, ReportModelTrainer trainer) {
        Map<String, ReportModel> out = new LinkedHashMap<>();
        for (String held : sets.keySet()) {
            List<TrainingExample> train = new ArrayList<>(alwaysTrain);
            sets.forEach((name, examples) -> {
                if (!name.equals(held)) {
                    train.addAll(examples);
                }
            });
            out.put(held, trainer.train(train));
        }
        return out;
    }

    /**
     * K-fold cross-validation within one set (every k-th example in a fold, in file order): for each fold a model
     * trained on the other folds and on {@code alsoTrain}; the counts are summed over the folds.
     */
    public static Map<String, Counts> kFold(List<TrainingExample> set, int k, List<TrainingExample> alsoTrain,
                                            ReportModelTrainer trainer) {
        List<String> folds = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            folds.add(Integer.toString(i % k));
        }
        return byGroup(set, folds, alsoTrain, trainer);
    }

    /**
     * Leave-one-language-out within one set: each language (the part of {@code lang} before a "-", so that Hindi in
     * Devanagari and in Latin script go together) is held out in turn, the model trained on the other languages and
     * on {@code alsoTrain}; the counts are summed over the languages.
     */
    public static Map<String, Counts> leaveOneLanguageOut(List<TrainingExample> set, List<TrainingExample> alsoTrain,
                                                          ReportModelTrainer trainer) {
        List<String> groups = new ArrayList<>();
        for (TrainingExample e : set) {
            String lang = e.lang() == null ? "?" : e.lang();
            int dash = lang.indexOf('-');
            groups.add(dash > 0 ? lang.substring(0, dash) : lang);
        }
        return byGroup(set, groups, alsoTrain, trainer);
    }

    private static Map<String, Counts> byGroup(List<TrainingExample> set, List<String> groups, List<TrainingExample> alsoTrain,
                                               ReportModelTrainer trainer) {
        Map<String, Counts> sum = new LinkedHashMap<>();
        for (String held : new java.util.LinkedHashSet<>(groups)) {
            List<TrainingExample> train = new ArrayList<>(alsoTrain);
            List<TrainingExample> test = new ArrayList<>();
            for (int i = 0; i < set.size(); i++) {
                (groups.get(i).equals(held) ? test : train).add(set.get(i));
            }
            score(test, trainer.train(train)).forEach((way, c) -> sum.merge(way, c, Counts::plus));
        }
        return sum;
    }

    /** The probabilities {@link #rescue} is shown at. */
    static final double[] RESCUE_AT = {0.5, 0.7, 0.8, 0.9, 0.95};

    /**
     * The rescue role, per set and pooled: a mention with a tracked brand that the rules did not read as a report
     * but the model gives {@code p >= t} would go to ops review (never to a crew). Each line gives the rules' true
     * reports and the true reports they missed among the mentions the model reads, then per {@link #RESCUE_AT}
     * threshold the true reports rescued and the non-reports sent to review; and what {@link ReportModel#combine}
     * holds (true reports held, false reports held).
     */
    static String rescueTable(Map<String, List<TrainingExample>> bySet, Map<String, ReportModel> models) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-18s %9s %7s", "set", "rules TP", "missed"));
        for (double t : RESCUE_AT) {
            out.append(String.format(Locale.ROOT, " | p>=%-4s rescued/to-review", t));
        }
        out.append(" | combine holds: true/false reports").append(System.lineSeparator());
        int[] pooled = new int[4 + 2 * RESCUE_AT.length];
        for (Map.Entry<String, List<TrainingExample>> e : bySet.entrySet()) {
            int[] row = rescueRow(e.getValue(), models.get(e.getKey()));
            for (int i = 0; i < row.length; i++) {
                pooled[i] += row[i];
            }
            out.append(rescueLine(e.getKey(), row)).append(System.lineSeparator());
        }
        return out.append(rescueLine("pooled", pooled)).append(System.lineSeparator()).toString();
    }

    private static int[] rescueRow(List<TrainingExample> examples, ReportModel model) {
        int[] row = new int[4 + 2 * RESCUE_AT.length];
        for (TrainingExample e : examples) {
            if (e.ruleReport()) {
                row[0] += e.truth() ? 1 : 0;
            }
            if (!e.readable()) {
                continue;
            }
            double p = model.probability(e.reading(), e.intent());
            if (e.ruleReport()) {
                boolean held = !ReportModel.combine(e.intent(), p).equals(e.intent());
                row[row.length - 2] += held && e.truth() ? 1 : 0;
                row[row.length - 1] += held && !e.truth() ? 1 : 0;
                continue;
            }
            if (e.intent().stockout()) {
                continue; // a report of the intent rules the stage dropped later
            }
            row[1] += e.truth() ? 1 : 0;
            for (int i = 0; i < RESCUE_AT.length; i++) {
                if (p >= RESCUE_AT[i]) {
                    row[2 + 2 * i + (e.truth() ? 0 : 1)]++;
                }
            }
        }
        return row;
    }

    private static String rescueLine(String set, int[] row) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-18s %9d %7d", set, row[0], row[1]));
        for (int i = 0; i < RESCUE_AT.length; i++) {
            out.append(String.format(Locale.ROOT, " | %28s", row[2 + 2 * i] + "/" + row[3 + 2 * i]));
        }
        return out.append(String.format(Locale.ROOT, " | %d/%d", row[row.length - 2], row[row.length - 1])).toString();
    }

    /**
     * A table: one row per way, one column per set (F1, precision/recall, false reports/non-reports) and a pooled
     * column that adds the false reports not held for review, the false dispatches and the true reports held.
     */
    public static String table(Map<String, Map<String, Counts>> bySet) {
        StringBuilder out = new StringBuilder();
        List<String> sets = new ArrayList<>(bySet.keySet());
        out.append(String.format(Locale.ROOT, "%-30s", "way"));
        if (sets.size() > 1) {
            for (String s : sets) {
                out.append(String.format(Locale.ROOT, " | %-28s", s + " F1 (P/R) FR"));
            }
        }
        out.append(" | ").append(sets.size() > 1 ? "pooled" : sets.get(0))
                .append(" F1 (P/R); false reports (not held) / non-reports; false dispatch; true reports held\n");
        Map<String, Counts> pooled = new LinkedHashMap<>();
        for (Map<String, Counts> ways : bySet.values()) {
            ways.forEach((way, c) -> pooled.merge(way, c, Counts::plus));
        }
        for (String way : pooled.keySet()) {
            out.append(String.format(Locale.ROOT, "%-30s", way));
            if (sets.size() > 1) {
                for (String s : sets) {
                    Counts c = bySet.get(s).get(way);
                    out.append(String.format(Locale.ROOT, " | %.3f (%.2f/%.2f) %3d/%-3d  ", c.f1(), c.precision(), c.recall(),
                            c.falsePositives(), c.negatives()));
                }
            }
            Counts c = pooled.get(way);
            out.append(String.format(Locale.ROOT, " | %.3f (%.3f/%.3f); %d (%d)/%d; %d; %d%n", c.f1(), c.precision(),
                    c.recall(), c.falsePositives(), c.falseToQueue(), c.negatives(), c.falseDispatches(), c.reportsHeld()));
        }
        return out.toString();
    }
}
