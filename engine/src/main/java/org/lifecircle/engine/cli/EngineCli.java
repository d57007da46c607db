package org.lifecircle.engine.cli;

import org.lifecircle.engine.access.CoverageTable;
import org.lifecircle.engine.access.WalkingProfile;
import org.lifecircle.engine.geo.ChinaCoordinates;
import org.lifecircle.engine.geo.CoordinateSystem;
import org.lifecircle.engine.geo.LonLat;
import org.lifecircle.engine.network.BoundingBox;
import org.lifecircle.engine.network.ImportResult;
import org.lifecircle.engine.network.OsmImporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code java -jar lifecircle-engine-cli.jar --osm FILE --compounds CSV --facilities CSV --out DIR}: walking
 * access from residential compounds to facilities. Reads and checks both CSV files first (every problem
 * listed as {@code file:row:field: reason}, exit code 2, nothing written), then imports the network, runs
 * {@link Analysis} and writes the outputs through {@link OutputFiles}. Progress goes to stderr, a short
 * summary of the overall coverage to stdout.
 */
@Command(name = "lifecircle-engine", mixinStandardHelpOptions = true, versionProvider = EngineCli.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        customSynopsis = "lifecircle-engine --osm FILE --compounds CSV --facilities CSV --out DIR [options]",
        description = {
                "Walking access from residential compounds to facilities on an OpenStreetMap street network: minutes to the "
                        + "nearest facility of each category, facilities within each threshold, population-weighted coverage "
                        + "and isochrones.",
                "小区到各类设施的步行可达性：最近设施步行分钟数、阈值内设施数、按人口加权的覆盖率和等时圈。",
                ""},
        footer = {
                "",
                "Outputs in --out 输出: coverage.csv, coverage-summary.csv, isochrones.geojson, unsnapped.csv "
                        + "(layouts: docs/ENGINE.md, \"Command line\").",
                "Exit codes 退出码: 0 done 完成; 2 bad input or options, nothing written 输入有误，未写任何文件; 1 other failure 其他错误.",
                "",
                "Example 示例 (the test data of the repository 仓库中的测试数据):",
                "  java -jar engine/target/lifecircle-engine-cli.jar \\",
                "    --osm engine/src/test/resources/osm/monaco.osm.gz \\",
                "    --compounds engine/src/test/resources/cli/compounds.csv \\",
                "    --facilities engine/src/test/resources/cli/facilities.csv \\",
                "    --profile elderly --out monaco-out"})
public final class EngineCli implements Callable<Integer> {

    /** Exit code for bad input or options: nothing was written. */
    static final int BAD_INPUT = 2;
    private static final int MAX_PROBLEMS_SHOWN = 50;

    @Option(names = "--osm", required = true, paramLabel = "FILE", order = 1,
            description = "OpenStreetMap extract: .osm, .osm.gz or .osm.pbf. OSM 路网文件")
    Path osm;

    @Option(names = "--bbox", paramLabel = "minLon,minLat,maxLon,maxLat", converter = Converters.Box.class, order = 2,
            description = "Keep only streets inside this box (WGS-84). 只保留范围内的道路")
    BoundingBox bbox;

    @Option(names = "--min-network-size", paramLabel = "N", defaultValue = "200", order = 3,
            description = "Drop street islands with fewer nodes (the largest part is always kept; 1 keeps all). "
                    + "小于 N 个节点的孤立路网被舍弃. Default 默认: ${DEFAULT-VALUE}")
    int minNetworkSize;

    @Option(names = "--no-cache", order = 4,
            description = "Do not read or write the network cache <osm file>.lcnet beside the OSM file. 不使用路网缓存")
    boolean noCache;

    @Option(names = "--compounds", required = true, paramLabel = "CSV", order = 5,
            description = "Residential compounds 小区: lon, lat, population (人口); optional id, name (名称), "
                    + "group/community (社区), crs (坐标系)")
    Path compounds;

    @Option(names = "--facilities", required = true, paramLabel = "CSV", order = 6,
            description = "Facilities 设施: category (类别), lon, lat; optional id, name (名称), crs (坐标系)")
    Path facilities;

    @Option(names = "--crs", paramLabel = "WGS84|GCJ02|BD09", defaultValue = "WGS84", converter = Converters.Crs.class, order = 7,
            description = "Coordinate system of rows without a crs cell, and of --isochrone-at (GCJ02: AMap 高德/Tencent 腾讯; "
                    + "BD09: Baidu 百度). 坐标系. Default 默认: ${DEFAULT-VALUE}")
    CoordinateSystem crs;

    @Option(names = "--profile", paramLabel = "adult|elderly|wheelchair", defaultValue = "adult", converter = Converters.Profile.class,
            order = 8, description = "Who walks: adult 1.2 m/s, elderly 0.9 m/s, wheelchair 0.67 m/s without steps. "
                    + "步行人群：成人、老年人、轮椅（不走台阶）. Default 默认: ${DEFAULT-VALUE}")
    WalkingProfile profile;

    @Option(names = "--speed", paramLabel = "M/S", order = 9,
            description = "Walking speed in metres per second, instead of the profile's. 步行速度（米/秒）")
    Double speed;

    @Option(names = "--thresholds", paramLabel = "MIN", split = ",", defaultValue = "5,10,15", order = 10,
            description = "Time thresholds in minutes. 时间阈值（分钟）. Default 默认: ${DEFAULT-VALUE}")
    double[] thresholds;

    @Option(names = "--snap-limit", paramLabel = "METRES", defaultValue = "300", order = 11,
            description = "Points farther from every walkable street are not snapped and are reported in unsnapped.csv. "
                    + "超出此距离的点不接入路网. Default 默认: ${DEFAULT-VALUE}")
    double snapLimit;

    @Option(names = "--isochrone-at", paramLabel = "LON,LAT", converter = Converters.Point.class, order = 12,
            description = "Also write the isochrones of this point (repeatable; in the --crs system). 另算该点的等时圈（可重复）")
    List<LonLat> isochroneAt = new ArrayList<>();

    @Option(names = "--isochrone-buffer", paramLabel = "METRES", defaultValue = "30", order = 13,
            description = "Width on each side of the reached streets counted as reached. 等时圈沿街缓冲宽度. Default 默认: ${DEFAULT-VALUE}")
    double buffer;

    @Option(names = "--no-isochrones", order = 14,
            description = "Skip the isochrones of the categories (the slowest step on a city; --isochrone-at points are "
                    + "still drawn). 不计算各类设施的等时圈")
    boolean noIsochrones;

    @Option(names = "--threads", paramLabel = "N", order = 15,
            description = "Worker threads. 线程数. Default 默认: the number of processors 处理器数")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", required = true, paramLabel = "DIR", order = 16,
            description = "Output folder, created if missing; files of an earlier run are replaced. 输出目录")
    Path out;

    @Option(names = {"-q", "--quiet"}, order = 17, description = "No progress on stderr (warnings still show). 不显示进度")
    boolean quiet;

    @Spec
    CommandSpec spec;

    private final boolean terminal;

    private EngineCli(boolean terminal) {
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        // GraphHopper logs through SLF4J; without a provider SLF4J falls back to no logging, as wanted here
        // (progress is ours), but warns about it on stderr unless told not to
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        Charset charset = System.console() != null ? System.console().charset() : StandardCharsets.UTF_8;
        System.exit(execute(System.console() != null, writer(System.out, charset), writer(System.err, charset), args));
    }

    /**
     * Runs the tool as {@link #main} does, without exiting the JVM.
     *
     * @param terminal true to draw progress bars in place (stderr is a terminal), false for plain lines
     * @return the exit code
     */
    static int execute(boolean terminal, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(new EngineCli(terminal));
        cmd.setOut(out).setErr(err);
        cmd.setParameterExceptionHandler((ex, rejected) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("error: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, e);
            e.println("Try --help for the options. 用 --help 查看选项。");
            e.flush();
            return BAD_INPUT;
        });
        cmd.setExecutionExceptionHandler((ex, command, parsed) -> {
            PrintWriter e = command.getErr();
            if (ex instanceof InputException bad) {
                List<Problem> problems = bad.problems();
                problems.stream().limit(MAX_PROBLEMS_SHOWN).forEach(p -> e.println(p));
                if (problems.size() > MAX_PROBLEMS_SHOWN) {
                    e.println("… and " + (problems.size() - MAX_PROBLEMS_SHOWN) + " more problems");
                }
                e.println("Nothing written. 未写入任何文件。");
                e.flush();
                return BAD_INPUT;
            }
            if (ex instanceof IOException io) {
                e.println("error: " + io.getMessage());
                e.flush();
                return 1;
            }
            throw ex;
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() throws InputException, IOException, InterruptedException {
        Settings settings = settings();
        List<LonLat> points = isochronePoints();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isRegularFile(osm)) {
            problems.add(Problem.ofFile(osm.toString(), "no such file"));
        }
        InputFiles.Read<Compound> compoundRows = InputFiles.compounds(compounds, crs);
        InputFiles.Read<Facility> facilityRows = InputFiles.facilities(facilities, crs);
        problems.addAll(compoundRows.problems());
        problems.addAll(facilityRows.problems());
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Progress progress = new Progress(spec.commandLine().getErr(), terminal, quiet);
        noteIgnored(progress, compounds, compoundRows.ignoredHeaders());
        noteIgnored(progress, facilities, facilityRows.ignoredHeaders());

        ImportResult network = importNetwork(progress);
        Analysis.Result result = new Analysis(network.network(), settings, progress)
                .run(compounds.toString(), compoundRows.rows(), facilities.toString(), facilityRows.rows(), points);

        OutputFiles files = new OutputFiles(out);
        try {
            boolean hasGroups = compoundRows.rows().stream().anyMatch(c -> !c.group().isEmpty());
            files.stage(OutputFiles.COVERAGE, w -> CsvOutputs.coverage(w, compoundRows.rows(), result, settings));
            files.stage(OutputFiles.SUMMARY, w -> CsvOutputs.summary(w, hasGroups, result, settings));
            files.stage(OutputFiles.ISOCHRONES, w -> GeoJsonOutput.write(w, result, settings));
            files.stage(OutputFiles.UNSNAPPED, w -> CsvOutputs.unsnapped(w, result.unsnapped()));
            files.commit().forEach(p -> progress.info("wrote " + p));
        } catch (IOException e) {
            throw new IOException("cannot write the outputs to " + out + ": " + e.getMessage(), e);
        } finally {
            files.discard();
        }
        printOverall(result, settings);
        return 0;
    }

    /** The options checked and combined; a bad one is a usage error (exit code 2). */
    private Settings settings() {
        if (thresholds.length == 0) {
            throw usage("--thresholds needs at least one number of minutes");
        }
        for (double t : thresholds) {
            if (!(t > 0) || Double.isInfinite(t)) {
                throw usage("--thresholds must be positive minutes, got " + Formats.number(t));
            }
        }
        if (Arrays.stream(thresholds).distinct().count() < thresholds.length) {
            throw usage("--thresholds has a value twice: " + Arrays.toString(thresholds));
        }
        if (speed != null && (!(speed > 0) || speed.isInfinite())) {
            throw usage("--speed must be a positive number of metres per second, got " + speed);
        }
        if (!(snapLimit >= 0) || Double.isInfinite(snapLimit)) {
            throw usage("--snap-limit must be 0 or more metres, got " + Formats.number(snapLimit));
        }
        if (!(buffer > 0) || Double.isInfinite(buffer)) {
            throw usage("--isochrone-buffer must be a positive number of metres, got " + Formats.number(buffer));
        }
        if (minNetworkSize < 1) {
            throw usage("--min-network-size must be at least 1, got " + minNetworkSize);
        }
        if (threads < 1) {
            throw usage("--threads must be at least 1, got " + threads);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw usage("--out " + out + " is a file, not a folder");
        }
        WalkingProfile walker = speed == null ? profile : profile.withMetresPerSecond(speed);
        return new Settings(walker, thresholds, snapLimit, buffer, !noIsochrones, threads);
    }

    /** The --isochrone-at points in WGS-84. */
    private List<LonLat> isochronePoints() {
        List<LonLat> points = new ArrayList<>();
        for (LonLat given : isochroneAt) {
            if (!ChinaCoordinates.isDefined(crs, given)) {
                throw usage("--isochrone-at " + given.lon() + "," + given.lat() + ": " + crs + " coordinates exist only in China");
            }
            points.add(ChinaCoordinates.toWgs84(crs, given));
        }
        return points;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private ImportResult importNetwork(Progress progress) throws InputException {
        Progress.Step step = progress.start("street network from " + osm.getFileName(), 0);
        OsmImporter importer = OsmImporter.of(osm).withMinNetworkSize(minNetworkSize);
        if (bbox != null) {
            importer = importer.withBoundingBox(bbox);
        }
        if (noCache) {
            importer = importer.withoutCache();
        }
        ImportResult result;
        try {
            result = importer.load();
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(osm.toString(), e.getMessage()));
        }
        if (result.network().nodeCount() == 0) {
            throw new InputException(Problem.ofFile(osm.toString(), "no walkable street"
                    + (bbox == null ? "" : " inside --bbox (is it minLon,minLat,maxLon,maxLat?)")));
        }
        step.done((result.fromCache() ? "from the cache; " : "") + result.report());
        return result;
    }

    private static void noteIgnored(Progress progress, Path file, List<String> headers) {
        if (!headers.isEmpty()) {
            progress.info(file + ": columns not used 未使用的列: " + String.join(", ", headers));
        }
    }

    /** The overall coverage per category, one line each, on stdout. */
    private void printOverall(Analysis.Result r, Settings s) {
        PrintWriter o = spec.commandLine().getOut();
        CoverageTable cov = r.coverage();
        double[] minutes = s.thresholdMinutes();
        double population = 0;
        for (int g = 0; g < cov.groups(); g++) {
            population += cov.population(g);
        }
        o.println("Residents covered 覆盖人口比例 (" + s.profile().name() + ", " + Formats.number(s.profile().metresPerSecond())
                + " m/s, population " + Formats.number(Math.round(population)) + "):");
        for (int c = 0; c < r.categories().size(); c++) {
            StringBuilder line = new StringBuilder("  " + r.categories().get(c) + ":");
            for (int t = 0; t < minutes.length; t++) {
                line.append(String.format(Locale.ROOT, "  %s min %.1f%%", Formats.number(minutes[t]), 100 * cov.overallShare(c, t)));
            }
            o.println(line);
        }
        o.flush();
    }

    private static PrintWriter writer(PrintStream stream, Charset charset) {
        return new PrintWriter(new OutputStreamWriter(stream, charset), true);
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = EngineCli.class.getPackage().getImplementationVersion();
            return new String[]{"lifecircle-engine " + (v == null ? "(development build)" : v)};
        }
    }
}
