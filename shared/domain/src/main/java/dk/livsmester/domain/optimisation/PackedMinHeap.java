package dk.livsmester.domain.optimisation;

import java.util.Arrays;

/**
 * A binary min-heap of (key, node) pairs packed into one long each, key in the high bits and node in the low 24, so
 * that comparing two entries is comparing two longs: equal keys come out lowest node first. Dijkstra's queue in
 * {@link MinCostAssignment}; an object per entry would cost more than the search itself.
 */
final class PackedMinHeap {
    static final int NODE_BITS = 24;
    static final int MAX_NODES = 1 << NODE_BITS;
    static final int KEY_BITS = Long.SIZE - 1 - NODE_BITS;

    private long[] a;
    private int size;

    PackedMinHeap(int initialCapacity) {
        a = new long[Math.max(16, initialCapacity)];
    }

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        size = 0;
    }

    /** {@code key} from 0 to 2^39 − 1, {@code node} from 0 to 2^24 − 1. */
    void push(long key, int node) {
        if (key >>> KEY_BITS != 0 || node >>> NODE_BITS != 0) {
            throw new IllegalArgumentException("key " + key + " or node " + node + " out of range");
        }
        if (size == a.length) {
            a = Arrays.copyOf(a, size * 2);
        }
        long x = key << NODE_BITS | node;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (a[parent] <= x) {
                break;
            }
            a[i] = a[parent];
            i = parent;
        }
        a[i] = x;
    }

    /** Removes and returns the smallest entry, packed; read it with {@link #key} and {@link #node}. */
    long pop() {
        if (size == 0) {
            throw new IllegalStateException("empty heap");
        }
        long top = a[0];
        long x = a[--size];
        int i = 0;
        while (true) {
            int c = 2 * i + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && a[c + 1] < a[c]) {
                c++;
            }
            if (a[c] >= x) {
                break;
            }
            a[i] = a[c];
            i = c;
        }
        if (size > 0) {
            a[i] = x;
        }
        return top;
    }

    static long key(long entry) {
        return entry >>> NODE_BITS;
    }

    static int node(long entry) {
        return (int) (entry & (MAX_NODES - 1));
    }
}
