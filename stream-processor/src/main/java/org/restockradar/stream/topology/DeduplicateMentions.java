package org.restockradar.stream.topology;

import java.time.Duration;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A step of {@link AssessMention}: lets each mention id through once, so that a post that ingest delivered twice (a
 * replayed file, a reconnect overlap) is one mention downstream. Ids are remembered in a changelogged store for
 * {@code retention} of stream time, then forgotten by a punctuation so the store stays bounded.
 */
final class DeduplicateMentions {
    private final String storeName;
    private final Duration retention;
    private KeyValueStore<String, Long> seen;

    DeduplicateMentions(String storeName, Duration retention) {
        this.storeName = storeName;
        this.retention = retention;
    }

    /** Opens the store of the processor that runs this step and schedules the forgetting. */
    void init(ProcessorContext<?, ?> context) {
        this.seen = context.getStateStore(storeName);
        Duration every = retention.compareTo(Duration.ofHours(1)) < 0 ? retention : Duration.ofHours(1);
        context.schedule(every, PunctuationType.STREAM_TIME, this::forgetOlderThanRetention);
    }

    /**
     * Whether this is the first time the id is seen (within the retention); remembers it with its record's time. One
     * call through the store's layers (metered, change-logging, RocksDB), the key serialized once, where a get and then
     * a put went through them twice; the changelog record is written only when the id was absent, as before.
     */
    boolean firstSeen(String id, long timestamp) {
        return seen.putIfAbsent(id, timestamp) == null;
    }

    private void forgetOlderThanRetention(long streamTime) {
        long horizon = streamTime - retention.toMillis();
        try (KeyValueIterator<String, Long> all = seen.all()) {
            while (all.hasNext()) {
                var entry = all.next();
                if (entry.value < horizon) {
                    seen.delete(entry.key);
                }
            }
        }
    }
}
