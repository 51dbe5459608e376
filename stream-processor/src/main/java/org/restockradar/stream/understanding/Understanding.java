package org.restockradar.stream.understanding;

import org.restockradar.contracts.Outlet;

/**
 * What the understanding stage concluded about one mention.
 *
 * @param stockout   true when the mention reports a tracked brand or product missing now
 * @param confidence within [0, 1]
 * @param brand      the brand the mention is about, or null when no tracked brand was found
 * @param sku        the product when one is named, else null
 * @param outlet     the registry outlet the report is about, or null when it cannot be told
 * @param reason     a short human-readable explanation, for logs and for ops
 * @param evidence   the parts of the explanation (predicate, argument, cues, place), {@link Evidence.EMPTY} when unknown
 */
public record Understanding(
        boolean stockout,
        double confidence,
        String brand,
        String sku,
        Outlet outlet,
        String locality,
        String city,
        String reason,
        Evidence evidence) {

    public Understanding {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
        if (stockout && brand == null) {
            throw new IllegalArgumentException("a stock-out needs a brand");
        }
        if (evidence == null) {
            evidence = Evidence.EMPTY;
        }
    }

    /** An understanding without evidence (the form before evidence was kept). */
    public Understanding(boolean stockout, double confidence, String brand, String sku, Outlet outlet, String locality,
                         String city, String reason) {
        this(stockout, confidence, brand, sku, outlet, locality, city, reason, Evidence.EMPTY);
    }

    /** The same conclusion with another confidence (a calibrated one). */
    public Understanding withConfidence(double newConfidence) {
        return new Understanding(stockout, newConfidence, brand, sku, outlet, locality, city, reason, evidence);
    }

    public static Understanding notAReport(String brand, double confidence, String reason) {
        return new Understanding(false, confidence, brand, null, null, null, null, reason);
    }
}
