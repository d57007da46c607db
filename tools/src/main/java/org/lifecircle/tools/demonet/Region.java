package org.lifecircle.tools.demonet;

import org.lifecircle.engine.geo.LonLat;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The area the demo network covers, WGS-84 degrees, and the metric plane around its centre. The
 * Ruyi Lake sub-district is about 113.70–113.76 E, 34.75–34.80 N; the box reaches down to 34.73 N so
 * that the demo's 体育公园便民服务中心 (商都路街道, 34.736 N) is on the network too.
 */
record Region(double west, double south, double east, double north) {

    static final Region RUYI_LAKE = new Region(113.70, 34.73, 113.76, 34.80);

    LocalPlane plane() {
        return new LocalPlane((west + east) / 2, (south + north) / 2);
    }

    /** The box in the plane's metres. */
    Envelope envelope() {
        LocalPlane plane = plane();
        Coordinate sw = plane.toPlane(new LonLat(west, south));
        Coordinate ne = plane.toPlane(new LonLat(east, north));
        return new Envelope(sw, ne);
    }
}
