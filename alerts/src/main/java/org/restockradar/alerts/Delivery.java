package org.restockradar.alerts;

import java.util.Objects;

/** What became of one attempt to send an alert through a channel. */
public sealed interface Delivery {

    /** The channel took the alert. */
    record Sent() implements Delivery {
    }

    /** The channel is down or busy (unreachable, 5xx, 429, a temporary SMTP reply): try again after a pause. */
    record RetryLater(String reason) implements Delivery {
        public RetryLater {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The channel refused the alert for good (a 4xx, a permanent SMTP reply): recorded as failed, never tried again. */
    record Refused(String reason) implements Delivery {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
