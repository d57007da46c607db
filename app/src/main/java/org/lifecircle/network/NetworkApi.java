package org.lifecircle.network;

import java.util.zip.CRC32;

import org.lifecircle.engine.network.ImportReport;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The walking network: a summary, and its streets as GeoJSON for the map. */
@RestController
@Tag(name = "Network 路网", description = "The walking network the platform computes on")
class NetworkApi {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    /**
     * @param source         the OSM file it was loaded from
     * @param approximate    true for the bundled demo network generated from 2013 bus stops (not OpenStreetMap)
     * @param nodes          junctions kept
     * @param edges          street pieces between junctions kept
     * @param components     connected parts the import found
     * @param islandsDropped parts dropped for having fewer than {@code minNetworkSize} nodes
     * @param droppedNodes   nodes in those parts
     */
    record Summary(String source, boolean approximate, int nodes, int edges, int walkableNodes, int walkableEdges,
                   int components, int islandsDropped, int droppedNodes, int minNetworkSize, boolean fromCache,
                   long loadMillis) {
    }

    private final StreetNetwork network;
    private final byte[] streets;
    private final String streetsTag;

    NetworkApi(StreetNetwork network) {
        this.network = network;
        // the network never changes while the server runs: draw it once
        this.streets = StreetsGeoJson.of(network.network());
        CRC32 crc = new CRC32();
        crc.update(streets);
        // weak: Tomcat does not gzip a response that has a strong ETag (its bytes would differ from the tag's)
        this.streetsTag = "W/\"" + Long.toHexString(crc.getValue()) + "-" + streets.length + "\"";
    }

    @GetMapping("/api/v1/network")
    @Operation(summary = "What the walking network is: its source, whether it is approximate, its size and the islands dropped")
    Summary summary() {
        ImportReport r = network.report();
        return new Summary(network.source(), network.approximate(), r.keptNodes(), r.keptEdges(), r.walkableNodes(),
                r.walkableEdges(), r.components(), r.dropped().size(), r.droppedNodes(), r.minNetworkSize(),
                network.fromCache(), network.loadMillis());
    }

    @GetMapping(value = "/api/v1/network/streets", produces = "application/geo+json")
    @Operation(summary = "The walking network as a GeoJSON FeatureCollection of LineStrings (WGS-84), with street names")
    ResponseEntity<byte[]> streets() {
        // revalidated by ETag: a 304 while the server runs, the new network after a restart with another file
        return ResponseEntity.ok().contentType(GEO_JSON).cacheControl(CacheControl.noCache()).eTag(streetsTag)
                .body(streets);
    }
}
