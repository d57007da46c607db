package org.lifecircle.planning.coverage;

import java.util.Locale;

import org.lifecircle.engine.access.WhatIf;
import org.lifecircle.planning.access.AccessModel;
import org.lifecircle.planning.access.AccessModels;
import org.lifecircle.planning.access.ServiceCatalogue;
import org.lifecircle.planning.access.Speed;
import org.lifecircle.shared.InvalidInputException;
import org.springframework.stereotype.Service;

/** Coverage of one service (a kind or a handbook group) within a walking time, from the registry as it is. */
@Service
public class CoverageService {

    private final AccessModels models;
    private final ServiceCatalogue catalogue;

    CoverageService(AccessModels models, ServiceCatalogue catalogue) {
        this.models = models;
        this.catalogue = catalogue;
    }

    public CoverageReport coverage(String service, int minutes, Speed speed, Locale locale) {
        requireMinutes(minutes, "minutes");
        String name = catalogue.require(service, "service").name(locale);
        AccessModel m = models.current(speed);
        int[] members = m.servicesOffering(service);
        WhatIf w = m.whatIf(members, minutes * 60.0);
        return CoverageReport.of(m, service, name, minutes, members, w, id -> null);
    }

    /** Walking times a planner may ask about: 1 to 60 minutes. */
    public static void requireMinutes(int minutes, String field) {
        if (minutes < 1 || minutes > 60) {
            throw new InvalidInputException(field, "planning.error.minutes", minutes);
        }
    }
}
