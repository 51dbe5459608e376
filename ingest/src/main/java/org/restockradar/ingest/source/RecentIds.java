package org.restockradar.ingest.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The source ids most recently handed on by one source, bounded: the oldest is forgotten once
 * {@code capacity} ids are held. A post seen again within that window (a reconnect overlap, a cursor
 * resumed with a margin, a webhook retried) is recognised as a duplicate. Thread-safe.
 */
public final class RecentIds {
    private final int capacity;
    private final LinkedHashMap<String, Boolean> ids;

    public RecentIds(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.ids = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > RecentIds.this.capacity;
            }
        };
    }

    public synchronized boolean contains(String id) {
        return ids.containsKey(id);
    }

    /** Remembers an id; re-adding one already held makes it the newest again. */
    public synchronized void add(String id) {
        ids.remove(id);
        ids.put(id, Boolean.TRUE);
    }

    public synchronized void addAll(Collection<String> seed) {
        seed.forEach(this::add);
    }

    public synchronized void removeAll(Collection<String> forget) {
        forget.forEach(ids::remove);
    }

    public synchronized int size() {
        return ids.size();
    }

    /** Up to {@code count} of the newest ids, oldest first, as kept with a checkpoint. */
    public synchronized List<String> newest(int count) {
        List<String> all = new ArrayList<>(ids.keySet());
        return List.copyOf(all.subList(Math.max(0, all.size() - count), all.size()));
    }

    @Override
    public synchronized String toString() {
        Iterator<String> it = ids.keySet().iterator();
        return "RecentIds{size=" + ids.size() + ", capacity=" + capacity + (it.hasNext() ? ", oldest=" + it.next() : "") + "}";
    }
}
