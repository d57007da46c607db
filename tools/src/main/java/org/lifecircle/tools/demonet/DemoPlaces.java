package org.lifecircle.tools.demonet;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.lifecircle.engine.geo.ChinaCoordinates;
import org.lifecircle.engine.geo.CoordinateSystem;
import org.lifecircle.engine.geo.LonLat;

/**
 * The positions of the demo's compounds or centers ({@code app/src/main/resources/demo/compounds.csv},
 * {@code centers.csv}: columns 名称, 经度, 纬度, 坐标系), converted to WGS-84 as the app's importer does.
 */
final class DemoPlaces {

    record Named(String name, LonLat wgs84) {
    }

    private DemoPlaces() {
    }

    static List<Named> read(Path csv) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Named> places = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(in)) {
                try {
                    LonLat given = new LonLat(Double.parseDouble(row.get("经度")), Double.parseDouble(row.get("纬度")));
                    CoordinateSystem system = CoordinateSystem.parse(row.get("坐标系"));
                    places.add(new Named(row.get("名称"), ChinaCoordinates.toWgs84(system, given)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(csv + " row " + (row.getRecordNumber() + 1)
                            + ": 经度/纬度/坐标系 unreadable: " + e.getMessage(), e);
                }
            }
        }
        return places;
    }
}
