package org.restockradar.stream.evaluate;

import org.restockradar.contracts.Mention;
import org.restockradar.stream.understanding.Understanding;

/**
 * What the stage said about one mention of a labelled set: the prediction in label form, the understanding itself
 * (with its calibrated confidence and evidence) and the confidence before calibration.
 */
public record Prediction(Mention mention, Label label, Understanding understanding, double rawConfidence) {

    /** The outlet the stage named for a report, whether or not the review threshold keeps it from a crew; else null. */
    public String namedOutletId() {
        return label.stockout() && understanding.outlet() != null ? understanding.outlet().outletId() : null;
    }

    /** The confidence the stage reports (calibrated). */
    public double confidence() {
        return understanding.confidence();
    }

    /** The stock-out decision agrees with the truth. */
    static boolean decisionRight(Label truth, Label predicted) {
        return truth.stockout() == predicted.stockout();
    }

    /**
     * The stock-out decision agrees and, for a labelled report, so do the labelled outlet, city (in any case) and SKU:
     * what a crew or ops would need to be right.
     */
    static boolean allRight(Label truth, Label predicted) {
        if (truth.stockout() != predicted.stockout()) {
            return false;
        }
        if (!truth.stockout()) {
            return true;
        }
        return (truth.outletId() == null || truth.outletId().equals(predicted.outletId()))
                && (truth.city() == null || truth.city().equalsIgnoreCase(predicted.city() == null ? "" : predicted.city()))
                && (truth.sku() == null || truth.sku().equals(predicted.sku()));
    }

    /** A predicted report was right: the mention is a stock-out and the outlet, when one was named, is the labelled one. */
    static boolean reportRight(Label truth, Label predicted) {
        return truth.stockout() && (predicted.outletId() == null || predicted.outletId().equals(truth.outletId()));
    }
}
