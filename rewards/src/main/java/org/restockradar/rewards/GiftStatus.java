package org.restockradar.rewards;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a gift stands; it only ever moves forward: queued → address requested → shipped → delivered. */
public enum GiftStatus {
    QUEUED, ADDRESS_REQUESTED, SHIPPED, DELIVERED;

    /** The lower-case code stored and shown ({@code address_requested}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The statuses a gift may move to this one from: those before it. */
    public List<GiftStatus> before() {
        return Arrays.stream(values()).filter(s -> s.ordinal() < ordinal()).toList();
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
