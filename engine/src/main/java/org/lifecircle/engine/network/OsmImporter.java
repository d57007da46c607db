package org.lifecircle.engine.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Imports an OpenStreetMap extract ({@code .osm.pbf}, {@code .osm}, {@code .osm.gz}) into a
 * {@link WalkNetwork}: walkable edges only (see {@link GraphHopperReader} for the rules), optionally
 * cut to a bounding box (an edge is kept when both its ends are inside), then the largest connected
 * part plus every part with at least {@link #withMinNetworkSize(int) minNetworkSize} nodes; the rest is
 * dropped and listed in the {@link ImportReport}. Nodes are numbered along a Hilbert curve
 * ({@link SpatialOrder}), which makes searches on a city-size network markedly faster.
 *
 * <p>The result is cached in a binary file ({@link NetworkCache}) named {@code <source file>.lcnet},
 * beside the source or in {@link #withCacheDirectory(Path)}; a changed source (size or time) or other
 * settings rebuild it. A cache that cannot be written (read-only folder) is logged as a warning
 * through {@link System.Logger} and the import still succeeds.
 *
 * <p>Configured instances are immutable ({@code withX} returns a copy) and may be shared; concurrent
 * {@link #load()} calls on the same cache file are not coordinated (the last writer wins, atomically).
 */
public final class OsmImporter {

    private static final System.Logger LOG = System.getLogger(OsmImporter.class.getName());

    /** GraphHopper's default minimum size of a kept sub-network. */
    public static final int DEFAULT_MIN_NETWORK_SIZE = 200;

    private final Path source;
    private final BoundingBox bbox;
    private final int minNetworkSize;
    private final Path cacheDirectory;
    private final boolean useCache;

    private OsmImporter(Path source, BoundingBox bbox, int minNetworkSize, Path cacheDirectory, boolean useCache) {
        this.source = source;
        this.bbox = bbox;
        this.minNetworkSize = minNetworkSize;
        this.cacheDirectory = cacheDirectory;
        this.useCache = useCache;
    }

    /** An importer of the given file with the defaults (no bounding box, minimum 200 nodes, cache beside the source). */
    public static OsmImporter of(Path source) {
        return new OsmImporter(source, null, DEFAULT_MIN_NETWORK_SIZE, null, true);
    }

    /** One-shot import with the defaults. */
    public static ImportResult load(Path source) throws IOException {
        return of(source).load();
    }

    public OsmImporter withBoundingBox(BoundingBox box) {
        return new OsmImporter(source, box, minNetworkSize, cacheDirectory, useCache);
    }

    /**
     * Parts of the network with fewer nodes than this are dropped (the largest part is always kept).
     * 1 keeps everything; {@link Integer#MAX_VALUE} keeps only the largest part.
     */
    public OsmImporter withMinNetworkSize(int nodes) {
        if (nodes < 1) {
            throw new IllegalArgumentException("minimum network size must be at least 1, was " + nodes);
        }
        return new OsmImporter(source, bbox, nodes, cacheDirectory, useCache);
    }

    public OsmImporter withCacheDirectory(Path dir) {
        return new OsmImporter(source, bbox, minNetworkSize, dir, true);
    }

    /** Neither reads nor writes a cache file. */
    public OsmImporter withoutCache() {
        return new OsmImporter(source, bbox, minNetworkSize, cacheDirectory, false);
    }

    /** The cache file this importer reads and writes. */
    public Path cacheFile() {
        Path dir = cacheDirectory != null ? cacheDirectory : source.toAbsolutePath().getParent();
        return dir.resolve(source.getFileName() + ".lcnet");
    }

    /**
     * Reads the cache when it matches, otherwise imports the OSM file and writes the cache.
     *
     * @throws IOException when the file is missing or is not a readable OSM extract (message names the file)
     */
    public ImportResult load() throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new IOException("OSM file not found: " + source);
        }
        long start = System.nanoTime();
        NetworkCache.SourceKey key = NetworkCache.SourceKey.of(source, settings());
        if (useCache) {
            Optional<NetworkCache.Entry> cached = NetworkCache.read(cacheFile(), key);
            if (cached.isPresent()) {
                return new ImportResult(cached.get().network(), cached.get().report(), true, elapsed(start));
            }
        }
        WalkNetwork all;
        try {
            all = GraphHopperReader.read(source, bbox);
        } catch (RuntimeException e) {
            // GraphHopper reports unreadable input as unchecked exceptions; name the file for the caller
            throw new IOException("cannot read OSM file " + source + ": " + e.getMessage(), e);
        }
        Components.Filtered kept = Components.keep(all, minNetworkSize);
        WalkNetwork network = SpatialOrder.apply(kept.network());
        if (useCache) {
            try {
                Files.createDirectories(cacheFile().getParent());
                NetworkCache.write(cacheFile(), key, network, kept.report());
            } catch (IOException e) {
                // a read-only data folder costs the next start an import, nothing more
                LOG.log(System.Logger.Level.WARNING, "cannot write network cache " + cacheFile() + ": " + e.getMessage());
            }
        }
        return new ImportResult(network, kept.report(), false, elapsed(start));
    }

    private String settings() {
        String box = bbox == null ? "none" : String.format(Locale.ROOT, "%.7f,%.7f,%.7f,%.7f",
                bbox.minLat(), bbox.minLon(), bbox.maxLat(), bbox.maxLon());
        return "minNetworkSize=" + minNetworkSize + ";bbox=" + box + ";rules=1";
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
