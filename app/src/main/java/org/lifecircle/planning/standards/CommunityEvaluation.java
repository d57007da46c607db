package org.lifecircle.planning.standards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lifecircle.engine.access.NearestFacility;
import org.lifecircle.planning.access.AccessModel;
import org.lifecircle.planning.access.Resident;

/**
 * Judges every community against one tier's requirements on one snapshot of the district: one
 * search per requirement gives every compound its walk to the nearest facility offering it, and
 * each community the population-weighted share of its residents within the requirement's minutes.
 */
final class CommunityEvaluation {

    private final List<Requirement> requirements;
    private final Map<Long, List<CommunityCheck>> byCommunity = new HashMap<>();
    private final Map<Long, Double> population = new HashMap<>();

    /** @param requirements the tier's active requirements, in table order */
    CommunityEvaluation(AccessModel model, List<Requirement> requirements, double threshold) {
        this.requirements = requirements;
        ServiceIndex index = new ServiceIndex(model);
        List<Resident> residents = model.residents();
        int groups = model.communityIds().size();
        double[] people = new double[groups];
        for (int o = 0; o < residents.size(); o++) {
            people[model.communityIndex(o)] += residents.get(o).population();
        }
        for (int g = 0; g < groups; g++) {
            population.put(model.communityIds().get(g), people[g]);
            byCommunity.put(model.communityIds().get(g), new ArrayList<>());
        }
        for (Requirement r : requirements) {
            double[] seconds = r.measurable()
                    ? NearestFacility.originSeconds(model.travelTimes(), model.facilities(index.offering(r.codes())), model.origins())
                    : null;
            double[] covered = new double[groups];
            List<List<String>> uncovered = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                uncovered.add(new ArrayList<>());
            }
            for (int o = 0; seconds != null && o < residents.size(); o++) {
                int g = model.communityIndex(o);
                if (seconds[o] <= r.minutes() * 60.0) {
                    covered[g] += residents.get(o).population();
                } else {
                    uncovered.get(g).add(residents.get(o).name());
                }
            }
            for (int g = 0; g < groups; g++) {
                Double share = seconds == null || people[g] <= 0 ? null : covered[g] / people[g];
                byCommunity.get(model.communityIds().get(g)).add(new CommunityCheck(r,
                        ComplianceRules.inCommunity(r, people[g], covered[g], threshold), people[g], covered[g], share,
                        List.copyOf(uncovered.get(g))));
            }
        }
    }

    /** The community's checks; a community without compounds gets rows with no residents to judge. */
    List<CommunityCheck> checks(long communityId) {
        List<CommunityCheck> checks = byCommunity.get(communityId);
        if (checks != null) {
            return checks;
        }
        return requirements.stream().map(r -> new CommunityCheck(r, ComplianceRules.inCommunity(r, 0, 0, 1), 0, 0, null,
                List.<String>of())).toList();
    }

    /** Residents of the community as the model counts them (recorded or estimated from households). */
    double population(long communityId) {
        return population.getOrDefault(communityId, 0.0);
    }
}
