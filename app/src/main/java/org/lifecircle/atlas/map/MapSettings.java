package org.lifecircle.atlas.map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The base map. Empty by default: the map draws the platform's own data and works with no
 * internet. A deployment sets a WGS-84 tile source (e.g. an OpenStreetMap tile server it runs).
 * AMap and Tencent tiles are drawn in GCJ-02: our WGS-84 points would sit about 500 m off on
 * them, so {@code tileCrs = GCJ02} makes the map shift every point into GCJ-02 before drawing.
 * Baidu tiles use their own projection and tiling and are not supported.
 */
@ConfigurationProperties("lifecircle.map")
public record MapSettings(String tileUrl, String attribution, String tileCrs, double centerLon, double centerLat,
                          int zoom) {

    public MapSettings {
        tileUrl = tileUrl == null ? "" : tileUrl;
        attribution = attribution == null ? "" : attribution;
        tileCrs = tileCrs == null || tileCrs.isBlank() ? "WGS84" : tileCrs;
        if (centerLon == 0 && centerLat == 0) {
            centerLon = 113.735;   // Ruyi Lake, Zhengdong New District
            centerLat = 34.765;
        }
        zoom = zoom == 0 ? 14 : zoom;
    }
}
