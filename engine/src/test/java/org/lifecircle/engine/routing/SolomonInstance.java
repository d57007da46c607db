package org.lifecircle.engine.routing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A Solomon / Gehring–Homberger instance as a {@link RoutingProblem}, in tenths of a unit: the distance between
 * customers is the Euclidean distance truncated to one decimal (CVRPLIB's convention for the best-known figures), and
 * travel time equals distance. Every customer is mandatory; every vehicle starts and ends at the depot (node 0).
 */
record SolomonInstance(String name, int vehicles, long capacity, double[][] customers) {

    static SolomonInstance read(String name) {
        try (InputStream in = SolomonInstance.class.getResourceAsStream("/vrptw/" + name + ".txt")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            List<double[]> rows = new ArrayList<>();
            int vehicles = 0;
            long capacity = 0;
            String line;
            boolean fleetNext = false;
            while ((line = reader.readLine()) != null) {
                String[] f = line.trim().split("\\s+");
                if (line.trim().startsWith("NUMBER")) {
                    fleetNext = true;
                } else if (fleetNext && f.length == 2) {
                    vehicles = Integer.parseInt(f[0]);
                    capacity = Long.parseLong(f[1]);
                    fleetNext = false;
                } else if (f.length == 7 && f[0].matches("\\d+")) {
                    double[] row = new double[7];
                    for (int i = 0; i < 7; i++) {
                        row[i] = Double.parseDouble(f[i]);
                    }
                    rows.add(row);
                }
            }
            return new SolomonInstance(name, vehicles, capacity, rows.toArray(double[][]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RoutingProblem problem() {
        int n = customers.length;
        long[][] travel = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double dx = customers[i][1] - customers[j][1];
                double dy = customers[i][2] - customers[j][2];
                travel[i][j] = (long) Math.floor(10 * Math.sqrt(dx * dx + dy * dy) + 1e-9);
            }
        }
        List<Visit> visits = new ArrayList<>();
        for (int c = 1; c < n; c++) {
            double[] r = customers[c];
            visits.add(new Visit(c, tenths(r[4]), tenths(r[5]), tenths(r[6]), 0, (long) r[3], Visit.MANDATORY));
        }
        long close = tenths(customers[0][5]);
        List<Worker> fleet = new ArrayList<>();
        for (int v = 0; v < vehicles; v++) {
            fleet.add(new Worker(0, 0, 0, close, 0, 0, capacity));
        }
        return new RoutingProblem(new long[][][] {travel}, visits, fleet, 0);
    }

    private static long tenths(double value) {
        return Math.round(value * 10);
    }
}
