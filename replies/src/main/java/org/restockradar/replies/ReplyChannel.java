package org.restockradar.replies;

import org.restockradar.contracts.Source;

/** Sends replies through one source's API. Implementations are thread-safe and never throw for a refused send. */
public interface ReplyChannel extends AutoCloseable {

    Source source();

    /**
     * Whether sending the same reply twice posts it once (the source honours {@link OutgoingReply#idempotencyKey()}).
     * Only such a channel gets a reply again whose earlier attempt ended in a crash with the outcome unknown.
     */
    boolean idempotent();

    /** One attempt; a refusal or an unreachable source is a result, not an exception. */
    SendResult send(OutgoingReply reply);

    @Override
    default void close() {
    }
}
