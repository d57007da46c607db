package org.lifecircle.engine.siting;

/**
 * The population rule of a center (the seeds: 30,000–60,000 residents in residential areas, 50,000–90,000 in
 * industrial ones): every demand point goes to its nearest open site by walking time (to one of them on a tie),
 * and every new site must then serve between {@code min} and {@code max} weight. A fixed (existing) site is held
 * to {@code max} only: it cannot be closed, so serving too few is no reason to reject a plan.
 */
public record Capacity(double min, double max) {

    public Capacity {
        if (!(min >= 0) || !(max >= min) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("capacity needs 0 <= min <= max < infinity, got " + min + ".." + max);
        }
    }
}
