package org.lifecircle.planning.coverage;

import java.util.ArrayList;
import java.util.List;

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
    static CoverageReport of(AccessModel m, String service, String serviceName, int minutes, int[] members, WhatIf w,
                             java.util.function.IntFunction<String> proposedName) {
        List<CompoundAccess> compounds = new ArrayList<>();
        double[] binPopulation = new double[BIN_ENDS.length + 2];
        double total = 0;
        double covered = 0;
        for (int o = 0; o < m.residents().size(); o++) {
            Resident r = m.residents().get(o);
            double seconds = w.originSeconds(o);
            boolean reached = Double.isFinite(seconds);
            int nearest = w.nearestFacility(o);
            Long nearestId = null;
            String nearestName = null;
            if (reached && nearest >= 0) {
                if (nearest < members.length) {
                    ServicePoint p = m.services().get(members[nearest]);
                    nearestId = p.facilityId();
                    nearestName = p.name();
                } else {
                    nearestName = proposedName.apply(nearest);
                }
            }
            Double mins = reached ? seconds / 60 : null;
            boolean isCovered = reached && seconds <= minutes * 60.0;
            compounds.add(new CompoundAccess(r.compoundId(), r.name(), r.communityId(), r.communityName(), r.population(),
                    r.populationEstimated(), r.elderlyShare(), r.lon(), r.lat(), mins, nearestId, nearestName, isCovered,
                    m.residentSnapped(o)));
            total += r.population();
            covered += isCovered ? r.population() : 0;
            binPopulation[bin(mins)] += r.population();
        }
        List<CommunityShare> communities = new ArrayList<>();
        for (int g = 0; g < m.communityIds().size(); g++) {
            long id = m.communityIds().get(g);
            double people = 0;
            for (int o = 0; o < m.residents().size(); o++) {
                people += m.communityIndex(o) == g ? m.residents().get(o).population() : 0;
            }
            communities.add(new CommunityShare(id, m.communityName(id), people, w.coveredPopulation(g, 0), w.share(g, 0)));
        }
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b < binPopulation.length; b++) {
            int from = b == 0 ? 0 : BIN_ENDS[Math.min(b, BIN_ENDS.length) - 1];
            boolean unreachable = b == binPopulation.length - 1;
            bins.add(new Bin(unreachable ? 0 : from, b < BIN_ENDS.length ? BIN_ENDS[b] : null, unreachable, binPopulation[b]));
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
        return new CoverageReport(service, serviceName, minutes, m.speed(), points, new Share(total, covered),
                NATIONAL_TARGET, SHANGHAI_TARGET, communities, compounds, bins);
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
