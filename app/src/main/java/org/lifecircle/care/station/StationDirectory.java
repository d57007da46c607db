package org.lifecircle.care.station;

import java.util.List;

import org.lifecircle.identity.CareStationDirectory;
import org.lifecircle.identity.ScopeOption;
import org.springframework.stereotype.Component;

/** Tells the account pages which care stations a caregiver account can be bound to. */
@Component
class StationDirectory implements CareStationDirectory {

    private final StationRepository stations;

    StationDirectory(StationRepository stations) {
        this.stations = stations;
    }

    @Override
    public List<ScopeOption> careStations() {
        return stations.find(null).stream().map(s -> new ScopeOption(s.id(), s.name())).toList();
    }
}
