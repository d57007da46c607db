package org.lifecircle.atlas.exporting;

import java.util.Map;

/**
 * One record to export: cell values by column key (String, Number, Boolean or null) and,
 * for places, the stored WGS-84 position for GeoJSON.
 */
record ExportRow(Map<String, Object> values, Double lon, Double lat) {
}
