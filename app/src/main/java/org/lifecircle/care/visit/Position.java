package org.lifecircle.care.visit;

/**
 * One point-in-time position as the phone reported it (WGS-84, what browsers' geolocation gives), with its accuracy
 * radius in metres. Null fields: the phone gave none (refused, unavailable, timed out).
 */
public record Position(Double lon, Double lat, Double accuracy) {

    public static final Position NONE = new Position(null, null, null);

    public boolean present() {
        return lon != null && lat != null;
    }
}
