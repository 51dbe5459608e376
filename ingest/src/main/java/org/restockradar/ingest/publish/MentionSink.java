package org.restockradar.ingest.publish;

import org.restockradar.contracts.Mention;

/**
 * Where every ingest source hands its mentions. The Kafka implementation keys each mention by its id,
 * so a post delivered twice is one mention downstream; an implementation may block when Kafka is slow
 * (back-pressure), it never queues without bound.
 */
public interface MentionSink extends AutoCloseable {

    /** Hands one mention on; returns once the sink has accepted it (not necessarily acknowledged by Kafka). */
    void publish(Mention mention);

    /**
     * Keeps a payload that could not be turned into a mention, with the reason, on the dead-letter topic.
     *
     * @param origin which source or file the payload came from, such as {@code replay:demo.jsonl:17}
     */
    void deadLetter(String origin, byte[] rawPayload, String reason);

    /** Waits until everything handed on so far is acknowledged by Kafka. */
    void flush();

    @Override
    void close();
}
