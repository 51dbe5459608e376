package org.restockradar.contracts;

import java.time.Instant;

/**
 * A mention understood as a report that a tracked brand or product is missing from a shelf.
 * Reports with an outlet go to dispatch; reports without one wait for ops on the needs-location topic.
 *
 * @param mentionId   the mention this report was read from; also the report's identity
 * @param sku         the product when the post names one, else null (brand level)
 * @param outletId    the matched outlet, or null when the place is known only to a locality or city
 * @param confidence  how sure the understanding stage is, within [0, 1]
 * @param reason      why the stage read it so, in words for ops ("low confidence (0.52 < 0.60); ..."), or null
 */
public record StockoutReport(
        String mentionId,
        Source source,
        Instant reportedAt,
        Author reporter,
        String text,
        String brand,
        String sku,
        String outletId,
        String outletName,
        String locality,
        String city,
        double confidence,
        String reason) {

    public StockoutReport {
        Require.text(mentionId, "mention_id");
        Require.present(source, "source");
        Require.present(reportedAt, "reported_at");
        Require.present(reporter, "reporter");
        Require.text(brand, "brand");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
        if (outletId != null && outletName == null) {
            throw new IllegalArgumentException("outlet_name is missing for outlet " + outletId);
        }
    }

    /** A report without a reason (the form before the reason was carried). */
    public StockoutReport(String mentionId, Source source, Instant reportedAt, Author reporter, String text, String brand,
                          String sku, String outletId, String outletName, String locality, String city, double confidence) {
        this(mentionId, source, reportedAt, reporter, text, brand, sku, outletId, outletName, locality, city, confidence, null);
    }

    public boolean hasOutlet() {
        return outletId != null;
    }

    /** The product a job is opened for: the SKU, or the brand when no product was named. */
    public String productKey() {
        return sku != null ? sku : "brand:" + brand;
    }
}
