package org.restockradar.dispatch.stats;

import java.time.Instant;

/** How many mentions the system received since an instant: the top of the funnel, which dispatch does not store. */
@FunctionalInterface
public interface MentionCounter {
    /** Unknown: the funnel then shows no mention count. */
    MentionCounter NONE = since -> -1;

    /** The count since the instant, or -1 when it cannot be told now. */
    long countSince(Instant since);
}
