package org.lifecircle.care.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.lifecircle.atlas.compound.Compound;
import org.lifecircle.care.assessment.CareLevel;
import org.lifecircle.care.report.CareReport.Count;
import org.lifecircle.care.report.CareReport.CoverageReport;
import org.lifecircle.care.report.CareReport.CoverageRow;
import org.lifecircle.care.report.CareReport.Level;
import org.lifecircle.care.report.CareReport.Place;
import org.lifecircle.care.report.CareReport.UncoveredCompound;
import org.lifecircle.care.report.CareReportRepository.ElderCount;
import org.lifecircle.care.station.CareStation;
import org.lifecircle.engine.access.NearestFacility;
import org.lifecircle.engine.access.PairTimes;
import org.lifecircle.engine.access.TravelTimes;
import org.lifecircle.engine.access.WalkingProfile;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.network.Walking;
import org.springframework.stereotype.Component;

/**
 * Elders within a walk of a care station, on the street network (the engine's bounded searches on the shared
 * {@link Walking} network, as dispatch's travel times), at the elderly walking speed ({@link WalkingProfile#ELDERLY},
 * 0.9 m/s, steps allowed): 15 minutes are about 810 m of street. Elders are counted where they live (their compound's
 * entrance); a compound more than 300 m from any street is "off the network" and not covered.
 *
 * <ul>
 * <li>a station's row: the elders registered at it, and those within the limit of <em>that</em> station;</li>
 * <li>a community's row and the total: the elders living there, and those within the limit of <em>any</em> station
 * (of any community: a walk does not stop at a boundary).</li>
 * </ul>
 */
@Component
class ElderCoverage {

    static final WalkingProfile PROFILE = WalkingProfile.ELDERLY;
    static final int MINUTES = 15;
    /** The levels of GB/T 42195-2022 from able to fully disabled, then {@code NONE} (not assessed). */
    static final List<String> LEVELS = Stream.concat(
            Arrays.stream(CareLevel.values()).map(Enum::name),
            Stream.of("NONE")).toList();
    private static final Comparator<String> LEVEL_ORDER = Comparator.comparingInt(l -> LEVELS.indexOf(l) < 0 ? 99 : LEVELS.indexOf(l));

    private final Walking walking;

    ElderCoverage(Walking walking) {
        this.walking = walking;
    }

    /**
     * @param counts      the elders of the scope by compound, station, community and level
     * @param allStations every station of the district (any may cover an elder)
     * @param inScope     the stations whose own rows are reported
     */
    CoverageReport coverage(List<ElderCount> counts, List<CareStation> allStations, List<CareStation> inScope,
                            Map<Long, Compound> compounds, Map<Long, String> communityNames, Place total) {
        List<Long> compoundIds = counts.stream().map(ElderCount::compoundId).distinct().sorted().toList();
        double[] lats = compoundIds.stream().mapToDouble(id -> compounds.get(id).lat()).toArray();
        double[] lons = compoundIds.stream().mapToDouble(id -> compounds.get(id).lon()).toArray();
        TravelTimes tt = walking.travelTimes(PROFILE);
        SnappedPoints homes = walking.snapper().snapAll(lats, lons, PROFILE.stepsAllowed());
        double[] nearest = new double[compoundIds.size()];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        if (!allStations.isEmpty() && !compoundIds.isEmpty()) {
            nearest = NearestFacility.originSeconds(tt, snap(allStations), homes);
        }
        Set<String> reached = new HashSet<>(); // "station/compound" within the limit
        if (!inScope.isEmpty() && !compoundIds.isEmpty()) {
            PairTimes pairs = PairTimes.within(tt, snap(inScope), homes, MINUTES * 60.0);
            for (int s = 0; s < inScope.size(); s++) {
                for (int k = pairs.start(s); k < pairs.end(s); k++) {
                    reached.add(inScope.get(s).id() + "/" + compoundIds.get(pairs.target(k)));
                }
            }
        }
        Map<Long, Double> nearestByCompound = new HashMap<>();
        Set<Long> offNetwork = new HashSet<>();
        for (int i = 0; i < compoundIds.size(); i++) {
            nearestByCompound.put(compoundIds.get(i), nearest[i]);
            if (homes.get(i) == null) {
                offNetwork.add(compoundIds.get(i));
            }
        }
        return tally(counts, inScope, compounds, communityNames, total, nearestByCompound, offNetwork,
                (station, compound) -> reached.contains(station + "/" + compound));
    }

    /** Whether a station reaches a compound within the limit. */
    interface Reach {
        boolean within(long station, long compound);
    }

    /** The counting, given the walks: pure, so it is tested on its own. */
    static CoverageReport tally(List<ElderCount> counts, List<CareStation> inScope, Map<Long, Compound> compounds,
                                Map<Long, String> communityNames, Place total, Map<Long, Double> nearestSeconds,
                                Set<Long> offNetwork, Reach reach) {
        double limit = MINUTES * 60.0;
        Map<Long, Tally> stations = new LinkedHashMap<>();
        inScope.forEach(s -> stations.put(s.id(), new Tally()));
        Map<Long, Tally> communities = new TreeMap<>();
        Tally all = new Tally();
        Map<Long, Long> uncoveredElders = new TreeMap<>();
        for (ElderCount c : counts) {
            boolean covered = nearestSeconds.getOrDefault(c.compoundId(), Double.POSITIVE_INFINITY) <= limit;
            Tally own = stations.get(c.stationId());
            if (own != null) {
                own.add(c.level(), c.elders(), reach.within(c.stationId(), c.compoundId()));
            }
            communities.computeIfAbsent(c.communityId(), k -> new Tally()).add(c.level(), c.elders(), covered);
            all.add(c.level(), c.elders(), covered);
            if (!covered) {
                uncoveredElders.merge(c.compoundId(), c.elders(), Long::sum);
            }
        }
        List<CoverageRow> stationRows = new ArrayList<>();
        for (CareStation s : inScope) {
            stationRows.add(stations.get(s.id()).row(new Place(Level.STATION, s.id(), s.name(), s.communityName())));
        }
        List<CoverageRow> communityRows = new ArrayList<>();
        communities.forEach((id, t) -> communityRows.add(t.row(new Place(Level.COMMUNITY, id, communityNames.get(id), null))));
        communityRows.sort(Comparator.comparing(r -> r.place().name() == null ? "" : r.place().name()));
        List<UncoveredCompound> uncovered = new ArrayList<>();
        uncoveredElders.forEach((id, elders) -> {
            Compound compound = compounds.get(id);
            double seconds = nearestSeconds.getOrDefault(id, Double.POSITIVE_INFINITY);
            uncovered.add(new UncoveredCompound(id, compound.name(), communityNames.getOrDefault(compound.communityId(),
                    compound.communityName()), elders, Double.isFinite(seconds) ? Math.round(seconds / 6.0) / 10.0 : null,
                    offNetwork.contains(id)));
        });
        uncovered.sort(Comparator.comparingLong(UncoveredCompound::elders).reversed()
                .thenComparing(UncoveredCompound::name));
        return new CoverageReport(PROFILE.name(), PROFILE.metresPerSecond(), MINUTES, stationRows, communityRows,
                all.row(total), uncovered);
    }

    private SnappedPoints snap(List<CareStation> stations) {
        return walking.snapper().snapAll(stations.stream().mapToDouble(CareStation::lat).toArray(),
                stations.stream().mapToDouble(CareStation::lon).toArray(), PROFILE.stepsAllowed());
    }

    /** Elders and covered elders, in total and by level. */
    private static final class Tally {
        long elders;
        long covered;
        final Map<String, long[]> byLevel = new TreeMap<>(LEVEL_ORDER);

        void add(String level, long n, boolean isCovered) {
            long[] l = byLevel.computeIfAbsent(level, k -> new long[2]);
            elders += n;
            l[0] += n;
            if (isCovered) {
                covered += n;
                l[1] += n;
            }
        }

        CoverageRow row(Place place) {
            Map<String, Count> levels = new LinkedHashMap<>();
            byLevel.forEach((level, l) -> levels.put(level, new Count(l[0], l[1])));
            return new CoverageRow(place, elders, covered, CareReportRepository.ratio(covered, elders), levels);
        }
    }
}
