package org.restockradar.stream.understanding;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The comparable keys of a shop name, a branch or an address, as the matcher scores them: an array, with which of
 * them are {@link Names#GENERIC} words. Immutable; equal when the keys are equal, in order.
 *
 * <p>Thousands of outlets share one name ("Shree Ganesh Kirana Store") and the outlets of a locality share the keys
 * of their address, so the directory keeps one instance per distinct array ({@link Interner}): an outlet scored at
 * a million outlets then costs a cache miss for its entry, not one more for each of its arrays.
 */
final class Keys {
    static final Keys NONE = new Keys(List.of());

    /** The keys, in order; never modified. */
    final String[] keys;
    /** Whether each key is a generic word. */
    final boolean[] generic;
    /** How many keys are not generic. */
    final int distinctive;
    /** How many keys are proper words ({@link Names#isProper}): what tells this shop from others of its kind. */
    final int proper;
    private final int hash;

    Keys(List<String> keys) {
        this.keys = keys.toArray(String[]::new);
        this.generic = new boolean[this.keys.length];
        int distinct = 0;
        int properWords = 0;
        for (int i = 0; i < this.keys.length; i++) {
            generic[i] = Names.GENERIC.contains(this.keys[i]);
            if (!generic[i]) {
                distinct++;
                properWords += Names.KIND_WORDS.contains(this.keys[i]) ? 0 : 1;
            }
        }
        this.distinctive = distinct;
        this.proper = properWords;
        this.hash = Arrays.hashCode(this.keys);
    }

    int size() {
        return keys.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Keys other && hash == other.hash && Arrays.equals(keys, other.keys);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return Arrays.toString(keys);
    }

    /**
     * One shared instance per distinct {@link Keys}, up to a bound: past it the table starts afresh, and the outlets
     * indexed before keep theirs (sharing saves memory and misses; it never changes what the keys say).
     */
    static final class Interner {
        private final int limit;
        private final Map<Keys, Keys> shared = new ConcurrentHashMap<>();

        Interner(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("an interner needs room for one value at least: " + limit);
            }
            this.limit = limit;
        }

        /** The shared instance equal to the keys; {@link #NONE} for none. */
        Keys intern(List<String> keys) {
            if (keys.isEmpty()) {
                return NONE;
            }
            Keys fresh = new Keys(keys);
            Keys known = shared.get(fresh);
            if (known != null) {
                return known;
            }
            if (shared.size() >= limit) {
                shared.clear();
            }
            known = shared.putIfAbsent(fresh, fresh);
            return known != null ? known : fresh;
        }

        int size() {
            return shared.size();
        }
    }
}
