package org.restockradar.ingest.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.restockradar.contracts.Mention;
import org.restockradar.ingest.publish.MentionSink;

/** A mention sink that remembers what it was handed, for the adapters' tests. */
public final class RecordingSink implements MentionSink {
    /** A dead letter as handed to the sink. */
    public record Dead(String origin, byte[] raw, String reason) {
        public String text() {
            return raw == null ? null : new String(raw, StandardCharsets.UTF_8);
        }
    }

    private final List<Mention> mentions = new CopyOnWriteArrayList<>();
    private final List<Dead> deadLetters = new CopyOnWriteArrayList<>();
    private final AtomicInteger flushes = new AtomicInteger();
    private volatile boolean closed;

    @Override
    public void publish(Mention mention) {
        mentions.add(mention);
    }

    @Override
    public void deadLetter(String origin, byte[] rawPayload, String reason) {
        deadLetters.add(new Dead(origin, rawPayload, reason));
    }

    @Override
    public void flush() {
        flushes.incrementAndGet();
    }

    @Override
    public void close() {
        closed = true;
    }

    public List<Mention> mentions() {
        return List.copyOf(mentions);
    }

    public List<String> ids() {
        return mentions.stream().map(Mention::id).toList();
    }

    public List<Dead> deadLetters() {
        return List.copyOf(deadLetters);
    }

    public int flushes() {
        return flushes.get();
    }

    public boolean closed() {
        return closed;
    }
}
