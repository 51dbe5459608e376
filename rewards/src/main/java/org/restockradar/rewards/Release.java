package org.restockradar.rewards;

import java.time.Instant;
import java.util.Objects;

/**
 * A hold closed by a person: who released the reporter and when, and how many held credit entries it released.
 *
 * @param reason the rules' reasons of the hold that was released
 */
public record Release(String reporterId, String handle, String reason, Instant heldAt, String releasedBy, Instant releasedAt,
                      int releasedCredits) {
    public Release {
        Objects.requireNonNull(reporterId, "reporterId");
        Objects.requireNonNull(releasedBy, "releasedBy");
        Objects.requireNonNull(releasedAt, "releasedAt");
    }
}
