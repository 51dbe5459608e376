package org.restockradar.stream.topology;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.restockradar.contracts.JsonSerde;
import org.restockradar.contracts.Outlet;
import org.restockradar.stream.understanding.OutletDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the global outlet store and the in-memory {@link OutletDirectory}
 * (the searchable index) in step with the compacted outlets topic. At start it loads what the store restored;
 * then every update, or tombstone, is applied to both. A row that cannot be decoded is logged and skipped.
 *
 * <p>Kafka Streams makes two of these at start: one replays the topic into the store on restore, the next runs the
 * global thread. The first to start loads the store into the directory ({@code loaded}, shared by the supplier's
 * updaters); from then on every row the store takes goes through {@link #process} into the directory as well, so
 * the next one finds the directory in step and does not load the store again (half of the start-up time with a
 * million outlets, docs/benchmarks.md).
 */
final class OutletRegistryUpdater implements Processor<String, byte[], Void, Void> {
    private static final Logger LOG = LoggerFactory.getLogger(OutletRegistryUpdater.class);
    private static final JsonSerde<Outlet> OUTLET = new JsonSerde<>(Outlet.class);

    private final String storeName;
    private final OutletDirectory directory;
    /** Whether an updater of this directory has loaded the store into it (shared by the supplier's updaters). */
    private final AtomicBoolean loaded;
    private KeyValueStore<String, byte[]> store;
    private ProcessorContext<Void, Void> context;

    OutletRegistryUpdater(String storeName, OutletDirectory directory, AtomicBoolean loaded) {
        this.storeName = storeName;
        this.directory = directory;
        this.loaded = loaded;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
        if (loaded.getAndSet(true)) {
            LOG.info("Outlet registry already loaded from the store {}: not loaded again", storeName);
            return;
        }
        int count = 0;
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            while (all.hasNext()) {
                var entry = all.next();
                if (apply(entry.key, entry.value)) {
                    count++;
                }
            }
        }
        LOG.info("Outlet registry loaded {} outlets from the restored store", count);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (record.key() == null) {
            LOG.warn("Skipping an outlet row without key at offset {}", context.recordMetadata().map(m -> m.offset()).orElse(-1L));
            return;
        }
        if (apply(record.key(), record.value())) {
            if (record.value() == null) {
                store.delete(record.key());
            } else {
                store.put(record.key(), record.value());
            }
        }
    }

    private boolean apply(String outletId, byte[] value) {
        if (value == null) {
            directory.remove(outletId);
            return true;
        }
        try {
            Outlet outlet = OUTLET.decode(value);
            if (!outlet.outletId().equals(outletId)) {
                LOG.warn("Skipping outlet row keyed {} that describes outlet {}", outletId, outlet.outletId());
                return false;
            }
            directory.put(outlet);
            return true;
        } catch (SerializationException e) {
            LOG.warn("Skipping undecodable outlet row {}: {}", outletId, e.getMessage());
            return false;
        }
    }
}
