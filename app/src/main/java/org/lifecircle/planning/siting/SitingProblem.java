package org.lifecircle.planning.siting;

import java.util.List;

import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.siting.SitingRequest;
import org.lifecircle.planning.access.AccessModel;

/**
 * A run made ready for the engine, checked before it is queued: the residents who count (indexes into the access
 * model's residents, with their weights), the sites (the existing ones first, fixed when kept; then the
 * candidates) joined to the network, and the engine's request. Immutable.
 *
 * @param residents    indexes into {@code model.residents()} of the demand points
 * @param weights      each demand point's weight (residents, or elderly residents)
 * @param existing     how many of {@code sites} are the registry's (they come first)
 * @param keepExisting whether the registry's sites stay open (fixed); otherwise they are candidates like the others
 * @param matrixLimit  seconds up to which walking times are computed (the threshold, or p-median's cut-off)
 */
record SitingProblem(AccessModel model, int[] residents, double[] weights, List<Site> sites, SnappedPoints siteSnaps,
                     int existing, boolean keepExisting, SitingRequest request, double matrixLimit) {

    /** A site: the registry's facility or center ({@code id}), or a candidate ({@code id} null). */
    record Site(Long id, String name, double lon, double lat) {
    }

    boolean isExisting(int site) {
        return site < existing;
    }
}
