package org.lifecircle.engine.cli;

import org.lifecircle.engine.access.CountTable;
import org.lifecircle.engine.access.Coverage;
import org.lifecircle.engine.access.CoverageTable;
import org.lifecircle.engine.access.FacilityCounts;
import org.lifecircle.engine.access.Isochrones;
import org.lifecircle.engine.access.Isochrones.Isochrone;
import org.lifecircle.engine.access.NearestFacility;
import org.lifecircle.engine.access.TravelTimes;
import org.lifecircle.engine.geo.LonLat;
import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.network.Snapper;
import org.lifecircle.engine.network.WalkNetwork;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * The computation behind the tool, step by step with progress: snap every point, nearest facility per
 * category, facility counts within the thresholds, population-weighted coverage, and isochrones (one
 * multi-source set per category, one per {@code --isochrone-at} point). Only the engine's public API is
 * used; the work is split into calls whose results do not depend on the split (one search per category,
 * or per compound), so progress can be shown between them.
 */
final class Analysis {

    /** The area within each threshold of any facility of a category. */
    record CategoryIsochrones(String category, int snappedFacilities, List<Isochrone> polygons) {
    }

    /** The area within each threshold of one {@code --isochrone-at} point (WGS-84). */
    record PointIsochrones(int number, LonLat at, List<Isochrone> polygons) {
    }

    record Result(List<String> categories, List<String> groups, SnappedPoints compoundSnaps,
                  double[][] nearestSeconds, Counts counts, CoverageTable coverage,
                  List<CategoryIsochrones> categoryIsochrones, List<PointIsochrones> pointIsochrones,
                  List<Unsnapped> unsnapped) {
    }

    private final WalkNetwork net;
    private final Settings settings;
    private final Progress progress;
    private final TravelTimes tt;

    Analysis(WalkNetwork net, Settings settings, Progress progress) {
        this.net = net;
        this.settings = settings;
        this.progress = progress;
        this.tt = new TravelTimes(net, settings.profile());
    }

    Result run(String compoundsFile, List<Compound> compounds, String facilitiesFile, List<Facility> facilities,
               List<LonLat> isochroneAt) throws InterruptedException {
        Map<String, Integer> categoryIndex = indexInOrderOfAppearance(facilities.stream().map(Facility::category).toList());
        Map<String, Integer> groupIndex = indexInOrderOfAppearance(compounds.stream().map(Compound::group).toList());
        List<String> categories = List.copyOf(categoryIndex.keySet());
        List<String> groups = List.copyOf(groupIndex.keySet());
        int[] categoryOf = facilities.stream().mapToInt(f -> categoryIndex.get(f.category())).toArray();
        int[] groupOf = compounds.stream().mapToInt(c -> groupIndex.get(c.group())).toArray();
        double[] thresholds = settings.thresholdSeconds();

        List<Unsnapped> unsnapped = new ArrayList<>();
        Progress.Step step = progress.start("snapping to the network", compounds.size() + facilities.size() + isochroneAt.size());
        Snapper snapper = Snapper.of(net).withMaxDistanceMetres(settings.snapLimitMetres());
        SnappedPoints compoundSnaps = snap(snapper, compounds.stream().map(c -> new LonLat(c.lon(), c.lat())).toList(), step);
        SnappedPoints facilitySnaps = snap(snapper, facilities.stream().map(f -> new LonLat(f.lon(), f.lat())).toList(), step);
        SnappedPoints pointSnaps = snap(snapper, isochroneAt, step);
        Snapper far = snapper.withMaxDistanceMetres(Unsnapped.SEARCH_METRES);
        for (int i : compoundSnaps.unsnapped()) {
            Compound c = compounds.get(i);
            unsnapped.add(new Unsnapped(compoundsFile, c.row(), c.id(), c.name(), c.lon(), c.lat(), distance(far, c.lon(), c.lat())));
        }
        for (int i : facilitySnaps.unsnapped()) {
            Facility f = facilities.get(i);
            unsnapped.add(new Unsnapped(facilitiesFile, f.row(), f.id(), f.name(), f.lon(), f.lat(), distance(far, f.lon(), f.lat())));
        }
        for (int i : pointSnaps.unsnapped()) {
            LonLat p = isochroneAt.get(i);
            unsnapped.add(new Unsnapped("--isochrone-at", i + 1, "", "", p.lon(), p.lat(), distance(far, p.lon(), p.lat())));
        }
        step.done("compounds " + compounds.size() + ", facilities " + facilities.size() + ", isochrone points "
                + isochroneAt.size() + "; not snapped (farther than " + Formats.number(settings.snapLimitMetres()) + " m): "
                + unsnapped.size());
        warnUnsnapped(unsnapped);

        double[][] nearest = nearest(facilitySnaps, categoryOf, categories, compoundSnaps);
        Counts counts = counts(compoundSnaps, facilitySnaps, categoryOf, categories.size(), thresholds);
        CoverageTable coverage = Coverage.compute(nearest, compounds.stream().mapToDouble(Compound::population).toArray(),
                groupOf, groups.size(), thresholds);
        IsochroneResults iso = isochrones(facilities, facilitySnaps, categoryOf, categories, isochroneAt, pointSnaps);
        return new Result(categories, groups, compoundSnaps, nearest, counts, coverage, iso.categories, iso.points, unsnapped);
    }

    /** One warning per point not snapped, the first 20 (all are in unsnapped.csv). */
    private void warnUnsnapped(List<Unsnapped> unsnapped) {
        for (Unsnapped u : unsnapped.subList(0, Math.min(20, unsnapped.size()))) {
            String where = u.source() + (u.source().startsWith("--") ? " " : ":") + u.row();
            String label = u.name().isEmpty() ? u.id() : u.name();
            String distance = Double.isNaN(u.distanceMetres()) ? "more than " + Formats.number(Unsnapped.SEARCH_METRES)
                    : Formats.fixed(u.distanceMetres(), 0);
            progress.warn(String.format(Locale.ROOT, "warning: %s: %s is %s m from the nearest walkable street "
                    + "(limit %s m): not snapped 未接入路网", where, label.isEmpty() ? "the point" : "'" + label + "'",
                    distance, Formats.number(settings.snapLimitMetres())));
        }
        if (unsnapped.size() > 20) {
            progress.warn("… " + (unsnapped.size() - 20) + " more in " + OutputFiles.UNSNAPPED);
        }
    }

    private SnappedPoints snap(Snapper snapper, List<LonLat> points, Progress.Step step) {
        Snap[] snaps = new Snap[points.size()];
        for (int i = 0; i < snaps.length; i++) {
            snaps[i] = snapper.snap(points.get(i).lat(), points.get(i).lon(), settings.profile().stepsAllowed());
            step.advance(1);
        }
        return new SnappedPoints(snaps);
    }

    private double distance(Snapper far, double lon, double lat) {
        Snap s = far.snap(lat, lon, settings.profile().stepsAllowed());
        return s == null ? Double.NaN : s.offsetMetres();
    }

    /** Seconds to the nearest facility, {@code [category][compound]}, unbounded; as many categories at a time as threads. */
    private double[][] nearest(SnappedPoints facilities, int[] categoryOf, List<String> categories, SnappedPoints compounds) {
        int batch = settings.threads();
        Progress.Step step = progress.start("nearest facility per category", categories.size());
        double[][] out = new double[categories.size()][];
        for (int first = 0; first < categories.size(); first += batch) {
            int from = first;
            int to = Math.min(categories.size(), first + batch);
            int[] members = IntStream.range(0, categoryOf.length).filter(f -> categoryOf[f] >= from && categoryOf[f] < to).toArray();
            int[] batchCategoryOf = IntStream.of(members).map(f -> categoryOf[f] - from).toArray();
            double[][] part = NearestFacility.byCategory(tt, facilities.select(members), batchCategoryOf, to - from, compounds,
                    Double.POSITIVE_INFINITY, settings.threads());
            System.arraycopy(part, 0, out, from, to - from);
            step.advance(to - from);
        }
        step.done("categories " + categories.size());
        return out;
    }

    /** Counts in about 100 chunks of compounds, each shared among the threads. */
    private Counts counts(SnappedPoints compounds, SnappedPoints facilities, int[] categoryOf, int categories, double[] thresholds) {
        int chunk = Math.max(256, (compounds.size() + 99) / 100);
        Progress.Step step = progress.start("facilities within " + minutesList() + " min", compounds.size());
        List<CountTable> tables = new ArrayList<>();
        for (int first = 0; first < compounds.size(); first += chunk) {
            int[] members = IntStream.range(first, Math.min(compounds.size(), first + chunk)).toArray();
            tables.add(FacilityCounts.count(settings.threads(), tt, compounds.select(members), facilities, categoryOf, categories,
                    thresholds));
            step.advance(members.length);
        }
        step.done("compounds " + compounds.size() + " × categories " + categories);
        return new Counts(chunk, tables);
    }

    private record IsochroneResults(List<CategoryIsochrones> categories, List<PointIsochrones> points) {
    }

    /** Every category's and every point's isochrones, as many at a time as threads. */
    private IsochroneResults isochrones(List<Facility> facilities, SnappedPoints facilitySnaps, int[] categoryOf,
                                        List<String> categories, List<LonLat> points, SnappedPoints pointSnaps)
            throws InterruptedException {
        Isochrones iso = Isochrones.of(tt).withBufferMetres(settings.bufferMetres());
        double[] thresholds = settings.thresholdSeconds();
        int drawnCategories = settings.categoryIsochrones() ? categories.size() : 0;
        int total = drawnCategories + points.size() - pointSnaps.unsnapped().length;
        if (total == 0) {
            return new IsochroneResults(List.of(), List.of());
        }
        Progress.Step step = progress.start("isochrones", total);
        List<Callable<CategoryIsochrones>> byCategory = new ArrayList<>();
        for (int c = 0; c < drawnCategories; c++) {
            int category = c;
            int[] members = IntStream.range(0, categoryOf.length).filter(f -> categoryOf[f] == category).toArray();
            SnappedPoints snaps = facilitySnaps.select(members);
            double[] lats = IntStream.of(members).mapToDouble(f -> facilities.get(f).lat()).toArray();
            double[] lons = IntStream.of(members).mapToDouble(f -> facilities.get(f).lon()).toArray();
            byCategory.add(() -> {
                List<Isochrone> polygons = iso.polygons(lats, lons, snaps, thresholds);
                step.advance(1);
                return new CategoryIsochrones(categories.get(category), snaps.size() - snaps.unsnapped().length, polygons);
            });
        }
        List<Callable<PointIsochrones>> byPoint = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            LonLat p = points.get(i);
            Snap s = pointSnaps.get(i);
            int number = i + 1;
            if (s != null) {
                byPoint.add(() -> {
                    List<Isochrone> polygons = iso.polygons(p.lat(), p.lon(), s, thresholds);
                    step.advance(1);
                    return new PointIsochrones(number, p, polygons);
                });
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            List<Future<CategoryIsochrones>> c = pool.invokeAll(byCategory);
            List<Future<PointIsochrones>> p = pool.invokeAll(byPoint);
            IsochroneResults out = new IsochroneResults(results(c), results(p));
            step.done("categories " + drawnCategories + ", points " + byPoint.size());
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> List<T> results(List<Future<T>> futures) throws InterruptedException {
        List<T> out = new ArrayList<>();
        for (Future<T> f : futures) {
            try {
                out.add(f.get());
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            }
        }
        return out;
    }

    private String minutesList() {
        return String.join("/", Arrays.stream(settings.thresholdMinutes()).mapToObj(Formats::number).toList());
    }

    /** Each distinct value with its index, in order of first appearance. */
    private static Map<String, Integer> indexInOrderOfAppearance(List<String> values) {
        Map<String, Integer> index = new LinkedHashMap<>();
        values.forEach(v -> index.putIfAbsent(v, index.size()));
        return index;
    }
}
