package org.restockradar.dispatch.workflow;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Why a crew could not restock; a failed job always carries one. */
public enum FailureReason {
    OUTLET_CLOSED, OWNER_REFUSED, NO_STOCK_IN_VAN,
    /** The shelf was stocked when the crew arrived: the report was not a stock-out (a fraud signal for rewards). */
    SHELF_FULL;

    /** The lower-case code stored and shown ({@code no_stock_in_van}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reason of a code; the message lists the known codes. */
    public static FailureReason fromCode(String code) {
        if (code != null) {
            for (FailureReason reason : values()) {
                if (reason.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                    return reason;
                }
            }
        }
        throw new IllegalArgumentException("unknown failure reason '" + code + "' (expected one of: "
                + Arrays.stream(values()).map(FailureReason::code).collect(Collectors.joining(", ")) + ")");
    }
}
