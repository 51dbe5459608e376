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
 */
public record Understanding(
        boolean stockout,
        double confidence,
        String brand,
        String sku,
        Outlet outlet,
        String locality,
        String city,
        String reason) {

    public Understanding {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
        if (stockout && brand == null) {
            throw new IllegalArgumentException("a stock-out needs a brand");
        }
    }

    public static Understanding notAReport(String brand, double confidence, String reason) {
        return new Understanding(false, confidence, brand, null, null, null, null, reason);
    }
}
