package org.restockradar.stream.topology;

import org.restockradar.contracts.DeadLetter;
import org.restockradar.contracts.Mention;
import org.restockradar.contracts.StockoutReport;
import org.restockradar.stream.understanding.ReviewThreshold;
import org.restockradar.stream.understanding.Understanding;

/** A mention with what the understanding stage made of it, or the dead letter when the stage failed on it. */
record Assessed(Mention mention, Understanding understanding, DeadLetter failure) {

    boolean isFailure() {
        return failure != null;
    }

    boolean isReport() {
        return failure == null && understanding.stockout();
    }

    boolean isLocated() {
        return isReport() && understanding.outlet() != null;
    }

    /** A report with an outlet that is sure enough to send a crew. */
    boolean isDispatchable(ReviewThreshold review) {
        return isLocated() && !review.needsReview(understanding);
    }

    /** The report with the stage's reason. */
    StockoutReport toReport() {
        return toReport(understanding.reason());
    }

    /**
     * The report for ops: a report with an outlet below the review threshold keeps the outlet the stage found (as a
     * suggestion) and says "low confidence" in its reason.
     */
    StockoutReport toReviewedReport(ReviewThreshold review) {
        return review.needsReview(understanding) ? toReport(review.reason(understanding)) : toReport();
    }

    private StockoutReport toReport(String reason) {
        var outlet = understanding.outlet();
        return new StockoutReport(
                mention.id(), mention.source(), mention.createdAt(), mention.author(), mention.text(),
                understanding.brand(), understanding.sku(),
                outlet == null ? null : outlet.outletId(), outlet == null ? null : outlet.name(),
                understanding.locality(), understanding.city(), understanding.confidence(), reason);
    }
}
