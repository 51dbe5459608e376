package org.restockradar.stream.understanding;

import java.util.Arrays;

/**
 * The outlets of one name key in one place (a city, a locality name, a locality of a city): an array that readers walk
 * without locking or allocating, written under the posting's lock. A walk over a concurrent set's nodes cost a cache
 * miss per node on top of the one per outlet; at a million outlets those misses were most of a match.
 *
 * <p>An addition writes the new slot, then publishes the size; a removal publishes a new array, then the size. A
 * reader takes the size, then the array, and skips an empty slot (the last one, when it read the size before a
 * removal). It sees every outlet added before it took the size, and may or may not see one being removed.
 */
final class Posting {
    /** The posting of a key no outlet of the place carries; read only, never added to. */
    static final Posting NONE = new Posting();

    private volatile OutletDirectory.Entry[] slots = new OutletDirectory.Entry[2];
    private volatile int size;

    /** Adds an outlet not in the posting (the directory adds each outlet once per distinct key of its name). */
    synchronized void add(OutletDirectory.Entry e) {
        OutletDirectory.Entry[] a = slots;
        int n = size;
        if (n == a.length) {
            a = Arrays.copyOf(a, n * 2);
            slots = a;
        }
        a[n] = e;
        size = n + 1;
    }

    synchronized void remove(OutletDirectory.Entry e) {
        OutletDirectory.Entry[] a = slots;
        int n = size;
        for (int i = 0; i < n; i++) {
            if (a[i] == e) {
                OutletDirectory.Entry[] without = new OutletDirectory.Entry[a.length];
                System.arraycopy(a, 0, without, 0, i);
                System.arraycopy(a, i + 1, without, i, n - i - 1);
                slots = without;
                size = n - 1;
                return;
            }
        }
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Calls {@code each} with every outlet of the posting, in the order added. */
    void forEach(java.util.function.Consumer<OutletDirectory.Entry> each) {
        int n = size;
        OutletDirectory.Entry[] a = slots;
        for (int i = 0; i < n; i++) {
            OutletDirectory.Entry e = a[i];
            if (e != null) {
                each.accept(e);
            }
        }
    }
}
