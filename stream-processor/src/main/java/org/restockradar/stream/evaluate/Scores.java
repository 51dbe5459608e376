package org.restockradar.stream.evaluate;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The scores of a labelled set (docs/understanding.md), from exact counts: stock-out precision, recall, F1 and
 * accuracy; outlet, city and SKU accuracy; the false-dispatch rate. A ratio over nothing is reported as {@code NaN} and printed "n/a".
 */
public record Scores(int mentions, int truePositives, int falsePositives, int falseNegatives,
                     int outletLabels, int outletCorrect, int cityLabels, int cityCorrect,
                     int skuLabels, int skuCorrect, int negatives, int falseDispatches, int unlabelled) {

    /** Scores predictions against labels; predictions without a label are counted in {@code unlabelled}. */
    public static Scores of(Map<String, Label> labels, Collection<Label> predictions) {
        int tp = 0, fp = 0, fn = 0, outletN = 0, outletOk = 0, cityN = 0, cityOk = 0, skuN = 0, skuOk = 0;
        int negatives = 0, falseDispatch = 0, unlabelled = 0;
        for (Label p : predictions) {
            Label t = labels.get(p.id());
            if (t == null) {
                unlabelled++;
                continue;
            }
            if (t.stockout() && p.stockout()) {
                tp++;
            } else if (p.stockout()) {
                fp++;
            } else if (t.stockout()) {
                fn++;
            }
            if (t.outletId() != null) {
                outletN++;
                if (t.outletId().equals(p.outletId())) {
                    outletOk++;
                }
            }
            if (t.stockout() && t.city() != null) {
                cityN++;
                if (p.city() != null && t.city().toLowerCase(Locale.ROOT).equals(p.city().toLowerCase(Locale.ROOT))) {
                    cityOk++;
                }
            }
            if (t.stockout() && t.sku() != null) {
                skuN++;
                if (Objects.equals(t.sku(), p.sku())) {
                    skuOk++;
                }
            }
            if (!t.stockout()) {
                negatives++;
                if (p.stockout() && p.outletId() != null) {
                    falseDispatch++;
                }
            }
        }
        return new Scores(predictions.size(), tp, fp, fn, outletN, outletOk, cityN, cityOk, skuN, skuOk,
                negatives, falseDispatch, unlabelled);
    }

    private static double ratio(int num, int den) {
        return den == 0 ? Double.NaN : (double) num / den;
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
        int den = 2 * truePositives + falsePositives + falseNegatives;
        return ratio(2 * truePositives, den);
    }

    public double outletAccuracy() {
        return ratio(outletCorrect, outletLabels);
    }

    public double cityAccuracy() {
        return ratio(cityCorrect, cityLabels);
    }

    public double skuAccuracy() {
        return ratio(skuCorrect, skuLabels);
    }

    /** Mentions with a label whose stock-out decision agrees with it. */
    public int stockoutCorrect() {
        return mentions - unlabelled - falsePositives - falseNegatives;
    }

    /** The share of labelled mentions whose stock-out decision is right (reports and non-reports alike). */
    public double stockoutAccuracy() {
        return ratio(stockoutCorrect(), mentions - unlabelled);
    }

    public double falseDispatchRate() {
        return ratio(falseDispatches, negatives);
    }

    static String fmt(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** The human-readable report printed by {@code evaluate}. */
    public String report() {
        return String.format(Locale.ROOT, String.join("%n",
                        "mentions            %d",
                        "stock-out precision %s  (tp %d, fp %d)",
                        "stock-out recall    %s  (fn %d)",
                        "stock-out F1        %s",
                        "stock-out accuracy  %s  (%d/%d)",
                        "outlet accuracy     %s  (%d/%d)",
                        "city accuracy       %s  (%d/%d)",
                        "sku accuracy        %s  (%d/%d)",
                        "false dispatch rate %s  (%d/%d)"),
                mentions, fmt(precision()), truePositives, falsePositives, fmt(recall()), falseNegatives, fmt(f1()),
                fmt(stockoutAccuracy()), stockoutCorrect(), mentions - unlabelled,
                fmt(outletAccuracy()), outletCorrect, outletLabels, fmt(cityAccuracy()), cityCorrect, cityLabels,
                fmt(skuAccuracy()), skuCorrect, skuLabels, fmt(falseDispatchRate()), falseDispatches, negatives)
                + (unlabelled > 0 ? String.format(Locale.ROOT, "%nunlabelled mentions %d", unlabelled) : "");
    }
}
