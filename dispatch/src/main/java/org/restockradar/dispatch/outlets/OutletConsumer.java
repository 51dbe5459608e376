package org.restockradar.dispatch.outlets;

import io.micrometer.core.instrument.MeterRegistry;
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
 * logged with its topic, partition and offset and passed; when the database is away the same record is tried again
 * after a growing pause.
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
        return new OutletConsumer(ConsumerLoop.fromBeginning("dispatch", kafka, Topics.OUTLETS, record -> apply(record, outlets, store),
                meters));
    }

    /** True from start until the loop has stopped. */
    public boolean isRunning() {
        return loop.isRunning();
    }

    /** Applies one record; throws when the database failed, so that the loop offers the record again. */
    private static void apply(ConsumerRecord<String, byte[]> record, Deserializer<Outlet> outlets, OutletStore store) {
        Outlet outlet = null;
        if (record.value() != null) {
            try {
                outlet = outlets.deserialize(record.topic(), record.value());
            } catch (RuntimeException e) {
                LOG.error("outlet record {}-{}@{} (key {}) does not decode; passed", record.topic(), record.partition(), record.offset(),
                        record.key(), e);
                return;
            }
        }
        if (outlet != null) {
            store.upsert(outlet);
        } else if (record.key() != null) {
            // A tombstone: the outlet left the registry.
            store.remove(record.key());
        }
    }

    /** Stops the loop and waits for the thread. */
    @Override
    public void close() {
        loop.close();
    }
}
