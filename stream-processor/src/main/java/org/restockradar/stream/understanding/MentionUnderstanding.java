package org.restockradar.stream.understanding;

import org.restockradar.contracts.Mention;

/** Decides what one mention says: a stock-out report or not, for which product, and where. Pure, thread-safe, no I/O. */
public interface MentionUnderstanding {
    Understanding understand(Mention mention);
}
