package org.restockradar.stream.understanding;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The slots of a fixed set of words, for the word lists and tables read on every token of every post (the lexicon's
 * words, units, generic shop words). An open-addressing table of power-of-two size with each word's hash kept in an
 * {@code int[]} beside it: a word that is not there (most tokens) is told by comparing ints, without reading a string
 * of the table, where {@code Set.of}/{@code Map.copyOf} compare the token with every string met on the probe (a
 * division and one or two cache misses each). Built once; read by any thread without locking.
 *
 * <p>{@link #setOf} and {@link #mapOf} give read-only {@link Set} and {@link Map} views, iterated in the order the
 * words were given.
 */
final class WordTable {
    private final int[] hashes;
    private final String[] words;
    private final int shift;
    /** The words in the order given, and the slot of each. */
    private final String[] ordered;
    private final int[] slotOf;

    private WordTable(Collection<String> given) {
        List<String> distinct = new ArrayList<>(given.size());
        int bits = 3;
        while ((1 << bits) < given.size() * 2) {
            bits++;
        }
        shift = 32 - bits;
        hashes = new int[1 << bits];
        words = new String[1 << bits];
        List<Integer> slots = new ArrayList<>(given.size());
        for (String w : given) {
            if (w == null) {
                throw new NullPointerException("a word table holds no null");
            }
            int h = w.hashCode();
            int i = start(h);
            while (words[i] != null && !(hashes[i] == h && words[i].equals(w))) {
                i = (i + 1) & (words.length - 1);
            }
            if (words[i] == null) {
                words[i] = w;
                hashes[i] = h;
                distinct.add(w);
                slots.add(i);
            }
        }
        ordered = distinct.toArray(new String[0]);
        slotOf = slots.stream().mapToInt(Integer::intValue).toArray();
    }

    private int start(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }

    /** The slot of a word, or -1 when the table does not hold it. */
    int slot(Object o) {
        if (!(o instanceof String w)) {
            return -1;
        }
        int h = w.hashCode();
        int mask = words.length - 1;
        for (int i = start(h); ; i = (i + 1) & mask) {
            String there = words[i];
            if (there == null) {
                return -1;
            }
            if (hashes[i] == h && there.equals(w)) {
                return i;
            }
        }
    }

    int size() {
        return ordered.length;
    }

    /** A read-only set of the words (the first of each when given twice). */
    static Set<String> setOf(Collection<String> words) {
        return new WordSet(new WordTable(words));
    }

    /** A read-only map of the entries of {@code map} (no null key or value), iterated in its order. */
    static <V> Map<String, V> mapOf(Map<String, V> map) {
        WordTable table = new WordTable(map.keySet());
        Object[] values = new Object[table.words.length];
        map.forEach((k, v) -> {
            if (v == null) {
                throw new NullPointerException("a word table holds no null value: " + k);
            }
            values[table.slot(k)] = v;
        });
        return new WordMap<>(table, values);
    }

    private static final class WordSet extends AbstractSet<String> {
        private final WordTable table;

        WordSet(WordTable table) {
            this.table = table;
        }

        @Override
        public boolean contains(Object o) {
            return table.slot(o) >= 0;
        }

        @Override
        public int size() {
            return table.size();
        }

        @Override
        public Iterator<String> iterator() {
            return Collections.unmodifiableList(java.util.Arrays.asList(table.ordered)).iterator();
        }
    }

    private static final class WordMap<V> extends AbstractMap<String, V> {
        private final WordTable table;
        private final Object[] values;

        WordMap(WordTable table, Object[] values) {
            this.table = table;
            this.values = values;
        }

        @Override
        @SuppressWarnings("unchecked")
        public V get(Object key) {
            int i = table.slot(key);
            return i < 0 ? null : (V) values[i];
        }

        @Override
        public boolean containsKey(Object key) {
            return table.slot(key) >= 0;
        }

        @Override
        public V getOrDefault(Object key, V defaultValue) {
            V v = get(key);
            return v != null ? v : defaultValue;
        }

        @Override
        public int size() {
            return table.size();
        }

        @Override
        public Set<Entry<String, V>> entrySet() {
            return new AbstractSet<>() {
                @Override
                @SuppressWarnings("unchecked")
                public Iterator<Entry<String, V>> iterator() {
                    List<Entry<String, V>> entries = new ArrayList<>(table.ordered.length);
                    for (int n = 0; n < table.ordered.length; n++) {
                        entries.add(Map.entry(table.ordered[n], (V) values[table.slotOf[n]]));
                    }
                    return Collections.unmodifiableList(entries).iterator();
                }

                @Override
                public int size() {
                    return table.size();
                }
            };
        }
    }
}
