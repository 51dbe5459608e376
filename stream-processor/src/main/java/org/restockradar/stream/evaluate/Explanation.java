package org.restockradar.stream.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.restockradar.stream.understanding.Evidence;
import org.restockradar.stream.understanding.Understanding;

/**
 * The block {@code evaluate --explain} prints for one mention: its id and text, the label against the prediction,
 * the predicate and its argument, the cues, the place evidence, the confidence and the stage's reason.
 */
public final class Explanation {
    private Explanation() {
    }

    /** Which labelled fields the prediction got wrong ("stock-out", "outlet", "city", "sku"); empty when right. */
    static List<String> wrongFields(Label truth, Label predicted) {
        List<String> wrong = new ArrayList<>(2);
        if (truth.stockout() != predicted.stockout()) {
            wrong.add("stock-out");
            return wrong;
        }
        if (!truth.stockout()) {
            return wrong;
        }
        if (truth.outletId() != null && !truth.outletId().equals(predicted.outletId())) {
            wrong.add("outlet");
        }
        if (truth.city() != null && !truth.city().equalsIgnoreCase(predicted.city() == null ? "" : predicted.city())) {
            wrong.add("city");
        }
        if (truth.sku() != null && !truth.sku().equals(predicted.sku())) {
            wrong.add("sku");
        }
        return wrong;
    }

    /** The block for one prediction; {@code truth} may be null (no label). */
    public static String of(Prediction p, Label truth) {
        Understanding u = p.understanding();
        Evidence e = u.evidence();
        String verdict;
        if (truth == null) {
            verdict = "no label";
        } else {
            List<String> wrong = wrongFields(truth, p.label());
            verdict = wrong.isEmpty() ? "right" : "WRONG: " + String.join(", ", wrong);
        }
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append("== ").append(p.label().id()).append("  [").append(verdict).append(']').append(nl);
        out.append("text:       ").append(oneLine(p.mention().text())).append(nl);
        if (truth != null) {
            out.append("label:      ").append(describe(truth)).append(nl);
        }
        out.append("predicted:  ").append(describe(p.label())).append(nl);
        out.append("predicate:  ").append(orDash(e.predicate())).append(nl);
        out.append("argument:   ").append(orDash(e.argument())).append(nl);
        out.append("cues:       ").append(e.cues().isEmpty() ? "-" : String.join(", ", e.cues())).append(nl);
        out.append("place:      ").append(orDash(e.place())).append(nl);
        out.append("confidence: ").append(String.format(Locale.ROOT, "%.2f (raw %.2f)", p.confidence(), p.rawConfidence())).append(nl);
        out.append("reason:     ").append(orDash(u.reason()));
        return out.toString();
    }

    private static String describe(Label l) {
        if (!l.stockout()) {
            return "not a report";
        }
        return "stock-out, sku " + orDash(l.sku()) + ", outlet " + orDash(l.outletId()) + ", city " + orDash(l.city())
                + ", locality " + orDash(l.locality());
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    private static String oneLine(String text) {
        return text.replace("\r", " ").replace("\n", " / ");
    }
}
