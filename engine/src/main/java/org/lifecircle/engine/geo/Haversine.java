package org.lifecircle.engine.geo;

/** Great-circle distance on a sphere of the mean Earth radius; plenty for metre-level checks. */
public final class Haversine {

    /** Mean Earth radius (IUGG), metres. */
    public static final double EARTH_RADIUS_M = 6_371_008.8;

    private Haversine() {
    }

    /** Distance between two points in metres. */
    public static double metres(LonLat a, LonLat b) {
        double phi1 = Math.toRadians(a.lat());
        double phi2 = Math.toRadians(b.lat());
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
