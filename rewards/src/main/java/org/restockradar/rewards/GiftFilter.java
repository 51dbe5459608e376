package org.restockradar.rewards;

/**
 * Which gifts a marketer wants: queued within [from, to), for reports of the brand, in the city, in the status. Null
 * parts do not filter.
 */
public record GiftFilter(java.time.Instant from, java.time.Instant to, String brand, String city, GiftStatus status) {
    /** Every gift. */
    public static GiftFilter all() {
        return new GiftFilter(null, null, null, null, null);
    }
}
