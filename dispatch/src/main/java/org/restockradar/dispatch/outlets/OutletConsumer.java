package org.restockradar.dispatch.outlets;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.restockradar.contracts.Outlet;
import org.restockradar.contracts.Topics;
import org.restockradar.dbkit.consuming.ConsumerLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps table {@code outlet} in step with the compacted {@link Topics#OUTLETS}: reads every partition from its start at
 * each start (no consumer group, no committed offsets: the topic is compacted and the upserts idempotent, so reading it
 * again is correct and cheap), upserts each outlet by id and marks an outlet removed on a tombstone. The loop is
 * dispatch's consumer loop without a group ({@link ConsumerLoop#fromBeginning}). A record that does not decode is
 * logged with its topic, partition and offset and passed. Each poll is written in one transaction (a million outlets
 * are read in minutes, not hours); when the database is away the same poll is tried again after a growing pause.
 */
public final class OutletConsumer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutletConsumer.class);

    private final ConsumerLoop loop;

    private OutletConsumer(ConsumerLoop loop) {
        this.loop = loop;
    }

    /** @param kafka client properties ({@code bootstrap.servers} and any others), without the {@code kafka.} prefix */
    public static OutletConsumer start(Map<String, String> kafka, OutletStore store, MeterRegistry meters) {
        Objects.requireNonNull(store, "store");
        Deserializer<Outlet> outlets = Topics.OUTLETS.valueSerde().deserializer();
        return new OutletConsumer(ConsumerLoop.fromBeginningByBatch("dispatch", kafka, Topics.OUTLETS, batch -> apply(batch, outlets, store),
                meters));
    }

    /** True from start until the loop has stopped. */
    public boolean isRunning() {
        return loop.isRunning();
    }

    /**
     * Applies the records of one poll in one transaction, folded per outlet in the topic's order; throws when the
     * database failed, so that the loop offers the whole poll again.
     */
    private static void apply(List<ConsumerRecord<String, byte[]>> records, Deserializer<Outlet> outlets, OutletStore store) {
        Map<String, OutletStore.Change> changes = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.value() == null) {
                if (record.key() != null) {
                    // A tombstone: the outlet left the registry.
                    changes.merge(record.key(), new OutletStore.Change(record.key(), null, true), (before, tombstone) -> before.thenRemoved());
                }
                continue;
            }
            Outlet outlet;
            try {
                outlet = outlets.deserialize(record.topic(), record.value());
            } catch (RuntimeException e) {
                LOG.error("outlet record {}-{}@{} (key {}) does not decode; passed", record.topic(), record.partition(), record.offset(),
                        record.key(), e);
                continue;
            }
            if (outlet != null) {
                changes.merge(outlet.outletId(), new OutletStore.Change(outlet.outletId(), outlet, false), (before, next) -> before.then(outlet));
            }
        }
        store.applyAll(changes.values());
    }

    /** Stops the loop and waits for the thread. */
    @Override
    public void close() {
        loop.close();
    }
}
