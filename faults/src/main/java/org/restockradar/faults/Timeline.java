package org.restockradar.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What was done to the system when, counted from the start of the load, and what was seen after it. */
final class Timeline {
    private static final Logger LOG = LoggerFactory.getLogger(Timeline.class);

    /** One entry: seconds since the load started, and what happened. */
    record Entry(double atSeconds, String what) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.1f s: %s", atSeconds, what);
        }
    }

    private final long start = System.nanoTime();
    private final List<Entry> entries = new ArrayList<>();

    synchronized void note(String what) {
        Entry entry = new Entry((System.nanoTime() - start) / 1e9, what);
        entries.add(entry);
        LOG.info("[{}] {}", String.format(Locale.ROOT, "%.1f s", entry.atSeconds()), what);
    }

    synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
