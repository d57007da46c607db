package org.lifecircle.planning.scenario;

import java.util.ArrayList;
import java.util.List;

import org.lifecircle.planning.coverage.CoverageReport;
import org.lifecircle.planning.coverage.CoverageReport.CommunityShare;
import org.lifecircle.planning.coverage.CoverageReport.CompoundAccess;

/**
 * What a scenario changes in one service's coverage: the share overall and per community (before, after and
 * the change in percentage points), every compound whose walk changed, and the residents who become covered
 * or stop being covered.
 */
public record CoverageDiff(ShareChange overall, List<CommunityChange> communities, List<CompoundChange> compounds,
                           double residentsGained, double residentsLost) {

    /** Shares 0..1; {@code points} = (after − before) × 100. */
    public record ShareChange(double before, double after, double points) {
        static ShareChange of(double before, double after) {
            return new ShareChange(before, after, (after - before) * 100);
        }
    }

    public record CommunityChange(long id, String name, double population, ShareChange share) {
    }

    /** A compound whose walk changed; minutes null: unreachable. */
    public record CompoundChange(long id, String name, long communityId, String communityName, double population,
                                 double lon, double lat, Double minutesBefore, Double minutesAfter,
                                 boolean newlyCovered, boolean noLongerCovered) {
    }

    /** Walks closer than this (a millionth of a second) are the same walk. */
    private static final double SAME_MINUTES = 1e-6 / 60;

    /** The difference between two reports of the same service, threshold and registry snapshot. */
    public static CoverageDiff of(CoverageReport before, CoverageReport after) {
        List<CommunityChange> communities = new ArrayList<>();
        for (int g = 0; g < before.communities().size(); g++) {
            CommunityShare b = before.communities().get(g);
            communities.add(new CommunityChange(b.id(), b.name(), b.population(),
                    ShareChange.of(b.share(), after.communities().get(g).share())));
        }
        List<CompoundChange> compounds = new ArrayList<>();
        double gained = 0;
        double lost = 0;
        for (int o = 0; o < before.compounds().size(); o++) {
            CompoundAccess b = before.compounds().get(o);
            CompoundAccess a = after.compounds().get(o);
            if (sameWalk(b.minutes(), a.minutes())) {
                continue;
            }
            boolean newly = a.covered() && !b.covered();
            boolean noLonger = b.covered() && !a.covered();
            gained += newly ? b.population() : 0;
            lost += noLonger ? b.population() : 0;
            compounds.add(new CompoundChange(b.id(), b.name(), b.communityId(), b.communityName(), b.population(),
                    b.lon(), b.lat(), b.minutes(), a.minutes(), newly, noLonger));
        }
        return new CoverageDiff(ShareChange.of(before.overall().share(), after.overall().share()), communities, compounds,
                gained, lost);
    }

    private static boolean sameWalk(Double before, Double after) {
        if (before == null || after == null) {
            return before == after;
        }
        return Math.abs(before - after) < SAME_MINUTES;
    }
}
