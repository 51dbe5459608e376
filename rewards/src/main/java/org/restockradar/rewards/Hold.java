package org.restockradar.rewards;

import java.time.Instant;
import java.util.Objects;

/** A reporter held for review by the fraud rules, and why; their credits stay held until ops release them. */
public record Hold(long id, String reporterId, String handle, String source, String reason, Instant heldAt, long heldCredits) {
    public Hold {
        Objects.requireNonNull(reporterId, "reporterId");
        Objects.requireNonNull(reason, "reason");
    }
}
