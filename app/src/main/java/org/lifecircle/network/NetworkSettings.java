package org.lifecircle.network;

import java.util.Optional;

import org.lifecircle.engine.network.BoundingBox;
import org.lifecircle.engine.network.OsmImporter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the walking network comes from ({@code lifecircle.network.*}).
 *
 * @param osmFile        an OpenStreetMap extract ({@code .osm.pbf}, {@code .osm}, {@code .osm.gz});
 *                       empty: the bundled approximate demo network
 * @param bbox           {@code west,south,east,north} in WGS-84 degrees to cut the extract to; empty: all of it
 * @param minNetworkSize connected parts with fewer nodes are dropped (the largest is always kept)
 * @param directory      where the bundled file is copied to and the engine's cache files are kept
 */
@ConfigurationProperties("lifecircle.network")
record NetworkSettings(String osmFile, String bbox, int minNetworkSize, String directory) {

    NetworkSettings {
        osmFile = osmFile == null ? "" : osmFile.strip();
        bbox = bbox == null ? "" : bbox.strip();
        minNetworkSize = minNetworkSize == 0 ? OsmImporter.DEFAULT_MIN_NETWORK_SIZE : minNetworkSize;
        directory = directory == null || directory.isBlank() ? "./data/network" : directory;
    }

    /** The box to cut to, if one is set; a malformed value is an error naming the setting. */
    Optional<BoundingBox> boundingBox() {
        if (bbox.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = bbox.split(",");
        try {
            if (parts.length != 4) {
                throw new IllegalArgumentException("4 numbers expected, got " + parts.length);
            }
            double west = Double.parseDouble(parts[0].strip());
            double south = Double.parseDouble(parts[1].strip());
            double east = Double.parseDouble(parts[2].strip());
            double north = Double.parseDouble(parts[3].strip());
            return Optional.of(new BoundingBox(south, west, north, east));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("lifecircle.network.bbox must be west,south,east,north in degrees"
                    + " (e.g. 113.69,34.72,113.81,34.83), was '" + bbox + "': " + e.getMessage(), e);
        }
    }
}
