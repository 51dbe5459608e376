package org.restockradar.stream.understanding;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.restockradar.contracts.Outlet;

/**
 * The outlet registry as the understanding stage searches it. Written by the topology's global-store
 * updater as the outlets topic changes, read concurrently by the stream threads.
 */
public final class OutletDirectory {
    private final Map<String, Outlet> byId = new ConcurrentHashMap<>();

    public void put(Outlet outlet) {
        byId.put(outlet.outletId(), outlet);
    }

    public void remove(String outletId) {
        byId.remove(outletId);
    }

    public Optional<Outlet> get(String outletId) {
        return Optional.ofNullable(byId.get(outletId));
    }

    public Collection<Outlet> all() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }
}
