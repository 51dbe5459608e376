package org.restockradar.rewards;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a gift stands: queued → address requested → shipped → delivered. A gift moves forward one step at a time, except
 * that a queued gift may be shipped at once (the address is known already); it never moves back, and is delivered only
 * once shipped.
 */
public enum GiftStatus {
    QUEUED, ADDRESS_REQUESTED, SHIPPED, DELIVERED;

    /** The lower-case code stored and shown ({@code address_requested}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The statuses a gift may move to this one from. */
    public List<GiftStatus> allowedFrom() {
        return switch (this) {
            case QUEUED -> List.of();
            case ADDRESS_REQUESTED -> List.of(QUEUED);
            case SHIPPED -> List.of(QUEUED, ADDRESS_REQUESTED);
            case DELIVERED -> List.of(SHIPPED);
        };
    }

    /** Whether a gift in this status may move to {@code target}. */
    public boolean canMoveTo(GiftStatus target) {
        return target.allowedFrom().contains(this);
    }

    public static GiftStatus fromCode(String code) {
        if (code != null) {
            for (GiftStatus status : values()) {
                if (status.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                    return status;
                }
            }
        }
        throw new IllegalArgumentException("unknown gift status '" + code + "' (expected one of: "
                + Arrays.stream(values()).map(GiftStatus::code).collect(Collectors.joining(", ")) + ")");
    }
}
