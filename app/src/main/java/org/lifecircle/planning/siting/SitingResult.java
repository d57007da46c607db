package org.lifecircle.planning.siting;

import java.util.List;

/**
 * The answer of a siting run as stored and shown: how it was solved and how good it is known to be, the chosen
 * sites with the residents each would serve, and the comparison with the current network (the registry's
 * facilities or centers of the service only) for every compound.
 *
 * @param solver    what solved it, as the engine says it (e.g. "CBC")
 * @param solverKey the same for the reader: a message key ({@code planning.siting.solver.*}, argument: solver)
 * @param objective residents covered (MCLP), new sites (LSCP) or resident-seconds (p-median); null when infeasible
 * @param bound     the proven bound on the objective in the same unit, null when none is known
 * @param gap       relative gap between objective and bound (0: proven optimal), null when unknown
 * @param closedIds the registry's facilities or centers the answer leaves out (existing sites not kept open and not
 *                  chosen again): a scenario saved from it closes them
 */
public record SitingResult(String model, String method, String status, String solver, String solverKey, Double objective, Double bound,
                           Double gap, double solveSeconds, double matrixSeconds, int candidates, int existing,
                           int demandPoints, double totalResidents, Coverage before, Coverage after, double residentsGained,
                           List<ChosenSite> chosen, List<Long> closedIds, List<CompoundAnswer> compounds,
                           double uncoverableResidents) {

    /** Residents within the threshold of a site, their share, and the residents' mean walk to their nearest site. */
    public record Coverage(double covered, double share, Double meanMinutes) {
    }

    /**
     * A chosen site: numbered from 1 in the order of the sites. {@code existingId}: the registry's facility or center
     * when the model chose an existing one again (existing sites not kept open are candidates like any other).
     */
    public record ChosenSite(int number, String name, Long existingId, double lon, double lat, double residents,
                             int compounds, Double farthestMinutes) {
    }

    /**
     * A compound before and after: its walk to the nearest site of the current network and to its site under the
     * answer ({@code site}: a chosen site's number, 0 for an existing one, null for none within reach).
     */
    public record CompoundAnswer(long id, String name, double lon, double lat, double residents, Double minutesBefore,
                                 Double minutesAfter, Integer site, String siteName) {
    }
}
