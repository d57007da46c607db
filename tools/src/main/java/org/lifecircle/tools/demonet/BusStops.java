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

/** The 2013 bus stops ({@code line,direction,seq,stop_name,lon,lat}, BD-09), converted to WGS-84. */
final class BusStops {

    /**
     * One stop of one line.
     *
     * @param name  the stop name as given
     * @param roads the roads the name mentions ({@link StopNames#roads})
     * @param wgs84 its position, converted from BD-09
     */
    record Stop(String name, List<String> roads, LonLat wgs84) {
    }

    private BusStops() {
    }

    static List<Stop> read(Path csv) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Stop> stops = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(in)) {
                String name = row.get("stop_name");
                LonLat bd09 = new LonLat(number(csv, row, "lon"), number(csv, row, "lat"));
                stops.add(new Stop(name, StopNames.roads(name), ChinaCoordinates.toWgs84(CoordinateSystem.BD09, bd09)));
            }
        }
        return stops;
    }

    private static double number(Path csv, CSVRecord row, String field) {
        try {
            return Double.parseDouble(row.get(field));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(csv + " row " + (row.getRecordNumber() + 1) + " field " + field
                    + ": not a number: '" + row.get(field) + "'", e);
        }
    }
}
