package org.lifecircle.engine.network;

import java.util.Arrays;

/**
 * A batch of points snapped to the network, in input order. Points farther than the snapper's limit
 * from every usable edge have no snap ({@code null}) and are listed in {@link #unsnapped()}.
 * Immutable.
 */
public final class SnappedPoints {

    private final Snap[] snaps;
    private final int[] unsnapped;

    public SnappedPoints(Snap[] snaps) {
        this.snaps = snaps.clone();
        this.unsnapped = java.util.stream.IntStream.range(0, snaps.length).filter(i -> snaps[i] == null).toArray();
    }

    public int size() {
        return snaps.length;
    }

    /** The snap of point {@code i}, or {@code null} when it was too far from the network. */
    public Snap get(int i) {
        return snaps[i];
    }

    /** How many points have a snap. */
    public int snappedCount() {
        return snaps.length - unsnapped.length;
    }

    /** Indexes of the points that were not snapped, ascending. */
    public int[] unsnapped() {
        return unsnapped.clone();
    }

    /** The points whose index is in {@code indexes}, in that order. */
    public SnappedPoints select(int[] indexes) {
        Snap[] s = new Snap[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            s[i] = snaps[indexes[i]];
        }
        return new SnappedPoints(s);
    }

    @Override
    public String toString() {
        return "SnappedPoints[" + snaps.length + " points, unsnapped " + Arrays.toString(unsnapped) + "]";
    }
}
