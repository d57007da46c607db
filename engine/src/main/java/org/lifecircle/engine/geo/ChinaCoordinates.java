package org.lifecircle.engine.geo;

/**
 * Conversions between WGS-84, GCJ-02 and BD-09, done locally with the public formulas.
 *
 * <p>GCJ-02 from WGS-84 is the published forward formula on the Krasovsky ellipsoid. There is
 * no closed-form inverse; the usual one-step inverse ({@code 2·gcj − forward(gcj)}) is off by up
 * to a few metres, enough to move a shop across a street, so {@link #gcj02ToWgs84} iterates until
 * the forward image matches the input within {@value #TOLERANCE_DEGREES} degrees. BD-09 is a
 * further polar transform of GCJ-02; its inverse is refined the same way.
 *
 * <p>The offsets apply only inside China's rough bounding box ({@link #isInsideChina}); outside
 * it GCJ-02 equals WGS-84. Callers that receive GCJ-02/BD-09 points outside it should treat
 * them as errors: such data was mislabelled. All methods are pure and thread-safe.
 */
public final class ChinaCoordinates {

    /** Krasovsky 1940 semi-major axis (metres) and eccentricity squared, as the formula uses them. */
    static final double A = 6378245.0;
    static final double EE = 0.00669342162296594323;
    static final double X_PI = Math.PI * 3000.0 / 180.0;
    /** Convergence tolerance of the iterative inverses, degrees (about 0.1 mm). */
    public static final double TOLERANCE_DEGREES = 1e-9;
    static final int MAX_ITERATIONS = 30;

    static final double MIN_LON = 72.004;
    static final double MAX_LON = 137.8347;
    static final double MIN_LAT = 0.8293;
    static final double MAX_LAT = 55.8271;

    private ChinaCoordinates() {
    }

    /** The usual rough box around China (lon 72.004–137.8347, lat 0.8293–55.8271), inclusive. */
    public static boolean isInsideChina(LonLat p) {
        return p.lon() >= MIN_LON && p.lon() <= MAX_LON && p.lat() >= MIN_LAT && p.lat() <= MAX_LAT;
    }

    /**
     * Whether a point given in {@code system} means anything: WGS-84 everywhere, GCJ-02 and BD-09
     * only inside China (outside it they are usually swapped or mistyped numbers, and
     * {@link #toWgs84} would silently pass them through).
     */
    public static boolean isDefined(CoordinateSystem system, LonLat p) {
        return system == CoordinateSystem.WGS84 || isInsideChina(p);
    }

    /** Converts a point given in {@code system} to WGS-84. */
    public static LonLat toWgs84(CoordinateSystem system, LonLat p) {
        switch (system) {
            case WGS84:
                return p;
            case GCJ02:
                return gcj02ToWgs84(p);
            case BD09:
                return bd09ToWgs84(p);
            default:
                throw new IllegalArgumentException("Unsupported system " + system);
        }
    }

    /** Converts a WGS-84 point to {@code system}. */
    public static LonLat fromWgs84(CoordinateSystem system, LonLat p) {
        switch (system) {
            case WGS84:
                return p;
            case GCJ02:
                return wgs84ToGcj02(p);
            case BD09:
                return wgs84ToBd09(p);
            default:
                throw new IllegalArgumentException("Unsupported system " + system);
        }
    }

    /** The forward GCJ-02 offset; identity outside China. */
    public static LonLat wgs84ToGcj02(LonLat p) {
        if (!isInsideChina(p)) {
            return p;
        }
        double[] d = offset(p.lon(), p.lat());
        return new LonLat(p.lon() + d[0], p.lat() + d[1]);
    }

    /** The iterative inverse of {@link #wgs84ToGcj02}: well under a millimetre of the forward image. */
    public static LonLat gcj02ToWgs84(LonLat gcj) {
        if (!isInsideChina(gcj)) {
            return gcj;
        }
        double lon = gcj.lon();
        double lat = gcj.lat();
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double[] d = offset(lon, lat);
            double errLon = lon + d[0] - gcj.lon();
            double errLat = lat + d[1] - gcj.lat();
            lon -= errLon;
            lat -= errLat;
            if (Math.abs(errLon) < TOLERANCE_DEGREES && Math.abs(errLat) < TOLERANCE_DEGREES) {
                break;
            }
        }
        return new LonLat(lon, lat);
    }

    /**
     * The common one-step inverse, {@code 2·gcj − forward(gcj)}: kept only to show (in tests and
     * benchmarks) how far it is from the iterative one. Do not use it for data.
     */
    public static LonLat gcj02ToWgs84OneStep(LonLat gcj) {
        if (!isInsideChina(gcj)) {
            return gcj;
        }
        double[] d = offset(gcj.lon(), gcj.lat());
        return new LonLat(gcj.lon() - d[0], gcj.lat() - d[1]);
    }

    /** Baidu's transform of a GCJ-02 point. */
    public static LonLat gcj02ToBd09(LonLat gcj) {
        double x = gcj.lon();
        double y = gcj.lat();
        double z = Math.sqrt(x * x + y * y) + 0.00002 * Math.sin(y * X_PI);
        double theta = Math.atan2(y, x) + 0.000003 * Math.cos(x * X_PI);
        return new LonLat(z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006);
    }

    /**
     * The inverse of {@link #gcj02ToBd09}: the published approximate inverse, refined by
     * iteration because it alone can be off by several decimetres.
     */
    public static LonLat bd09ToGcj02(LonLat bd) {
        double x = bd.lon() - 0.0065;
        double y = bd.lat() - 0.006;
        double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
        double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
        double lon = z * Math.cos(theta);
        double lat = z * Math.sin(theta);
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            LonLat image = gcj02ToBd09(new LonLat(lon, lat));
            double errLon = image.lon() - bd.lon();
            double errLat = image.lat() - bd.lat();
            lon -= errLon;
            lat -= errLat;
            if (Math.abs(errLon) < TOLERANCE_DEGREES && Math.abs(errLat) < TOLERANCE_DEGREES) {
                break;
            }
        }
        return new LonLat(lon, lat);
    }

    public static LonLat wgs84ToBd09(LonLat p) {
        return gcj02ToBd09(wgs84ToGcj02(p));
    }

    /** BD-09 → GCJ-02 → WGS-84, as Baidu's transform is defined on top of GCJ-02. */
    public static LonLat bd09ToWgs84(LonLat bd) {
        return gcj02ToWgs84(bd09ToGcj02(bd));
    }

    /** GCJ-02 minus WGS-84 at a WGS-84 point, degrees {dLon, dLat}. */
    private static double[] offset(double lon, double lat) {
        double x = lon - 105.0;
        double y = lat - 35.0;
        double dLat = transformLat(x, y);
        double dLon = transformLon(x, y);
        double radLat = lat / 180.0 * Math.PI;
        double magic = Math.sin(radLat);
        magic = 1 - EE * magic * magic;
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new double[] {dLon, dLat};
    }

    private static double transformLat(double x, double y) {
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double transformLon(double x, double y) {
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }
}
