package org.restockradar.stream.evaluate;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Scores of a contrast set (Gardner et al., 2020): labels with {@code base} are minimal edits of the mention whose id
 * is the base. Accuracy over every labelled mention, over the edits alone, and consistency: the share of bases whose
 * original (when the set holds it) and every edit are right. Computed for one notion of "right".
 *
 * @param right       mentions judged right, of {@code mentions}
 * @param editsRight  edits judged right, of {@code edits}
 * @param consistent  bases whose original and every edit are right, of {@code bases}
 */
public record ContrastScores(int mentions, int right, int edits, int editsRight, int bases, int consistent) {

    /** Scores the predictions; {@code isRight} judges a prediction against its label. */
    public static ContrastScores of(Map<String, Label> labels, Collection<Label> predictions, BiPredicate<Label, Label> isRight) {
        int mentions = 0, right = 0, edits = 0, editsRight = 0;
        Map<String, Boolean> baseHolds = new LinkedHashMap<>();
        Map<String, Boolean> judged = new HashMap<>();
        for (Label p : predictions) {
            Label t = labels.get(p.id());
            if (t == null) {
                continue;
            }
            boolean ok = isRight.test(t, p);
            judged.put(t.id(), ok);
            mentions++;
            if (ok) {
                right++;
            }
            if (t.base() != null && !t.base().isBlank()) {
                // a base may name itself as its base: it belongs to its bundle but is not an edit
                if (!t.base().equals(t.id())) {
                    edits++;
                    if (ok) {
                        editsRight++;
                    }
                }
                baseHolds.merge(t.base(), ok, Boolean::logicalAnd);
            }
        }
        int consistent = 0;
        for (Map.Entry<String, Boolean> e : baseHolds.entrySet()) {
            if (e.getValue() && judged.getOrDefault(e.getKey(), true)) {
                consistent++;
            }
        }
        return new ContrastScores(mentions, right, edits, editsRight, baseHolds.size(), consistent);
    }

    private static double ratio(int num, int den) {
        return den == 0 ? Double.NaN : (double) num / den;
    }

    public double accuracy() {
        return ratio(right, mentions);
    }

    public double editAccuracy() {
        return ratio(editsRight, edits);
    }

    public double consistency() {
        return ratio(consistent, bases);
    }

    /** Three lines: accuracy over all, over the edits, consistency; {@code what} names the notion of right. */
    public String report(String what) {
        return String.format(Locale.ROOT, String.join("%n",
                        "contrast accuracy, all    %s  (%d/%d)   [%s]",
                        "contrast accuracy, edits  %s  (%d/%d)",
                        "contrast consistency      %s  (%d/%d bases with every edit right)"),
                Scores.fmt(accuracy()), right, mentions, what, Scores.fmt(editAccuracy()), editsRight, edits,
                Scores.fmt(consistency()), consistent, bases);
    }
}
