package org.restockradar.ingest.testing;

import org.restockradar.contracts.Mention;
import org.restockradar.ingest.publish.MentionSink;

/** A recording sink whose flush fails on demand, as a Kafka producer whose sends failed would. */
public final class FlakySink implements MentionSink {
    private final RecordingSink recording = new RecordingSink();
    private volatile boolean failFlush;

    public void failFlush(boolean fail) {
        this.failFlush = fail;
    }

    public RecordingSink recording() {
        return recording;
    }

    @Override
    public void publish(Mention mention) {
        recording.publish(mention);
    }

    @Override
    public void deadLetter(String origin, byte[] rawPayload, String reason) {
        recording.deadLetter(origin, rawPayload, reason);
    }

    @Override
    public void flush() {
        if (failFlush) {
            throw new IllegalStateException("broker unreachable");
        }
        recording.flush();
    }

    @Override
    public void close() {
        recording.close();
    }
}
