package org.lifecircle.engine.network;

/** Great-circle distances on a spherical earth (mean radius), the same formula for every length we store. */
public final class EarthDistance {

    /** Mean earth radius in metres (IUGG). */
    public static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private EarthDistance() {
    }

    /** Haversine distance in metres between two WGS-84 points given in degrees. */
    public static double metres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
