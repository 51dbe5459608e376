package org.restockradar.stream.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The locality keys of a locality name that many cities share ("Gandhi Nagar" in hundreds of them), read from the
 * directory's per-city map of that name: the runs of one key in the map's order, each with the last display name of
 * the run. Walking the hundreds of cities' stats for every post that names such a locality without its city was a
 * cache miss per city; the runs are kept per map (by identity) until the registry changes ({@link
 * OutletDirectory#version}), in a few slots that a newer map takes over. Thread-safe: a slot holds an immutable value.
 */
final class LocalityRuns {
    /** Slots for maps; a post names a few localities, and the common names of a registry are some dozens. */
    static final int SLOTS = 256;

    /** The runs of one map, as read at one version of the registry. */
    private record Runs(Map<String, OutletDirectory.PlaceStats> of, long version, String[] keys, String[] displays) {
    }

    private final OutletDirectory outlets;
    private final AtomicReferenceArray<Runs> slots = new AtomicReferenceArray<>(SLOTS);

    LocalityRuns(OutletDirectory outlets) {
        this.outlets = outlets;
    }

    /**
     * Adds each run's key of {@code named} to {@code keys} when the run begins and puts its last display into
     * {@code display} when it ends, as a walk over {@code named.values()} would; {@code named} is one of the
     * directory's own maps ({@link OutletDirectory#localitiesNamed}), changed only with the registry's version.
     */
    void addTo(Map<String, OutletDirectory.PlaceStats> named, Set<String> keys, Map<String, String> display) {
        int slot = (System.identityHashCode(named) * 0x9E37_79B9 >>> 24) & (SLOTS - 1);
        long version = outlets.version();
        Runs runs = slots.get(slot);
        if (runs == null || runs.of() != named || runs.version() != version) {
            runs = runsOf(named, version);
            slots.set(slot, runs);
        }
        for (int i = 0; i < runs.keys().length; i++) {
            keys.add(runs.keys()[i]);
            display.put(runs.keys()[i], runs.displays()[i]);
        }
    }

    /** Walks the map: a key where a run of it begins, with the display of the run's last stats. */
    static void addRuns(Iterable<OutletDirectory.PlaceStats> stats, List<String> keys, List<String> displays) {
        String runKey = null;
        String runDisplay = null;
        for (OutletDirectory.PlaceStats s : stats) {
            if (!s.key.equals(runKey)) {
                if (runKey != null) {
                    keys.add(runKey);
                    displays.add(runDisplay);
                }
                runKey = s.key;
            }
            runDisplay = s.display;
        }
        if (runKey != null) {
            keys.add(runKey);
            displays.add(runDisplay);
        }
    }

    private static Runs runsOf(Map<String, OutletDirectory.PlaceStats> named, long version) {
        List<String> keys = new ArrayList<>(2);
        List<String> displays = new ArrayList<>(2);
        addRuns(named.values(), keys, displays);
        return new Runs(named, version, keys.toArray(String[]::new), displays.toArray(String[]::new));
    }
}
