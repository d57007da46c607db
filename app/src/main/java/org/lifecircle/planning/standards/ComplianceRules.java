package org.lifecircle.planning.standards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lifecircle.atlas.ServiceClass;

/** The rules compliance is judged by, apart from the network and the database so they can be tested alone. */
final class ComplianceRules {

    private ComplianceRules() {
    }

    /** Index (into {@code seconds}) of the quickest reached candidate, or -1 when none can be reached. */
    static int nearest(int[] candidates, double[] seconds) {
        int best = -1;
        for (int i : candidates) {
            if (Double.isFinite(seconds[i]) && (best < 0 || seconds[i] < seconds[best])) {
                best = i;
            }
        }
        return best;
    }

    /** A center's requirement: present when its nearest facility is within the requirement's minutes (inclusive). */
    static Verdict atCenter(Requirement r, double nearestSeconds) {
        if (!r.measurable()) {
            return Verdict.NOT_MEASURABLE;
        }
        return nearestSeconds <= r.minutes() * 60.0 ? Verdict.PRESENT : Verdict.MISSING;
    }

    /** A community's requirement: present when the covered share of its residents reaches {@code threshold}. */
    static Verdict inCommunity(Requirement r, double population, double covered, double threshold) {
        if (!r.measurable()) {
            return Verdict.NOT_MEASURABLE;
        }
        if (population <= 0) {
            return Verdict.NO_RESIDENTS;
        }
        return covered / population >= threshold ? Verdict.PRESENT : Verdict.MISSING;
    }

    /**
     * @param recorded      the center's areas by class; a class without a figure is unknown
     * @param recordedTotal the center's total floor area, null when unknown
     */
    static Composition composition(List<CompositionShare> standard, Map<ServiceClass, BigDecimal> recorded,
                                   BigDecimal recordedTotal) {
        BigDecimal standardTotal = standard.stream().map(CompositionShare::areaM2).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal scale = standardTotal.max(recordedTotal == null ? BigDecimal.ZERO : recordedTotal);
        for (CompositionShare s : standard) {
            scale = scale.max(s.areaM2()).max(recorded.getOrDefault(s.serviceClass(), BigDecimal.ZERO));
        }
        List<Composition.Row> rows = new ArrayList<>();
        for (CompositionShare s : standard) {
            rows.add(row(s.serviceClass(), s.areaM2(), recorded.get(s.serviceClass()), scale));
        }
        return new Composition(rows, row(null, standardTotal, recordedTotal, scale));
    }

    private static Composition.Row row(ServiceClass serviceClass, BigDecimal standard, BigDecimal recorded, BigDecimal scale) {
        BigDecimal difference = recorded == null ? null : recorded.subtract(standard);
        Double percent = difference == null || standard.signum() == 0 ? null
                : difference.multiply(BigDecimal.valueOf(100)).divide(standard, 1, RoundingMode.HALF_UP).doubleValue();
        return new Composition.Row(serviceClass, standard, recorded, difference, percent, width(standard, scale),
                recorded == null ? 0 : width(recorded, scale));
    }

    /** Percentage of the scale, one decimal; 0 for an empty scale. */
    private static double width(BigDecimal value, BigDecimal scale) {
        return scale.signum() == 0 ? 0
                : value.multiply(BigDecimal.valueOf(100)).divide(scale, 1, RoundingMode.HALF_UP).doubleValue();
    }
}
