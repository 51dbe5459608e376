package org.restockradar.replies;

import java.time.Instant;
import java.util.Objects;

/** What became of one attempt to send a reply. */
public sealed interface SendResult {

    /** The source took the reply. @param externalId the id it gave it (tweet, status, wamid, gateway id), or null */
    record Sent(String externalId) implements SendResult {
    }

    /**
     * Try again later: the source was busy (429) or broken (5xx), or unreachable.
     *
     * @param notBefore when the source said it takes requests again (a rate-limit reset or Retry-After), or null to
     *                  back off by the sender's own schedule
     */
    record RetryLater(String reason, Instant notBefore) implements SendResult {
        public RetryLater {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The source refused the reply for good (4xx other than 429): no further attempt. */
    record Failed(String reason) implements SendResult {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The reply cannot go out through this channel (no number to send to, outside WhatsApp's 24-hour window). */
    record Skipped(String reason) implements SendResult {
        public Skipped {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
