package org.lifecircle.engine.siting;

import java.util.Arrays;
import java.util.Random;

import org.lifecircle.engine.access.PairTimes;

/**
 * Generated siting instances: sites and demand points scattered on a square, times proportional to distance
 * with a random detour, pairs beyond {@code limit} left out. Times are almost surely all distinct, so the nearest
 * open site is unique. Some demand points weigh nothing, as empty compounds do.
 */
final class RandomInstances {

    private RandomInstances() {
    }

    static SitingInstance generate(long seed, int sites, int demand, double side, double limit) {
        Random r = new Random(seed);
        double[][] site = points(r, sites, side);
        double[][] point = points(r, demand, side);
        double[][] seconds = new double[sites][demand];
        for (int s = 0; s < sites; s++) {
            for (int d = 0; d < demand; d++) {
                double t = Math.hypot(site[s][0] - point[d][0], site[s][1] - point[d][1]) * (1 + 0.3 * r.nextDouble());
                seconds[s][d] = t <= limit ? t : Double.POSITIVE_INFINITY;
            }
        }
        double[] weights = new double[demand];
        for (int d = 0; d < demand; d++) {
            weights[d] = r.nextInt(10) == 0 ? 0 : 50 + r.nextInt(3000);
        }
        return SitingInstance.of(weights, PairTimes.of(seconds, demand));
    }

    /** Clustered demand (compounds of buildings) as a city has it: {@code clusters} centres, points spread round them. */
    static SitingInstance clustered(long seed, int sites, int demand, int clusters, double side, double limit) {
        Random r = new Random(seed);
        double[][] site = points(r, sites, side);
        double[][] centre = points(r, clusters, side);
        double[][] point = new double[demand][];
        for (int d = 0; d < demand; d++) {
            double[] c = centre[r.nextInt(clusters)];
            point[d] = new double[] {c[0] + r.nextGaussian() * side / 40, c[1] + r.nextGaussian() * side / 40};
        }
        double[][] seconds = new double[sites][demand];
        for (int s = 0; s < sites; s++) {
            for (int d = 0; d < demand; d++) {
                double t = Math.hypot(site[s][0] - point[d][0], site[s][1] - point[d][1]) * 1.25;
                seconds[s][d] = t <= limit ? t : Double.POSITIVE_INFINITY;
            }
        }
        double[] weights = new double[demand];
        Arrays.setAll(weights, d -> 100 + r.nextInt(900));
        return SitingInstance.of(weights, PairTimes.of(seconds, demand));
    }

    private static double[][] points(Random r, int n, double side) {
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            p[i] = new double[] {r.nextDouble() * side, r.nextDouble() * side};
        }
        return p;
    }
}
