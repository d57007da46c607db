package org.lifecircle.tools.demonet;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.locationtech.jts.geom.Coordinate;

/**
 * One street or path of the generated network: its line in the region's plane (metres) and its OSM
 * tags. Ways cross each other freely here; {@link OsmFile} finds the crossings and shares a node there.
 */
record Way(List<Coordinate> line, SortedMap<String, String> tags) {

    Way {
        line = List.copyOf(line);
        tags = new TreeMap<>(tags);
    }

    static Way of(List<Coordinate> line, Map<String, String> tags) {
        return new Way(line, new TreeMap<>(tags));
    }

    String highway() {
        return tags.get("highway");
    }
}
