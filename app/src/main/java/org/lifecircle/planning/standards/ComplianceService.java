package org.lifecircle.planning.standards;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.lifecircle.atlas.center.CenterService;
import org.lifecircle.atlas.center.ServiceCenter;
import org.lifecircle.atlas.division.Community;
import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.atlas.facility.Facility;
import org.lifecircle.atlas.facility.FacilityService;
import org.lifecircle.planning.access.AccessModels;
import org.lifecircle.planning.access.Speed;
import org.springframework.stereotype.Service;

/**
 * Standards compliance from the registry as it is now: each center against its tier's requirements,
 * the standard composition and the basic functions; each community against one tier's requirements.
 */
@Service
public class ComplianceService {

    private final AccessModels models;
    private final StandardsService standards;
    private final CenterService centers;
    private final DivisionService divisions;
    private final FacilityService facilities;
    private final StandardsSettings settings;

    ComplianceService(AccessModels models, StandardsService standards, CenterService centers, DivisionService divisions,
                      FacilityService facilities, StandardsSettings settings) {
        this.models = models;
        this.standards = standards;
        this.centers = centers;
        this.divisions = divisions;
        this.facilities = facilities;
        this.settings = settings;
    }

    public CenterCompliance center(long id, Speed speed) {
        ServiceCenter center = centers.get(id);
        return centerEvaluation(speed).judge(center);
    }

    /** Every center, by tier (15, 10, 5 minutes), in the registry's order within a tier. */
    public List<CenterCompliance> centers(Speed speed) {
        CenterEvaluation evaluation = centerEvaluation(speed);
        return centers.find(null, null).stream().sorted(Comparator.comparing(ServiceCenter::tier))
                .map(evaluation::judge).toList();
    }

    public CommunityCompliance community(long id, StandardTier tier, Speed speed) {
        Community community = divisions.community(id);
        return judge(community, communityEvaluation(tier, speed), tier, speed);
    }

    /** Every community: those with residents first, then by pinyin. */
    public List<CommunityCompliance> communities(StandardTier tier, Speed speed) {
        CommunityEvaluation evaluation = communityEvaluation(tier, speed);
        return divisions.communities(null).stream().map(c -> judge(c, evaluation, tier, speed))
                .sorted(Comparator.comparing((CommunityCompliance c) -> c.population() <= 0)).toList();
    }

    public ComplianceOverview overview(Speed speed, StandardTier communityTier) {
        return new ComplianceOverview(speed, communityTier, settings.shareThreshold(),
                centers(speed).stream().map(ComplianceOverview.CenterSummary::of).toList(),
                communities(communityTier, speed).stream().map(ComplianceOverview.CommunitySummary::of).toList());
    }

    public StandardsSettings settings() {
        return settings;
    }

    private CenterEvaluation centerEvaluation(Speed speed) {
        Map<StandardTier, List<Requirement>> byTier = standards.requirements(null, false).stream()
                .collect(Collectors.groupingBy(Requirement::tier));
        Map<Long, Long> centerOfFacility = new HashMap<>();
        for (Facility f : facilities.all()) {
            if (f.centerId() != null) {
                centerOfFacility.put(f.id(), f.centerId());
            }
        }
        return new CenterEvaluation(models.current(speed), byTier, standards.functions(false), standards.composition(),
                centerOfFacility, settings.functionWalkMinutes());
    }

    private CommunityEvaluation communityEvaluation(StandardTier tier, Speed speed) {
        return new CommunityEvaluation(models.current(speed), standards.requirements(tier, false), settings.shareThreshold());
    }

    private CommunityCompliance judge(Community c, CommunityEvaluation evaluation, StandardTier tier, Speed speed) {
        List<CommunityCheck> checks = evaluation.checks(c.id());
        return new CommunityCompliance(c.id(), c.shortName(), c.subDistrictId(), c.subDistrictName(), tier, speed,
                evaluation.population(c.id()), settings.shareThreshold(), Score.of(checks), checks);
    }
}
