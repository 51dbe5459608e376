package org.restockradar.stream.understanding;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The keys a map of the {@link OutletDirectory} may hold, as one bit per hash: a clear bit tells that a key is not
 * there without a look-up in the map. Most look-ups of a post's words in the registry's maps are misses (a word that
 * begins no locality, a grid cell with no outlet), and a miss in a map of hundreds of thousands of keys is a cache
 * miss or two; the bits of a key are one read of an array a few hundred kilobytes long.
 *
 * <p>Bits are only ever set (a removal leaves them), so a set bit says only "may be there", and a reader still asks
 * the map. The directory sets a key's bit before it puts the key in the map, so a reader that sees the bit clear
 * would not have seen the key in the map either. Written by the directory's updater, read by the stream threads
 * without locking.
 */
final class HashBits {
    private final AtomicLongArray words;
    private final int shift;

    /** A set of {@code 2^log2Bits} bits, all clear. */
    HashBits(int log2Bits) {
        if (log2Bits < 6 || log2Bits > 30) {
            throw new IllegalArgumentException("log2Bits must be 6 to 30: " + log2Bits);
        }
        this.words = new AtomicLongArray(1 << (log2Bits - 6));
        this.shift = 32 - log2Bits;
    }

    void add(String key) {
        set(key.hashCode());
    }

    void add(long key) {
        set(Long.hashCode(key));
    }

    /** False when the key was never added; true when it was, or when another key of the same bit was. */
    boolean mayContain(String key) {
        return isSet(key.hashCode());
    }

    /** The same for a string given by its {@link String#hashCode}, so that a key need not be built to be asked. */
    boolean mayContainHash(int stringHash) {
        return isSet(stringHash);
    }

    /** The same for a number. */
    boolean mayContain(long key) {
        return isSet(Long.hashCode(key));
    }

    private void set(int hash) {
        int bit = bit(hash);
        long mask = 1L << bit;
        int at = bit >>> 6;
        if ((words.get(at) & mask) == 0) {
            words.getAndAccumulate(at, mask, (a, b) -> a | b);
        }
    }

    private boolean isSet(int hash) {
        int bit = bit(hash);
        return (words.get(bit >>> 6) & 1L << bit) != 0;
    }

    private int bit(int hash) {
        return (hash * 0x9E37_79B9) >>> shift; // Fibonacci hashing: the top bits, well mixed
    }
}
