package org.lifecircle.engine.routing;

import org.lifecircle.engine.access.PairTimes;
import org.lifecircle.engine.access.TravelTimes;
import org.lifecircle.engine.network.SnappedPoints;

/**
 * Travel times between every pair of places on the street network, in whole seconds, for {@link RoutingProblem}: one
 * bounded search from each place. A pair farther apart than the bound, or not connected, gets {@link #UNREACHABLE},
 * which no plan can afford.
 */
public final class TravelMatrix {

    /** Seconds standing for "cannot get there": larger than any working day, small enough not to overflow sums. */
    public static final long UNREACHABLE = 10_000_000L;

    private TravelMatrix() {
    }

    public static long[][] seconds(int threads, TravelTimes tt, SnappedPoints places, double limitSeconds) {
        PairTimes pairs = PairTimes.within(threads, tt, places, places, limitSeconds, null);
        int n = places.size();
        long[][] matrix = new long[n][n];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(matrix[i], UNREACHABLE);
            matrix[i][i] = 0;
            for (int k = pairs.start(i); k < pairs.end(i); k++) {
                matrix[i][pairs.target(k)] = Math.round(pairs.seconds(k));
            }
        }
        return matrix;
    }
}
