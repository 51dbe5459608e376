package org.restockradar.stream.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.restockradar.stream.understanding.Calibration;
import org.restockradar.stream.understanding.ReportModel;
import org.restockradar.stream.understanding.ReviewThreshold;

/**
 * The calibration fitted on reports of text the report model was not trained on ({@code train-model
 * --fit-calibration}): each training set read by a model trained without it, every other set by the final model.
 * {@link #leaveOneSetOut} shows how a calibration fitted without a set holds on that set, against another
 * calibration (the one shipped), in the bins of {@code evaluate}'s reliability table.
 */
final class OutOfFoldCalibration {
    private OutOfFoldCalibration() {
    }

    /**
     * The stage's stock-out reports on a set, read with {@code model} and no calibration, each with its raw confidence
     * and whether it was right: a stock-out and, when the stage named an outlet, the labelled one. In a set whose
     * labels name no outlet at all (the training sets) only the decision counts.
     */
    static List<Calibration.Observation> observe(LabelledSet set, ReportModel model) {
        boolean outletsLabelled = set.labels().values().stream().anyMatch(l -> l.stockout() && l.outletId() != null);
        List<Calibration.Observation> out = new ArrayList<>();
        for (Prediction p : EvaluateCommand.predictAll(set, Calibration.IDENTITY, model, new ReviewThreshold(0))) {
            Label truth = set.labels().get(p.label().id());
            if (truth != null && p.label().stockout()) {
                out.add(new Calibration.Observation(p.rawConfidence(),
                        outletsLabelled ? Prediction.reportRight(truth, p.label()) : truth.stockout()));
            }
        }
        return out;
    }

    /** The calibration fitted on every set's observations. */
    static Calibration fit(Map<String, List<Calibration.Observation>> bySet) {
        List<Calibration.Observation> all = new ArrayList<>();
        bySet.values().forEach(all::addAll);
        return Calibration.fit(all);
    }

    /**
     * Per set, its observations with the confidence {@code before} gives them and with that of a calibration fitted
     * on the other sets only (the set is new to it), then the same pooled over the sets.
     */
    static Map<String, List<Tradeoff.Bin>[]> leaveOneSetOut(Map<String, List<Calibration.Observation>> bySet, Calibration before) {
        Map<String, List<Tradeoff.Bin>[]> out = new LinkedHashMap<>();
        List<double[]> pooledBefore = new ArrayList<>();
        List<double[]> pooledAfter = new ArrayList<>();
        for (Map.Entry<String, List<Calibration.Observation>> e : bySet.entrySet()) {
            Map<String, List<Calibration.Observation>> others = new LinkedHashMap<>(bySet);
            others.remove(e.getKey());
            Calibration after = fit(others);
            List<double[]> b = scored(e.getValue(), before);
            List<double[]> a = scored(e.getValue(), after);
            pooledBefore.addAll(b);
            pooledAfter.addAll(a);
            out.put(e.getKey(), bins(b, a));
        }
        out.put("pooled", bins(pooledBefore, pooledAfter));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Tradeoff.Bin>[] bins(List<double[]> before, List<double[]> after) {
        return new List[] {Tradeoff.reliability(before), Tradeoff.reliability(after)};
    }

    /** Each observation as {calibrated confidence, 1 if right else 0}. */
    private static List<double[]> scored(List<Calibration.Observation> observations, Calibration calibration) {
        List<double[]> out = new ArrayList<>(observations.size());
        for (Calibration.Observation o : observations) {
            out.add(new double[] {calibration.apply(o.raw()), o.right() ? 1 : 0});
        }
        return out;
    }

    /** The reliability tables side by side: one line per bin, then the expected calibration error. */
    static String table(String set, List<Tradeoff.Bin> before, List<Tradeoff.Bin> after) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s%n%-12s | %-30s | %-30s", set, "confidence",
                "before: right/reports (mean)", "fitted without it: right/reports (mean)"));
        for (int i = 0; i < before.size(); i++) {
            Tradeoff.Bin b = before.get(i);
            Tradeoff.Bin a = after.get(i);
            out.append(System.lineSeparator()).append(String.format(Locale.ROOT, "[%.2f, %.2f%s | %-30s | %-30s",
                    b.fromHundredths() / 100.0, b.toHundredths() / 100.0, b.toHundredths() == 100 ? "]" : ")", cell(b), cell(a)));
        }
        out.append(System.lineSeparator()).append(String.format(Locale.ROOT, "%-12s | %-30s | %-30s", "ECE",
                Scores.fmt(expectedError(before)), Scores.fmt(expectedError(after))));
        return out.toString();
    }

    private static String cell(Tradeoff.Bin b) {
        return b.reports() == 0 ? "-" : String.format(Locale.ROOT, "%d/%d = %s (%s)", b.right(), b.reports(),
                Scores.fmt(b.precision()), Scores.fmt(b.meanConfidence()));
    }

    /** The expected calibration error: the mean over reports of |share right - mean confidence| of their bin. */
    static double expectedError(List<Tradeoff.Bin> bins) {
        int n = 0;
        double sum = 0;
        for (Tradeoff.Bin b : bins) {
            if (b.reports() > 0) {
                n += b.reports();
                sum += b.reports() * Math.abs(b.precision() - b.meanConfidence());
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
