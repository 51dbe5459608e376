package org.restockradar.stream.evaluate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The scores of a labelled set per group of its labels, by an optional field of the label ({@code category} or
 * {@code lang}); labels without that field form the group "(none)". Each group is scored like the whole set.
 */
public final class Breakdown {
    /** The group of labels that do not carry the field. */
    public static final String NONE = "(none)";

    private Breakdown() {
    }

    /** The label fields a set may be broken down by, with their names as printed. */
    public static final Map<String, Function<Label, String>> FIELDS = fields();

    private static Map<String, Function<Label, String>> fields() {
        Map<String, Function<Label, String>> f = new LinkedHashMap<>();
        f.put("category", Label::category);
        f.put("lang", Label::lang);
        return f;
    }

    /** The scores per value of the field, in the order of the values; empty when no label carries the field. */
    public static Map<String, Scores> by(Function<Label, String> field, Map<String, Label> labels, Collection<Label> predictions) {
        Map<String, Map<String, Label>> groups = new TreeMap<>();
        boolean any = false;
        for (Label t : labels.values()) {
            String value = field.apply(t);
            any |= value != null && !value.isBlank();
            String group = value == null || value.isBlank() ? NONE : value.strip();
            groups.computeIfAbsent(group, g -> new LinkedHashMap<>()).put(t.id(), t);
        }
        Map<String, Scores> out = new LinkedHashMap<>();
        if (!any) {
            return out;
        }
        groups.forEach((group, groupLabels) -> {
            List<Label> groupPredictions = new ArrayList<>();
            for (Label p : predictions) {
                if (groupLabels.containsKey(p.id())) {
                    groupPredictions.add(p);
                }
            }
            out.put(group, Scores.of(groupLabels, groupPredictions));
        });
        return out;
    }

    /** A table of the groups: mentions, stock-out accuracy, P/R, false dispatches, outlet/city/SKU accuracy. */
    public static String table(String fieldName, Map<String, Scores> groups) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-20s %8s %13s %9s %9s %9s %9s %9s %9s",
                "by " + fieldName, "mentions", "stock-out acc", "precision", "recall", "false dsp", "outlet", "city", "sku"));
        groups.forEach((group, s) -> out.append(System.lineSeparator()).append(String.format(Locale.ROOT,
                "%-20s %8d %13s %9s %9s %9s %9s %9s %9s",
                group.length() > 20 ? group.substring(0, 20) : group, s.mentions() - s.unlabelled(),
                Scores.fmt(s.stockoutAccuracy()), Scores.fmt(s.precision()), Scores.fmt(s.recall()),
                s.falseDispatches() + "/" + s.negatives(), Scores.fmt(s.outletAccuracy()),
                Scores.fmt(s.cityAccuracy()), Scores.fmt(s.skuAccuracy()))));
        return out.toString();
    }
}
