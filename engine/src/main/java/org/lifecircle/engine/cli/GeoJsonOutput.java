package org.lifecircle.engine.cli;

import org.lifecircle.engine.access.Isochrones;
import org.lifecircle.engine.access.Isochrones.Isochrone;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * isochrones.geojson: a FeatureCollection (RFC 7946, WGS-84 lon/lat, 6 decimals). One feature per category
 * and threshold (the area within that many minutes of any of the category's facilities), then one per
 * {@code --isochrone-at} point and threshold. Properties: {@code kind} ("category" or "point"),
 * {@code category} and {@code facilities} (snapped facilities), or {@code point} (its number) with
 * {@code lon}/{@code lat}; then {@code minutes}, {@code profile} and {@code areaSquareMetres}.
 */
final class GeoJsonOutput {

    private GeoJsonOutput() {
    }

    static void write(Writer out, Analysis.Result r, Settings s) throws IOException {
        out.write("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        for (Analysis.CategoryIsochrones c : r.categoryIsochrones()) {
            String head = "\"kind\":\"category\",\"category\":" + string(c.category()) + ",\"facilities\":" + c.snappedFacilities();
            first = features(out, head, c.polygons(), s, first);
        }
        for (Analysis.PointIsochrones p : r.pointIsochrones()) {
            String head = "\"kind\":\"point\",\"point\":" + p.number() + ",\"lon\":" + Formats.fixed(p.at().lon(), 7)
                    + ",\"lat\":" + Formats.fixed(p.at().lat(), 7);
            first = features(out, head, p.polygons(), s, first);
        }
        out.write("]}\n");
    }

    private static boolean features(Writer out, String head, List<Isochrone> polygons, Settings s, boolean first)
            throws IOException {
        double[] minutes = s.thresholdMinutes();
        for (int t = 0; t < polygons.size(); t++) {
            out.write(first ? "\n" : ",\n");
            first = false;
            out.write("{\"type\":\"Feature\",\"properties\":{" + head + ",\"minutes\":" + Formats.number(minutes[t])
                    + ",\"profile\":" + string(s.profile().name())
                    + ",\"areaSquareMetres\":" + Math.round(polygons.get(t).areaSquareMetres())
                    + "},\"geometry\":" + Isochrones.geometryJson(polygons.get(t).lonLat()) + "}");
        }
        return first;
    }

    /** A JSON string literal. */
    static String string(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
