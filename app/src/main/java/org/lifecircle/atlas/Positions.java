package org.lifecircle.atlas;

import org.lifecircle.engine.geo.ChinaCoordinates;
import org.lifecircle.engine.geo.CoordinateSystem;
import org.lifecircle.engine.geo.LonLat;
import org.lifecircle.shared.InvalidInputException;

/** Converts a position entered in WGS-84, GCJ-02 or BD-09 to the WGS-84 the registry stores. */
public final class Positions {

    private Positions() {
    }

    /**
     * @return {lon, lat} in WGS-84 (the engine's iterative inverse, well under 0.1 m)
     * @throws InvalidInputException for a GCJ-02 or BD-09 position outside China, where those
     *                               systems are not defined (usually swapped or mistyped numbers)
     */
    public static double[] toWgs84(String crs, double lon, double lat) {
        CoordinateSystem system = CoordinateSystem.parse(crs);
        LonLat given = new LonLat(lon, lat);
        if (!ChinaCoordinates.isDefined(system, given)) {
            throw new InvalidInputException("lon", "atlas.position.outsideChina", lon, lat, system);
        }
        LonLat wgs84 = ChinaCoordinates.toWgs84(system, given);
        return new double[] {wgs84.lon(), wgs84.lat()};
    }
}
