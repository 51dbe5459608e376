package org.restockradar.stream.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.restockradar.stream.understanding.ReviewThreshold;

/**
 * What a review threshold would do on a labelled set, and how far the confidence can be trusted. For each threshold
 * of {@link #THRESHOLDS}: the share of reports with an outlet that would go to ops for review (confidence below the
 * threshold), the recall of dispatched reports (true reports with a labelled outlet sent to that outlet) and the
 * false-dispatch rate (non-reports sent to a crew). The reliability table bins the stock-out reports by confidence
 * and gives the share that was right in each bin ({@link Prediction#reportRight}).
 */
public final class Tradeoff {
    /** The thresholds shown, in hundredths: 0.50 to 0.95 by 0.05. */
    public static final int[] THRESHOLDS = {50, 55, 60, 65, 70, 75, 80, 85, 90, 95};
    /** The edges of the reliability bins, in hundredths; the last bin includes 1.00. */
    static final int[] BIN_EDGES = {0, 50, 60, 70, 80, 90, 100};

    private Tradeoff() {
    }

    /** One threshold: counts of reports with an outlet, reviewed, true reports dispatched right, false dispatches. */
    public record Row(int hundredths, int located, int toReview, int trueLocated, int dispatchedRight,
                      int negatives, int falseDispatches) {
        public double reviewShare() {
            return located == 0 ? Double.NaN : (double) toReview / located;
        }

        public double dispatchRecall() {
            return trueLocated == 0 ? Double.NaN : (double) dispatchedRight / trueLocated;
        }

        public double falseDispatchRate() {
            return negatives == 0 ? Double.NaN : (double) falseDispatches / negatives;
        }
    }

    /** One reliability bin: reports whose confidence falls in [from, to), how many were right, their mean confidence. */
    public record Bin(int fromHundredths, int toHundredths, int reports, int right, double meanConfidence) {
        public double precision() {
            return reports == 0 ? Double.NaN : (double) right / reports;
        }
    }

    /** Whether a report with this confidence goes to review under a threshold given in hundredths. */
    static boolean belowThreshold(double confidence, int hundredths) {
        return new ReviewThreshold(hundredths / 100.0).isBelow(confidence);
    }

    public static List<Row> thresholds(Map<String, Label> labels, List<Prediction> predictions) {
        List<Row> rows = new ArrayList<>(THRESHOLDS.length);
        for (int t : THRESHOLDS) {
            int located = 0, toReview = 0, trueLocated = 0, dispatchedRight = 0, negatives = 0, falseDispatches = 0;
            for (Prediction p : predictions) {
                Label truth = labels.get(p.label().id());
                if (truth == null) {
                    continue;
                }
                boolean isLocated = p.namedOutletId() != null;
                boolean review = isLocated && belowThreshold(p.confidence(), t);
                boolean dispatched = isLocated && !review;
                if (isLocated) {
                    located++;
                    if (review) {
                        toReview++;
                    }
                }
                if (truth.stockout() && truth.outletId() != null) {
                    trueLocated++;
                    if (dispatched && truth.outletId().equals(p.namedOutletId())) {
                        dispatchedRight++;
                    }
                }
                if (!truth.stockout()) {
                    negatives++;
                    if (dispatched) {
                        falseDispatches++;
                    }
                }
            }
            rows.add(new Row(t, located, toReview, trueLocated, dispatchedRight, negatives, falseDispatches));
        }
        return rows;
    }

    public static List<Bin> reliability(Map<String, Label> labels, List<Prediction> predictions) {
        int n = BIN_EDGES.length - 1;
        int[] reports = new int[n];
        int[] right = new int[n];
        double[] sum = new double[n];
        for (Prediction p : predictions) {
            Label truth = labels.get(p.label().id());
            if (truth == null || !p.label().stockout()) {
                continue;
            }
            int bin = binOf(p.confidence());
            reports[bin]++;
            sum[bin] += p.confidence();
            if (Prediction.reportRight(truth, p.label())) {
                right[bin]++;
            }
        }
        return bins(reports, right, sum);
    }

    /** The reliability bins of scored reports, each {confidence, 1 if right else 0}. */
    static List<Bin> reliability(List<double[]> scored) {
        int n = BIN_EDGES.length - 1;
        int[] reports = new int[n];
        int[] right = new int[n];
        double[] sum = new double[n];
        for (double[] s : scored) {
            int bin = binOf(s[0]);
            reports[bin]++;
            sum[bin] += s[0];
            if (s[1] > 0) {
                right[bin]++;
            }
        }
        return bins(reports, right, sum);
    }

    private static int binOf(double confidence) {
        int bin = BIN_EDGES.length - 2;
        while (bin > 0 && confidence * 100 < BIN_EDGES[bin] - 1e-9) {
            bin--;
        }
        return bin;
    }

    private static List<Bin> bins(int[] reports, int[] right, double[] sum) {
        List<Bin> bins = new ArrayList<>(reports.length);
        for (int i = 0; i < reports.length; i++) {
            bins.add(new Bin(BIN_EDGES[i], BIN_EDGES[i + 1], reports[i], right[i], reports[i] == 0 ? Double.NaN : sum[i] / reports[i]));
        }
        return bins;
    }

    private static String share(int num, int den) {
        return Scores.fmt(den == 0 ? Double.NaN : (double) num / den) + String.format(Locale.ROOT, " (%d/%d)", num, den);
    }

    public static String thresholdTable(List<Row> rows) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-9s %-20s %-22s %-20s",
                "review <", "to review", "dispatch recall", "false dispatch"));
        for (Row r : rows) {
            out.append(System.lineSeparator()).append(String.format(Locale.ROOT, "%-9s %-20s %-22s %-20s",
                    String.format(Locale.ROOT, "%.2f", r.hundredths() / 100.0), share(r.toReview(), r.located()),
                    share(r.dispatchedRight(), r.trueLocated()), share(r.falseDispatches(), r.negatives())));
        }
        return out.toString();
    }

    public static String reliabilityTable(List<Bin> bins) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-12s %8s %8s %10s %16s",
                "confidence", "reports", "right", "precision", "mean confidence"));
        for (Bin b : bins) {
            String range = String.format(Locale.ROOT, "[%.2f, %.2f%s", b.fromHundredths() / 100.0, b.toHundredths() / 100.0,
                    b.toHundredths() == 100 ? "]" : ")");
            out.append(System.lineSeparator()).append(String.format(Locale.ROOT, "%-12s %8d %8d %10s %16s",
                    range, b.reports(), b.right(), Scores.fmt(b.precision()), Scores.fmt(b.meanConfidence())));
        }
        return out.toString();
    }
}
