package org.lifecircle.planning.scenario;

import java.util.ArrayList;
import java.util.List;

import org.lifecircle.planning.access.Speed;

/**
 * Two scenarios side by side for one service and walking time: the registry's share and each scenario's, overall
 * and per community, and the residents each one brings into (or drops out of) the walking time.
 */
public record ScenarioComparison(String service, String serviceName, int minutes, Speed speed, double shareBefore,
                                 Side a, Side b, List<CommunityRow> communities) {

    public record Side(long scenarioId, String name, double share, double points, double residentsGained,
                       double residentsLost) {
        static Side of(ScenarioEvaluation e) {
            CoverageDiff d = e.diff();
            return new Side(e.scenarioId(), e.scenarioName(), d.overall().after(), d.overall().points(),
                    d.residentsGained(), d.residentsLost());
        }
    }

    /** One community's share: in the registry, under scenario a and under scenario b (0..1). */
    public record CommunityRow(long id, String name, double population, double before, double a, double b) {
    }

    static ScenarioComparison of(ScenarioEvaluation a, ScenarioEvaluation b) {
        List<CoverageDiff.CommunityChange> ca = a.diff().communities();
        List<CoverageDiff.CommunityChange> cb = b.diff().communities();
        List<CommunityRow> rows = new ArrayList<>();
        for (int g = 0; g < ca.size(); g++) {
            CoverageDiff.CommunityChange x = ca.get(g);
            rows.add(new CommunityRow(x.id(), x.name(), x.population(), x.share().before(), x.share().after(),
                    cb.get(g).share().after()));
        }
        return new ScenarioComparison(a.service(), a.before().serviceName(), a.minutes(), a.speed(),
                a.diff().overall().before(), Side.of(a), Side.of(b), rows);
    }
}
