package org.restockradar.stream.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.contracts.JsonSerde;
import org.restockradar.contracts.Outlet;
import org.restockradar.stream.understanding.OutletDirectory;

final class OutletRegistryUpdaterTest {
    private static final String STORE = "outlets-test-store";
    private static final JsonSerde<Outlet> OUTLET = new JsonSerde<>(Outlet.class);
    private static final Outlet SHARMA = new Outlet("PUN-0042", "Sharma General Store", "Paud Road", "Kothrud", "Pune",
            "Maharashtra", "IN", new GeoPoint(18.5074, 73.8077));
    private static final Outlet LAXMI = new Outlet("NSK-0007", "Laxmi Kirana", "College Road", "Gangapur", "Nashik",
            "Maharashtra", "IN", new GeoPoint(20.0059, 73.7630));
    private static final Outlet GUPTA = new Outlet("PUN-0043", "Gupta Stores", "FC Road", "Shivajinagar", "Pune",
            "Maharashtra", "IN", new GeoPoint(18.5308, 73.8475));

    private final MockProcessorContext<Void, Void> context = new MockProcessorContext<>();
    private final KeyValueStore<String, byte[]> store = Stores.keyValueStoreBuilder(
            Stores.inMemoryKeyValueStore(STORE), Serdes.String(), Serdes.ByteArray()).withLoggingDisabled().build();
    private final OutletDirectory directory = new OutletDirectory();
    private final AtomicBoolean loaded = new AtomicBoolean();

    OutletRegistryUpdaterTest() {
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
    }

    @Test
    void shouldLoadTheRestoredStoreIntoTheDirectoryAtStart() {
        store.put(SHARMA.outletId(), OUTLET.encode(SHARMA));

        new OutletRegistryUpdater(STORE, directory, loaded).init(context);

        assertThat(directory.get(SHARMA.outletId())).contains(SHARMA);
    }

    @Test
    void shouldLoadTheStoreOnceForTheUpdatersOfOneDirectory() {
        // the restore's updater: loads what the store held, then replays the topic's newer rows into store and directory
        store.put(SHARMA.outletId(), OUTLET.encode(SHARMA));
        OutletRegistryUpdater replaying = new OutletRegistryUpdater(STORE, directory, loaded);
        replaying.init(context);
        replaying.process(new Record<>(LAXMI.outletId(), OUTLET.encode(LAXMI), 0L));
        // a row the directory has not seen, put behind the updaters' back: only a second load would read it
        store.put(GUPTA.outletId(), OUTLET.encode(GUPTA));

        new OutletRegistryUpdater(STORE, directory, loaded).init(context);

        assertThat(directory.get(SHARMA.outletId())).contains(SHARMA);
        assertThat(directory.get(LAXMI.outletId())).contains(LAXMI);
        assertThat(directory.get(GUPTA.outletId())).isEmpty();
        assertThat(store.get(LAXMI.outletId())).isNotNull();
    }

    @Test
    void shouldKeepStoreAndDirectoryInStepAfterTheStart() {
        store.put(SHARMA.outletId(), OUTLET.encode(SHARMA));
        new OutletRegistryUpdater(STORE, directory, loaded).init(context);
        OutletRegistryUpdater running = new OutletRegistryUpdater(STORE, directory, loaded);
        running.init(context);

        running.process(new Record<>(SHARMA.outletId(), null, 1L));
        running.process(new Record<>(LAXMI.outletId(), OUTLET.encode(LAXMI), 2L));

        assertThat(directory.get(SHARMA.outletId())).isEmpty();
        assertThat(store.get(SHARMA.outletId())).isNull();
        assertThat(directory.get(LAXMI.outletId())).contains(LAXMI);
        assertThat(store.get(LAXMI.outletId())).isNotNull();
    }
}
