package org.lifecircle.tools.demonet;

import org.lifecircle.engine.geo.Haversine;
import org.lifecircle.engine.geo.LonLat;
import org.locationtech.jts.geom.Coordinate;

/**
 * A flat plane in metres around one point (equirectangular: x east, y north). Over the few
 * kilometres of the demo area its distances are within 0.1 % of the great-circle ones, and every
 * geometric step (fitting, clipping, noding) is simpler in metres than in degrees.
 */
record LocalPlane(double lon0, double lat0) {

    private static final double METRES_PER_DEGREE = Haversine.EARTH_RADIUS_M * Math.PI / 180;

    Coordinate toPlane(LonLat p) {
        return new Coordinate((p.lon() - lon0) * METRES_PER_DEGREE * Math.cos(Math.toRadians(lat0)),
                (p.lat() - lat0) * METRES_PER_DEGREE);
    }

    LonLat toLonLat(Coordinate c) {
        return new LonLat(lon0 + c.x / (METRES_PER_DEGREE * Math.cos(Math.toRadians(lat0))),
                lat0 + c.y / METRES_PER_DEGREE);
    }
}
