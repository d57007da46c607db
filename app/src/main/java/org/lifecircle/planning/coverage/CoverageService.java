package org.lifecircle.planning.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.lifecircle.engine.access.WhatIf;
import org.lifecircle.planning.access.AccessModel;
import org.lifecircle.planning.access.AccessModels;
import org.lifecircle.planning.access.ServiceCatalogue;
import org.lifecircle.planning.access.ServicePoint;
import org.lifecircle.planning.access.Speed;
import org.lifecircle.planning.standards.Requirement;
import org.lifecircle.planning.standards.StandardTier;
import org.lifecircle.planning.standards.StandardsService;
import org.lifecircle.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Coverage of one service (a kind or a handbook group) within a walking time, or of a tier's whole service
 * set ({@code tier:CIRCLE_5}: the required, measurable services of that tier in the standards table, all of
 * which must be within the time), from the registry as it is.
 */
@Service
public class CoverageService {

    /** Prefix of a tier's service set in the {@code service} parameter, e.g. {@code tier:CENTER_15}. */
    public static final String TIER_SET = "tier:";

    private final AccessModels models;
    private final ServiceCatalogue catalogue;
    private final StandardsService standards;
    private final MessageSource messages;

    CoverageService(AccessModels models, ServiceCatalogue catalogue, StandardsService standards, MessageSource messages) {
        this.models = models;
        this.catalogue = catalogue;
        this.standards = standards;
        this.messages = messages;
    }

    public CoverageReport coverage(String service, int minutes, Speed speed, Locale locale) {
        requireMinutes(minutes, "minutes");
        if (service.startsWith(TIER_SET)) {
            return tierSet(service, minutes, speed, locale);
        }
        String name = catalogue.require(service, "service").name(locale);
        AccessModel m = models.current(speed);
        int[] members = m.servicesOffering(service);
        WhatIf w = m.whatIf(members, minutes * 60.0);
        return CoverageReport.of(m, service, name, minutes, members, w, id -> null);
    }

    /**
     * A compound is covered by a tier's set when every required service of it is within the time; its walk is
     * that to the farthest of them (the one that decides), named as "service: facility".
     */
    private CoverageReport tierSet(String service, int minutes, Speed speed, Locale locale) {
        StandardTier tier = tier(service);
        List<Requirement> set = standards.requirements(tier, false).stream()
                .filter(r -> r.required() && r.measurable()).toList();
        AccessModel m = models.current(speed);
        int n = m.residents().size();
        double[] seconds = new double[n];
        Long[] nearestId = new Long[n];
        String[] nearestName = new String[n];
        List<CoverageReport.Point> points = new ArrayList<>();
        for (Requirement r : set) {
            int[] members = IntStream.range(0, m.services().size())
                    .filter(i -> r.codes().stream().anyMatch(code -> m.services().get(i).offers(code))).toArray();
            WhatIf w = m.whatIf(members, minutes * 60.0);
            for (int o = 0; o < n; o++) {
                double t = w.originSeconds(o);
                if (!(t <= seconds[o])) { // farther, or unreachable (infinite): this requirement now decides
                    seconds[o] = t;
                    int f = w.nearestFacility(o);
                    ServicePoint p = f >= 0 ? m.services().get(members[f]) : null;
                    nearestId[o] = p == null ? null : p.facilityId();
                    nearestName[o] = r.name(locale) + (p == null ? "" : ": " + p.name());
                }
            }
            Arrays.stream(members).mapToObj(m.services()::get).filter(p -> points.stream().noneMatch(q -> q.id() == p.facilityId()))
                    .forEach(p -> points.add(new CoverageReport.Point(p.facilityId(), p.name(), p.lon(), p.lat())));
        }
        String name = messages.getMessage("planning.service.tier." + tier, new Object[]{set.size()}, locale);
        return CoverageReport.of(m, service, name, minutes, seconds, nearestId, nearestName, points);
    }

    private static StandardTier tier(String service) {
        try {
            return StandardTier.valueOf(service.substring(TIER_SET.length()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("service", "planning.error.service", service);
        }
    }

    /** Walking times a planner may ask about: 1 to 60 minutes. */
    public static void requireMinutes(int minutes, String field) {
        if (minutes < 1 || minutes > 60) {
            throw new InvalidInputException(field, "planning.error.minutes", minutes);
        }
    }
}
