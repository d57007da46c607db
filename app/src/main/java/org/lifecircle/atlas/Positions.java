package org.lifecircle.atlas;

/** Converts a position entered in WGS-84, GCJ-02 or BD-09 to the WGS-84 the registry stores. */
public final class Positions {

    private Positions() {
    }

    /** @return {lon, lat} in WGS-84 */
    public static double[] toWgs84(String crs, double lon, double lat) {
        if (!"WGS84".equals(crs)) {
            throw new UnsupportedOperationException("conversion arrives with the engine's geo package");
        }
        return new double[] {lon, lat};
    }
}
