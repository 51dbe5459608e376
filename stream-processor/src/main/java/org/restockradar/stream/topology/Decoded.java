package org.restockradar.stream.topology;

import org.restockradar.contracts.DeadLetter;
import org.restockradar.contracts.Mention;

/** A raw mention record after decoding: either the mention or the dead letter that says why it could not be read. */
record Decoded(Mention mention, DeadLetter failure) {
    static Decoded ok(Mention mention) {
        return new Decoded(mention, null);
    }

    static Decoded failed(DeadLetter failure) {
        return new Decoded(null, failure);
    }

    boolean isFailure() {
        return failure != null;
    }
}
