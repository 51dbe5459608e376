package org.restockradar.dispatch.intake;

import org.restockradar.contracts.DeadLetter;

/**
 * Keeps a record that dispatch cannot take, with the reason. {@link #send} returns only once the letter is
 * stored for good, so that the offset of the original record may then be committed; it throws when it cannot.
 */
@FunctionalInterface
public interface DeadLetterSink {
    void send(DeadLetter letter);
}
