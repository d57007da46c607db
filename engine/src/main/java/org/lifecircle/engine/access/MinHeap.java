package org.lifecircle.engine.access;

import java.util.Arrays;

/**
 * Indexed binary min-heap of node ids keyed by double, on primitive arrays, with decrease-key.
 * Not thread-safe: one per search.
 */
final class MinHeap {

    private final int[] heap;
    private final int[] pos; // position of a node in heap, -1 when absent
    private final double[] key;
    private int size;

    MinHeap(int capacity) {
        heap = new int[capacity];
        pos = new int[capacity];
        key = new double[capacity];
        Arrays.fill(pos, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    double peekKey() {
        return key[heap[0]];
    }

    /** Inserts the node or lowers its key; a higher key is ignored. */
    void push(int node, double k) {
        int i = pos[node];
        if (i < 0) {
            i = size++;
            heap[i] = node;
            pos[node] = i;
            key[node] = k;
        } else if (k < key[node]) {
            key[node] = k;
        } else {
            return;
        }
        siftUp(i);
    }

    int pop() {
        int top = heap[0];
        pos[top] = -1;
        size--;
        if (size > 0) {
            heap[0] = heap[size];
            pos[heap[0]] = 0;
            siftDown(0);
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

    private void siftUp(int i) {
        int node = heap[i];
        double k = key[node];
        while (i > 0) {
            int p = (i - 1) >>> 1;
            int pn = heap[p];
            if (key[pn] <= k) {
                break;
            }
            heap[i] = pn;
            pos[pn] = i;
            i = p;
        }
        heap[i] = node;
        pos[node] = i;
    }

    private void siftDown(int i) {
        int node = heap[i];
        double k = key[node];
        int half = size >>> 1;
        while (i < half) {
            int c = 2 * i + 1;
            int r = c + 1;
            if (r < size && key[heap[r]] < key[heap[c]]) {
                c = r;
            }
            if (key[heap[c]] >= k) {
                break;
            }
            heap[i] = heap[c];
            pos[heap[i]] = i;
            i = c;
        }
        heap[i] = node;
        pos[node] = i;
    }
}
