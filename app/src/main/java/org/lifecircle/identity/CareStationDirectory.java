package org.lifecircle.identity;

import java.util.List;
import java.util.Optional;

/**
 * The home-care stations a {@link Role#CAREGIVER} account can be bound to, implemented by the
 * module that keeps them (care). Identity works without one (the form then takes the numeric id).
 */
public interface CareStationDirectory {

    /** Every care station (居家养老服务站), by name. */
    List<ScopeOption> careStations();

    default Optional<String> careStationName(long id) {
        return careStations().stream().filter(o -> o.id() == id).map(ScopeOption::name).findFirst();
    }
}
