package org.restockradar.stream.understanding;

/**
 * The confidence below which a stock-out report with an outlet goes to ops for review (the needs-location topic)
 * instead of sending a crew: the stream processor's setting {@code understanding.review-below}. One rule for the
 * topology and for {@code evaluate}'s threshold table.
 *
 * @param below a report whose confidence is below this value is reviewed; 0 reviews nothing
 */
public record ReviewThreshold(double below) {
    /** The default of {@code understanding.review-below}. */
    public static final double DEFAULT_BELOW = 0.6;
    /** Confidences this close to the threshold count as reaching it (0.6 is not below 0.6 after arithmetic). */
    private static final double TOLERANCE = 1e-9;

    public ReviewThreshold {
        if (!(below >= 0 && below <= 1)) {
            throw new IllegalArgumentException("understanding.review-below must be within [0, 1]: " + below);
        }
    }

    /** Whether a report with this confidence is reviewed. */
    public boolean isBelow(double confidence) {
        return confidence < below - TOLERANCE;
    }

    /** Whether this understanding is a report with an outlet whose confidence is below the threshold. */
    public boolean needsReview(Understanding understanding) {
        return understanding.stockout() && understanding.outlet() != null && isBelow(understanding.confidence());
    }

    /** The reason ops read: the stage's reason and the low confidence. */
    public String reason(Understanding understanding) {
        return String.format(java.util.Locale.ROOT, "low confidence (%.2f < %.2f); %s", understanding.confidence(), below,
                understanding.reason());
    }
}
