package org.restockradar.rewards;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A thank-you gift queued for a reporter by a gift run.
 *
 * @param contactChannel how the marketer reaches the reporter: the source and the handle ({@code x:rahul_dadar})
 * @param note           plain text made from the reporter's own reports; untrusted text, never HTML
 */
public record Gift(long id, String reporterId, String handle, String source, String contactChannel, int verifiedReports,
                   List<String> brands, List<String> cities, String giftType, long costMinor, String note, GiftStatus status,
                   Instant queuedAt) {
    public Gift {
        Objects.requireNonNull(reporterId, "reporterId");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(status, "status");
        brands = List.copyOf(brands);
        cities = List.copyOf(cities);
    }
}
