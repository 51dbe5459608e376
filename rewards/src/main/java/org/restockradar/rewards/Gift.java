package org.restockradar.rewards;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A thank-you gift queued for a reporter by a gift run.
 *
 * @param contactChannel how the marketer reaches the reporter: the source and the handle ({@code x:rahul_dadar})
 * @param note           plain text made from the reporter's own reports; untrusted text, never HTML
 * @param announcedAt    when the gift's message (with the claim link) went to replies on gift-events, or null
 * @param delivery       what the reporter gave on the claim page, or null while they have not
 */
public record Gift(long id, String reporterId, String handle, String source, String contactChannel, int verifiedReports,
                   List<String> brands, List<String> cities, String giftType, long costMinor, String note, GiftStatus status,
                   Instant queuedAt, Instant announcedAt, Delivery delivery) {
    /** The delivery details a reporter gave on the claim page: personal data, untrusted text. */
    public record Delivery(String name, String address, String phone, Instant claimedAt) {
    }

    public Gift {
        Objects.requireNonNull(reporterId, "reporterId");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(status, "status");
        brands = List.copyOf(brands);
        cities = List.copyOf(cities);
    }
}
