package org.lifecircle.engine.network;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The binary cache of an imported network, so that a restart does not parse OSM again.
 *
 * <p>Format version {@value #FORMAT_VERSION}, big-endian, in this order:
 * <pre>
 *  0  8 bytes  magic "LCWALKNT"
 *  8  int      format version; another version is not read (the network is imported again)
 * 12  long     source file size in bytes
 * 20  long     source file last-modified time, epoch milliseconds
 * 28  int      k, then k bytes UTF-8: the import settings (minimum network size, bounding box)
 *     int ×4   report: walkable nodes, walkable edges, parts, minimum network size
 *     int      d, then d × (nodes, edges, latE7, lonE7): the dropped islands
 *     int ×3   n nodes, m edges, p shape points
 *     int[n]   node latitudes, 1e-7 degrees;  int[n] node longitudes
 *     int[m]   edge from;  int[m] edge to;  int[m] edge length in decimetres
 *     byte[m]  edge flags (bit 0: steps)
 *     int[m]   edge name ids into the name table (0: unnamed)
 *     int[m+1] shape offsets;  int[p] shape latitudes;  int[p] shape longitudes
 *     int      k, then k × (int length, UTF-8 bytes): the name table, entry 0 is ""
 *     long     CRC-32 of every byte before it
 * </pre>
 * The CSR adjacency is rebuilt on load (linear time). A cache whose magic, version, source size,
 * source time, settings or checksum do not match is ignored. Files are written to a temporary name
 * and moved into place, so a crash never leaves half a cache. Stateless and thread-safe.
 */
public final class NetworkCache {

    public static final int FORMAT_VERSION = 3; // 2: street names; 3: nodes in Hilbert order
    private static final byte[] MAGIC = "LCWALKNT".getBytes(StandardCharsets.US_ASCII);

    /** What the cache holds: the network and the report of the import that built it. */
    public record Entry(WalkNetwork network, ImportReport report) {
    }

    /** The identity of a source: its size and modification time, plus the import settings. */
    public record SourceKey(long size, long modifiedMillis, String settings) {

        public static SourceKey of(Path source, String settings) throws IOException {
            return new SourceKey(Files.size(source), Files.getLastModifiedTime(source).toMillis(), settings);
        }
    }

    private NetworkCache() {
    }

    public static void write(Path file, SourceKey key, WalkNetwork net, ImportReport report) throws IOException {
        byte[] settings = key.settings().getBytes(StandardCharsets.UTF_8);
        byte[][] names = new byte[net.names.length][];
        long namesSize = 4;
        for (int i = 0; i < names.length; i++) {
            names[i] = net.names[i].getBytes(StandardCharsets.UTF_8);
            namesSize += 4 + names[i].length;
        }
        long size = 8 + 4 + 8 + 8 + 4 + settings.length + 16 + 4 + 16L * report.dropped().size() + 12
                + 8L * net.nodeCount() + 17L * net.edgeCount() + 4L * (net.edgeCount() + 1)
                + 8L * net.geomLatE7.length + namesSize + 8;
        if (size > Integer.MAX_VALUE) {
            throw new IOException("network too large for cache format " + FORMAT_VERSION + ": " + size + " bytes");
        }
        ByteBuffer buf = ByteBuffer.allocate((int) size);
        buf.put(MAGIC).putInt(FORMAT_VERSION).putLong(key.size()).putLong(key.modifiedMillis());
        buf.putInt(settings.length).put(settings);
        buf.putInt(report.walkableNodes()).putInt(report.walkableEdges()).putInt(report.components())
                .putInt(report.minNetworkSize());
        buf.putInt(report.dropped().size());
        for (Island i : report.dropped()) {
            buf.putInt(i.nodes()).putInt(i.edges()).putInt(WalkNetwork.toE7(i.lat())).putInt(WalkNetwork.toE7(i.lon()));
        }
        buf.putInt(net.nodeCount()).putInt(net.edgeCount()).putInt(net.geomLatE7.length);
        putInts(buf, net.latE7);
        putInts(buf, net.lonE7);
        putInts(buf, net.edgeFrom);
        putInts(buf, net.edgeTo);
        putInts(buf, net.lengthDm);
        buf.put(net.edgeFlags);
        putInts(buf, net.edgeNameIds);
        putInts(buf, net.geomOffsets);
        putInts(buf, net.geomLatE7);
        putInts(buf, net.geomLonE7);
        buf.putInt(names.length);
        for (byte[] name : names) {
            buf.putInt(name.length).put(name);
        }
        CRC32 crc = new CRC32();
        crc.update(buf.array(), 0, buf.position());
        buf.putLong(crc.getValue());
        // a unique temporary name, so that two processes writing the same cache cannot mix their bytes
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.write(tmp, buf.array());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The cached network when the file exists and matches the key; empty otherwise. */
    public static Optional<Entry> read(Path file, SourceKey key) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 8 + 4 + 8 + 8 + 4 + 8) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        if (buf.getLong(bytes.length - 8) != crc.getValue()) {
            return Optional.empty();
        }
        byte[] magic = new byte[8];
        buf.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC) || buf.getInt() != FORMAT_VERSION
                || buf.getLong() != key.size() || buf.getLong() != key.modifiedMillis()) {
            return Optional.empty();
        }
        byte[] settings = new byte[buf.getInt()];
        buf.get(settings);
        if (!new String(settings, StandardCharsets.UTF_8).equals(key.settings())) {
            return Optional.empty();
        }
        int walkableNodes = buf.getInt();
        int walkableEdges = buf.getInt();
        int parts = buf.getInt();
        int minSize = buf.getInt();
        int d = buf.getInt();
        List<Island> dropped = new ArrayList<>(d);
        for (int i = 0; i < d; i++) {
            dropped.add(new Island(buf.getInt(), buf.getInt(), buf.getInt() * 1e-7, buf.getInt() * 1e-7));
        }
        int n = buf.getInt();
        int m = buf.getInt();
        int p = buf.getInt();
        int[] lat = getInts(buf, n);
        int[] lon = getInts(buf, n);
        int[] from = getInts(buf, m);
        int[] to = getInts(buf, m);
        int[] len = getInts(buf, m);
        byte[] flags = new byte[m];
        buf.get(flags);
        int[] nameIds = getInts(buf, m);
        int[] geomOff = getInts(buf, m + 1);
        int[] gLat = getInts(buf, p);
        int[] gLon = getInts(buf, p);
        String[] names = new String[buf.getInt()];
        for (int i = 0; i < names.length; i++) {
            byte[] name = new byte[buf.getInt()];
            buf.get(name);
            names[i] = new String(name, StandardCharsets.UTF_8);
        }
        WalkNetwork net = new WalkNetwork(lat, lon, from, to, len, flags, geomOff, gLat, gLon, nameIds, names);
        return Optional.of(new Entry(net, new ImportReport(walkableNodes, walkableEdges, parts, minSize, n, m, dropped)));
    }

    private static void putInts(ByteBuffer buf, int[] a) {
        buf.asIntBuffer().put(a);
        buf.position(buf.position() + 4 * a.length);
    }

    private static int[] getInts(ByteBuffer buf, int count) {
        int[] a = new int[count];
        buf.asIntBuffer().get(a);
        buf.position(buf.position() + 4 * count);
        return a;
    }
}
