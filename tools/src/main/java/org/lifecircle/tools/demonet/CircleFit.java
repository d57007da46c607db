package org.lifecircle.tools.demonet;

import java.util.List;

import org.locationtech.jts.geom.Coordinate;

/**
 * The circle nearest to a set of points in the least-squares sense of Kåsa: minimise
 * Σ (x² + y² + Dx + Ey + F)², a linear problem, solved by its 3 × 3 normal equations.
 */
record CircleFit(Coordinate centre, double radius) {

    static CircleFit of(List<Coordinate> points) {
        if (points.size() < 3) {
            throw new IllegalArgumentException("a circle needs at least 3 points, got " + points.size());
        }
        double[][] a = new double[3][4];
        for (Coordinate p : points) {
            double[] row = {p.x, p.y, 1, -(p.x * p.x + p.y * p.y)};
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 4; j++) {
                    a[i][j] += row[i] * row[j];
                }
            }
        }
        double[] def = solve(a);
        Coordinate centre = new Coordinate(-def[0] / 2, -def[1] / 2);
        return new CircleFit(centre, Math.sqrt(centre.x * centre.x + centre.y * centre.y - def[2]));
    }

    /** The point of the circle at {@code angle} (radians, counter-clockwise from east). */
    Coordinate at(double angle) {
        return new Coordinate(centre.x + radius * Math.cos(angle), centre.y + radius * Math.sin(angle));
    }

    double angleOf(Coordinate p) {
        return Math.atan2(p.y - centre.y, p.x - centre.x);
    }

    /** Gauss-Jordan elimination with partial pivoting of an n × (n+1) augmented matrix. */
    private static double[] solve(double[][] m) {
        int n = m.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int r = 0; r < n; r++) {
                if (r != col) {
                    double f = m[r][col] / m[col][col];
                    for (int c = col; c <= n; c++) {
                        m[r][c] -= f * m[col][c];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][n] / m[i][i];
        }
        return x;
    }
}
