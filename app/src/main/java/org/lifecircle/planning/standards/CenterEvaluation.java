package org.lifecircle.planning.standards;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.lifecircle.atlas.ServiceClass;
import org.lifecircle.atlas.center.ServiceCenter;
import org.lifecircle.engine.access.NearestFacility;
import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.planning.access.AccessModel;
import org.lifecircle.planning.access.ServicePoint;

/**
 * Judges centers on one snapshot of the district. From each center one search gives the walk to
 * every facility (the network is symmetric: the center is the search's single source and the
 * facilities its origins, as for isochrones); a facility filed in the center is reached at no walk.
 */
final class CenterEvaluation {

    private final AccessModel model;
    private final SnappedPoints allServices;
    private final ServiceIndex index;
    private final Map<StandardTier, List<Requirement>> requirements;
    private final List<CenterFunction> functions;
    private final List<CompositionShare> composition;
    private final Map<Long, Long> centerOfFacility;
    private final double functionWalkMinutes;

    /**
     * @param requirements     the active requirements by tier
     * @param centerOfFacility the center each facility is filed in (facilities filed in none left out)
     */
    CenterEvaluation(AccessModel model, Map<StandardTier, List<Requirement>> requirements, List<CenterFunction> functions,
                     List<CompositionShare> composition, Map<Long, Long> centerOfFacility, double functionWalkMinutes) {
        this.model = model;
        this.allServices = model.facilities(IntStream.range(0, model.services().size()).toArray());
        this.index = new ServiceIndex(model);
        this.requirements = requirements;
        this.functions = functions;
        this.composition = composition;
        this.centerOfFacility = centerOfFacility;
        this.functionWalkMinutes = functionWalkMinutes;
    }

    CenterCompliance judge(ServiceCenter c) {
        List<ServicePoint> services = model.services();
        Snap at = model.snap(c.lon(), c.lat());
        double[] seconds;
        if (at == null) {
            seconds = new double[services.size()];
            Arrays.fill(seconds, Double.POSITIVE_INFINITY);
        } else {
            seconds = NearestFacility.originSeconds(model.travelTimes(), new SnappedPoints(new Snap[]{at}), allServices);
        }
        boolean[] inCenter = new boolean[services.size()];
        for (int i = 0; i < services.size(); i++) {
            if (Objects.equals(centerOfFacility.get(services.get(i).facilityId()), c.id())) {
                inCenter[i] = true;
                seconds[i] = 0;
            }
        }
        List<CenterCheck> checks = requirements.getOrDefault(StandardTier.of(c.tier()), List.of()).stream()
                .map(r -> check(r, seconds, inCenter)).toList();
        List<FunctionCheck> functionChecks = functions.stream().map(f -> check(f, seconds, inCenter)).toList();
        int functionsPresent = (int) functionChecks.stream().filter(FunctionCheck::present).count();
        return new CenterCompliance(c.id(), c.name(), c.subDistrictId(), c.subDistrictName(), c.tier(), c.estimated(),
                model.speed(), at != null, Score.of(checks), checks, functionsPresent, functionChecks, functionWalkMinutes,
                ComplianceRules.composition(composition, c.areas(), totalArea(c)));
    }

    private CenterCheck check(Requirement r, double[] seconds, boolean[] inCenter) {
        int best = r.measurable() ? ComplianceRules.nearest(index.offering(r.codes()), seconds) : -1;
        Verdict verdict = ComplianceRules.atCenter(r, best < 0 ? Double.POSITIVE_INFINITY : seconds[best]);
        if (best < 0) {
            return new CenterCheck(r, verdict, null, null, null, false);
        }
        ServicePoint p = model.services().get(best);
        return new CenterCheck(r, verdict, p.facilityId(), p.name(), seconds[best] / 60, inCenter[best]);
    }

    private FunctionCheck check(CenterFunction f, double[] seconds, boolean[] inCenter) {
        int best = ComplianceRules.nearest(index.offering(f.codes()), seconds);
        if (best < 0) {
            return new FunctionCheck(f, false, null, null, null, false);
        }
        ServicePoint p = model.services().get(best);
        boolean present = inCenter[best] || seconds[best] <= functionWalkMinutes * 60;
        return new FunctionCheck(f, present, p.facilityId(), p.name(), seconds[best] / 60, inCenter[best]);
    }

    /** The recorded total; else the sum of the classes when all are recorded; else unknown. */
    private static BigDecimal totalArea(ServiceCenter c) {
        if (c.totalAreaM2() != null) {
            return c.totalAreaM2();
        }
        boolean allKnown = Arrays.stream(ServiceClass.values()).allMatch(k -> c.area(k) != null);
        return allKnown ? c.areas().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add) : null;
    }
}
