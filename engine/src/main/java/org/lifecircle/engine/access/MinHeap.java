package org.lifecircle.engine.access;

import java.util.Arrays;

/**
 * Indexed binary min-heap of node ids keyed by double, on primitive arrays, with decrease-key. The keys
 * are stored by heap position beside the node ids, so sifting compares neighbouring array cells instead
 * of jumping to each node's slot (about twice as fast on a million-node network).
 * Not thread-safe: one per search.
 */
final class MinHeap {

    private final int[] heap;
    private final double[] keys; // keys[i] is the key of heap[i]
    private final int[] pos; // position of a node in heap, -1 when absent
    private int size;

    MinHeap(int capacity) {
        heap = new int[capacity];
        keys = new double[capacity];
        pos = new int[capacity];
        Arrays.fill(pos, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    double peekKey() {
        return keys[0];
    }

    /** Inserts the node or lowers its key; a higher key is ignored. */
    void push(int node, double k) {
        int i = pos[node];
        if (i < 0) {
            i = size++;
        } else if (!(k < keys[i])) {
            return;
        }
        siftUp(i, node, k);
    }

    int pop() {
        int top = heap[0];
        pos[top] = -1;
        size--;
        if (size > 0) {
            siftDown(heap[size], keys[size]);
        }
        return top;
    }

    /** Empties the heap in time proportional to its size. */
    void clear() {
        for (int i = 0; i < size; i++) {
            pos[heap[i]] = -1;
        }
        size = 0;
    }

    private void siftUp(int i, int node, double k) {
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (keys[p] <= k) {
                break;
            }
            heap[i] = heap[p];
            keys[i] = keys[p];
            pos[heap[i]] = i;
            i = p;
        }
        heap[i] = node;
        keys[i] = k;
        pos[node] = i;
    }

    /** Places {@code node} with key {@code k} at the root and sifts it down. */
    private void siftDown(int node, double k) {
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int c = 2 * i + 1;
            int r = c + 1;
            if (r < size && keys[r] < keys[c]) {
                c = r;
            }
            if (keys[c] >= k) {
                break;
            }
            heap[i] = heap[c];
            keys[i] = keys[c];
            pos[heap[i]] = i;
            i = c;
        }
        heap[i] = node;
        keys[i] = k;
        pos[node] = i;
    }
}
