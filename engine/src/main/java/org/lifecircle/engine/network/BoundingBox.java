package org.lifecircle.engine.network;

/**
 * A WGS-84 bounding box in degrees, borders included.
 *
 * @param minLat southern border
 * @param minLon western border
 * @param maxLat northern border
 * @param maxLon eastern border
 */
public record BoundingBox(double minLat, double minLon, double maxLat, double maxLon) {

    public BoundingBox {
        if (!(minLat <= maxLat && minLon <= maxLon) || minLat < -90 || maxLat > 90 || minLon < -180 || maxLon > 180) {
            throw new IllegalArgumentException("invalid bounding box: lat " + minLat + ".." + maxLat
                    + ", lon " + minLon + ".." + maxLon);
        }
    }

    public boolean contains(double lat, double lon) {
        return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
    }
}
