package org.lifecircle.planning.standards;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.lifecircle.atlas.Tier;
import org.lifecircle.planning.access.Speed;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Every center against its tier and every community against one tier, in brief: scores and what is missing. */
public record ComplianceOverview(Speed speed, StandardTier communityTier, double threshold, List<CenterSummary> centers,
                                 List<CommunitySummary> communities) {

    /**
     * A requirement not met: for a center the walk to the nearest facility beyond the limit
     * ({@code minutes}, null when none can be reached), for a community the share within it.
     */
    public record Missing(long requirementId, String nameZh, String nameEn, boolean required, Double minutes,
                          Double share) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
        }
    }

    public record CenterSummary(long id, String name, long subDistrictId, String subDistrictName, Tier tier,
                                boolean estimated, boolean snapped, Score score, int functionsPresent, int functions,
                                BigDecimal areaM2, BigDecimal standardAreaM2, List<Missing> missing) {

        static CenterSummary of(CenterCompliance c) {
            List<Missing> missing = c.checks().stream().filter(k -> k.verdict() == Verdict.MISSING)
                    .map(k -> new Missing(k.requirement().id(), k.requirement().nameZh(), k.requirement().nameEn(),
                            k.requirement().required(), k.minutes(), null)).toList();
            return new CenterSummary(c.centerId(), c.name(), c.subDistrictId(), c.subDistrictName(), c.tier(), c.estimated(),
                    c.snapped(), c.score(), c.functionsPresent(), c.functions().size(), c.composition().total().recordedM2(),
                    c.composition().total().standardM2(), missing);
        }

        public List<Missing> requiredMissing() {
            return missing.stream().filter(Missing::required).toList();
        }
    }

    public record CommunitySummary(long id, String name, long subDistrictId, String subDistrictName, double population,
                                   Score score, List<Missing> missing) {

        static CommunitySummary of(CommunityCompliance c) {
            List<Missing> missing = c.checks().stream().filter(k -> k.verdict() == Verdict.MISSING)
                    .map(k -> new Missing(k.requirement().id(), k.requirement().nameZh(), k.requirement().nameEn(),
                            k.requirement().required(), null, k.share())).toList();
            return new CommunitySummary(c.communityId(), c.name(), c.subDistrictId(), c.subDistrictName(), c.population(),
                    c.score(), missing);
        }

        public List<Missing> requiredMissing() {
            return missing.stream().filter(Missing::required).toList();
        }
    }

    /** Per atlas tier: how many centers there are and how many meet their tier. */
    public record Tally(Tier tier, long centers, long meeting) {
    }

    @JsonProperty("tallies")
    public List<Tally> tallies() {
        return Arrays.stream(Tier.values()).map(t -> new Tally(t,
                centers.stream().filter(c -> c.tier() == t).count(),
                centers.stream().filter(c -> c.tier() == t && c.score().meets()).count())).toList();
    }

    /** The same overview for one sub-district's centers and communities; null: all of them. */
    public ComplianceOverview of(Long subDistrictId) {
        if (subDistrictId == null) {
            return this;
        }
        return new ComplianceOverview(speed, communityTier, threshold,
                centers.stream().filter(c -> c.subDistrictId() == subDistrictId).toList(),
                communities.stream().filter(c -> c.subDistrictId() == subDistrictId).toList());
    }

    /** Centers whose every measurable required service is present. */
    @JsonProperty("centersMeetingTheirTier")
    public long centersMeetingTheirTier() {
        return centers.stream().filter(c -> c.score().meets()).count();
    }

    @JsonProperty("communitiesMeetingTheTier")
    public long communitiesMeetingTheTier() {
        return communities.stream().filter(c -> c.score().meets()).count();
    }

    /** The communities with residents recorded: the only ones there is anything to judge in. */
    public List<CommunitySummary> communitiesWithResidents() {
        return communities.stream().filter(c -> c.population() > 0).toList();
    }

    public long communitiesWithoutResidents() {
        return communities.stream().filter(c -> c.population() <= 0).count();
    }
}
