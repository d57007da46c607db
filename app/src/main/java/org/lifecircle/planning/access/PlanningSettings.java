package org.lifecircle.planning.access;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the planning analyses.
 *
 * @param personsPerHousehold residents per household where a compound records households only
 *                            (2.62: 2020 census, 金水区, the nearest published figure for Zhengdong)
 * @param elderCareKinds      catalogue kinds whose gaps are weighted by the compound's elderly share
 * @param snapLimitMetres     compounds and facilities farther than this from any street are reported, not used
 */
@ConfigurationProperties("lifecircle.planning")
public record PlanningSettings(double personsPerHousehold, List<String> elderCareKinds, double snapLimitMetres) {

    public PlanningSettings {
        personsPerHousehold = personsPerHousehold > 0 ? personsPerHousehold : 2.62;
        elderCareKinds = elderCareKinds == null || elderCareKinds.isEmpty()
                ? List.of("elder_day_care", "community_health_center", "community_health_station", "canteen")
                : List.copyOf(elderCareKinds);
        snapLimitMetres = snapLimitMetres > 0 ? snapLimitMetres : 300;
    }

    public boolean isElderCare(String kindOrGroup) {
        return elderCareKinds.contains(kindOrGroup);
    }
}
