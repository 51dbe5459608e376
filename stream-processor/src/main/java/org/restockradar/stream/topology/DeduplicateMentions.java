package org.restockradar.stream.topology;

import java.time.Duration;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.restockradar.contracts.Mention;

/**
 * Lets each mention id through once: a post that ingest delivered twice (a replayed file, a reconnect
 * overlap) is one mention downstream. Ids are remembered in a changelogged store for {@code retention}
 * of stream time, then forgotten by a punctuation so the store stays bounded.
 */
final class DeduplicateMentions implements FixedKeyProcessor<String, Mention, Mention> {
    private final String storeName;
    private final Duration retention;
    private FixedKeyProcessorContext<String, Mention> context;
    private KeyValueStore<String, Long> seen;

    DeduplicateMentions(String storeName, Duration retention) {
        this.storeName = storeName;
        this.retention = retention;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Mention> context) {
        this.context = context;
        this.seen = context.getStateStore(storeName);
        Duration every = retention.compareTo(Duration.ofHours(1)) < 0 ? retention : Duration.ofHours(1);
        context.schedule(every, PunctuationType.STREAM_TIME, this::forgetOlderThanRetention);
    }

    @Override
    public void process(FixedKeyRecord<String, Mention> record) {
        String id = record.value().id();
        if (seen.get(id) != null) {
            return;
        }
        seen.put(id, record.timestamp());
        context.forward(record);
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
