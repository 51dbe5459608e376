package org.restockradar.ingest.cursor;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A cursor store that lives as long as the process: for tests and for runs that need no resume. */
public final class InMemoryCursorStore implements CursorStore {
    private final Map<String, Checkpoint> checkpoints = new ConcurrentHashMap<>();

    @Override
    public Optional<Checkpoint> load(String stream) {
        return Optional.ofNullable(checkpoints.get(stream));
    }

    @Override
    public void save(String stream, Checkpoint checkpoint) {
        checkpoints.put(stream, checkpoint);
    }

    @Override
    public void close() {
        // nothing held outside the heap
    }
}
