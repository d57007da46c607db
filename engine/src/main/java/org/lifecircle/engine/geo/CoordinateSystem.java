package org.lifecircle.engine.geo;

import java.util.Locale;

/**
 * The coordinate systems Chinese map data comes in. Everything inside LifeCircle is WGS-84;
 * the other two are converted at the edges by {@link ChinaCoordinates}.
 */
public enum CoordinateSystem {
    /** GPS, OpenStreetMap. */
    WGS84,
    /** 国测局 "Mars" coordinates: AMap (高德), Tencent (腾讯); a legally required offset. */
    GCJ02,
    /** Baidu (百度): a further transform of GCJ-02. */
    BD09;

    /**
     * Reads a system name leniently: case, spaces, dashes and underscores are ignored, and the
     * usual aliases are understood (GPS, 高德, 腾讯, 火星, 国测局, 百度, ...).
     *
     * @throws IllegalArgumentException naming the value when it is blank or not a known system
     */
    public static CoordinateSystem parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Unknown coordinate system: '" + text + "'");
        }
        String key = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
        switch (key) {
            case "WGS84", "GPS", "EPSG4326", "WGS":
                return WGS84;
            case "GCJ02", "GCJ", "高德", "腾讯", "火星", "火星坐标", "国测局", "AMAP", "GAODE", "TENCENT":
                return GCJ02;
            case "BD09", "BD09LL", "BD", "百度", "BAIDU":
                return BD09;
            default:
                throw new IllegalArgumentException("Unknown coordinate system: '" + text + "'");
        }
    }
}
