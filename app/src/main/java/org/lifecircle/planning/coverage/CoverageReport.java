package org.lifecircle.planning.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.lifecircle.engine.access.WhatIf;
import org.lifecircle.planning.access.AccessModel;
import org.lifecircle.planning.access.Resident;
import org.lifecircle.planning.access.ServicePoint;
import org.lifecircle.planning.access.Speed;

/**
 * Who reaches a service within a walking time: every compound with its time to the nearest point of
 * the service, the share of residents covered per community and overall (against the national and
 * Shanghai targets), and the residents by walking time.
 */
public record CoverageReport(String service, String serviceName, int minutes, Speed speed, List<Point> points,
                             Share overall, double nationalTarget, double shanghaiTarget,
                             List<CommunityShare> communities, List<CompoundAccess> compounds, List<Bin> distribution) {

    /** National target: 85 % of residents within a 15-minute walk of community services (by 2025, STANDARDS.md). */
    public static final double NATIONAL_TARGET = 0.85;
    /** Shanghai's 2035 target: 99 %. */
    public static final double SHANGHAI_TARGET = 0.99;
    /** Upper ends of the walking-time bins, minutes; beyond the last: "more", then "unreachable". */
    static final int[] BIN_ENDS = {5, 10, 15, 20, 30};

    /** A point of the service (a facility, or a proposed one: {@code id} null). */
    public record Point(Long id, String name, double lon, double lat) {
    }

    public record Share(double population, double covered) {
        public double share() {
            return population == 0 ? 0 : covered / population;
        }
    }

    public record CommunityShare(long id, String name, double population, double covered, double share) {
    }

    /**
     * One compound: {@code minutes} is null when no point of the service can be reached (or the compound is
     * too far from every street: {@code snapped} false).
     */
    public record CompoundAccess(long id, String name, long communityId, String communityName, double population,
                                 boolean populationEstimated, double elderlyShare, double lon, double lat, Double minutes,
                                 Long nearestId, String nearestName, boolean covered, boolean snapped) {
    }

    /** Residents whose walk is in [{@code fromMinutes}, {@code toMinutes}); toMinutes null: open-ended or unreachable. */
    public record Bin(int fromMinutes, Integer toMinutes, boolean unreachable, double population) {
    }

    /**
     * The report of a what-if state started with threshold {@code minutes} as its first threshold.
     *
     * @param members the service points behind the state's facility ids (ids beyond are proposed points:
     *                {@code proposedName} names them)
     */
    public static CoverageReport of(AccessModel m, String service, String serviceName, int minutes, int[] members, WhatIf w,
                             java.util.function.IntFunction<String> proposedName) {
        int n = m.residents().size();
        double[] seconds = new double[n];
        Long[] nearestId = new Long[n];
        String[] nearestName = new String[n];
        for (int o = 0; o < n; o++) {
            seconds[o] = w.originSeconds(o);
            int nearest = w.nearestFacility(o);
            if (Double.isFinite(seconds[o]) && nearest >= 0) {
                if (nearest < members.length) {
                    ServicePoint p = m.services().get(members[nearest]);
                    nearestId[o] = p.facilityId();
                    nearestName[o] = p.name();
                } else {
                    nearestName[o] = proposedName.apply(nearest);
                }
            }
        }
        List<Point> points = new ArrayList<>();
        for (int id = 0; id < w.facilityIds(); id++) {
            if (w.facility(id) == null) {
                continue; // removed, or too far from every street to be reached
            }
            if (id < members.length) {
                ServicePoint p = m.services().get(members[id]);
                points.add(new Point(p.facilityId(), p.name(), p.lon(), p.lat()));
            } else {
                points.add(new Point(null, proposedName.apply(id), w.facility(id).lon(), w.facility(id).lat()));
            }
        }
        return of(m, service, serviceName, minutes, seconds, nearestId, nearestName, points);
    }

    /**
     * The report from each compound's walk ({@code seconds}, in resident order; infinite when unreachable) and
     * what it walks to.
     */
    static CoverageReport of(AccessModel m, String service, String serviceName, int minutes, double[] seconds,
                             Long[] nearestId, String[] nearestName, List<Point> points) {
        List<CompoundAccess> compounds = new ArrayList<>();
        double[] binPopulation = new double[BIN_ENDS.length + 2];
        double[] communityPopulation = new double[m.communityIds().size()];
        double[] communityCovered = new double[m.communityIds().size()];
        for (int o = 0; o < m.residents().size(); o++) {
            Resident r = m.residents().get(o);
            boolean reached = Double.isFinite(seconds[o]);
            Double mins = reached ? seconds[o] / 60 : null;
            boolean isCovered = reached && seconds[o] <= minutes * 60.0;
            compounds.add(new CompoundAccess(r.compoundId(), r.name(), r.communityId(), r.communityName(), r.population(),
                    r.populationEstimated(), r.elderlyShare(), r.lon(), r.lat(), mins, reached ? nearestId[o] : null,
                    reached ? nearestName[o] : null, isCovered, m.residentSnapped(o)));
            communityPopulation[m.communityIndex(o)] += r.population();
            communityCovered[m.communityIndex(o)] += isCovered ? r.population() : 0;
            binPopulation[bin(mins)] += r.population();
        }
        List<CommunityShare> communities = new ArrayList<>();
        double total = 0;
        double covered = 0;
        for (int g = 0; g < communityPopulation.length; g++) {
            long id = m.communityIds().get(g);
            Share share = new Share(communityPopulation[g], communityCovered[g]);
            communities.add(new CommunityShare(id, m.communityName(id), share.population(), share.covered(), share.share()));
            total += share.population();
            covered += share.covered();
        }
        return new CoverageReport(service, serviceName, minutes, m.speed(), points, new Share(total, covered),
                NATIONAL_TARGET, SHANGHAI_TARGET, communities, compounds, bins(binPopulation));
    }

    /**
     * The same report for some communities only (a sub-district's): their compounds and shares, and the
     * totals and distribution of their residents. The answers are not recomputed, so a walk that
     * crosses the border to a service beyond it still counts, as it should; all points are kept.
     */
    public CoverageReport within(Set<Long> communityIds) {
        List<CompoundAccess> kept = compounds.stream().filter(c -> communityIds.contains(c.communityId())).toList();
        double[] binPopulation = new double[BIN_ENDS.length + 2];
        double total = 0;
        double covered = 0;
        for (CompoundAccess c : kept) {
            total += c.population();
            covered += c.covered() ? c.population() : 0;
            binPopulation[bin(c.minutes())] += c.population();
        }
        return new CoverageReport(service, serviceName, minutes, speed, points, new Share(total, covered), nationalTarget,
                shanghaiTarget, communities.stream().filter(c -> communityIds.contains(c.id())).toList(), kept,
                bins(binPopulation));
    }

    private static List<Bin> bins(double[] binPopulation) {
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b < binPopulation.length; b++) {
            int from = b == 0 ? 0 : BIN_ENDS[Math.min(b, BIN_ENDS.length) - 1];
            boolean unreachable = b == binPopulation.length - 1;
            bins.add(new Bin(unreachable ? 0 : from, b < BIN_ENDS.length ? BIN_ENDS[b] : null, unreachable, binPopulation[b]));
        }
        return bins;
    }

    /** Bin index of a walk: 0..BIN_ENDS.length for finite times, the last for unreachable. */
    static int bin(Double minutes) {
        if (minutes == null) {
            return BIN_ENDS.length + 1;
        }
        for (int b = 0; b < BIN_ENDS.length; b++) {
            if (minutes < BIN_ENDS[b]) {
                return b;
            }
        }
        return BIN_ENDS.length;
    }
}
