package org.lifecircle.atlas.importing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A GeoJSON FeatureCollection of Points as a table: the properties' names are the headers
 * (the same names as the CSV columns), the point gives {@code lon} and {@code lat}. Feature n
 * is reported as row n + 1, as if the collection were a table under a header row.
 */
final class GeoJsonTable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJsonTable() {
    }

    static RawTable read(String text, Problems problems) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (Exception e) {
            problems.add(1, "", "imports.error.unreadable");
            return null;
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText()) || !root.path("features").isArray()) {
            problems.add(1, "", "imports.error.geojson.notCollection");
            return null;
        }
        List<Map<String, String>> features = new ArrayList<>();
        LinkedHashMap<String, Boolean> names = new LinkedHashMap<>();
        int number = 1;
        boolean ok = true;
        for (JsonNode feature : root.path("features")) {
            number++;
            JsonNode geometry = feature.path("geometry");
            JsonNode coordinates = geometry.path("coordinates");
            if (!"Point".equals(geometry.path("type").asText()) || !coordinates.isArray() || coordinates.size() < 2
                    || !coordinates.get(0).isNumber() || !coordinates.get(1).isNumber()) {
                problems.add(number, "geometry", "imports.error.geojson.notPoint");
                ok = false;
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = feature.path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                values.put(property.getKey(), text(property.getValue()));
                names.putIfAbsent(property.getKey(), true);
            }
            // the geometry is the position; lon/lat properties, if any, are ignored
            values.keySet().removeIf(k -> ImportColumns.LON.accepts(k) || ImportColumns.LAT.accepts(k));
            values.put("lon", XlsxTable.plain(coordinates.get(0).doubleValue()));
            values.put("lat", XlsxTable.plain(coordinates.get(1).doubleValue()));
            features.add(values);
        }
        if (!ok) {
            return null;
        }
        names.keySet().removeIf(k -> ImportColumns.LON.accepts(k) || ImportColumns.LAT.accepts(k));
        List<String> headers = new ArrayList<>(names.keySet());
        headers.add("lon");
        headers.add("lat");
        List<RawTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            List<String> cells = new ArrayList<>();
            for (String header : headers) {
                cells.add(features.get(i).get(header));
            }
            rows.add(new RawTable.Row(i + 2, cells));
        }
        return new RawTable(headers, 1, rows);
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(v.asText()));
            return String.join("、", parts);
        }
        if (value.isNumber()) {
            return value.isIntegralNumber() ? value.bigIntegerValue().toString() : XlsxTable.plain(value.doubleValue());
        }
        return value.asText();
    }
}
