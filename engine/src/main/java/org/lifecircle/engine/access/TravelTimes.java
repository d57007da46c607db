package org.lifecircle.engine.access;

import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.WalkNetwork;

/**
 * A network's arc walking times for one {@link WalkingProfile}: the CSR arrays the kernels search
 * ({@code offsets}, {@code targets}, {@code seconds}; an impassable arc has infinite seconds), plus the
 * costs of joining the network at a {@link Snap}.
 *
 * <p>Immutable and safe to share between threads; build once per network and profile.
 */
public final class TravelTimes {

    final WalkNetwork net;
    final WalkingProfile profile;
    final int[] offsets;
    final int[] targets;
    final double[] seconds;

    public TravelTimes(WalkNetwork net, WalkingProfile profile) {
        this.net = net;
        this.profile = profile;
        int n = net.nodeCount();
        offsets = new int[n + 1];
        targets = new int[net.arcCount()];
        seconds = new double[net.arcCount()];
        for (int v = 0; v < n; v++) {
            offsets[v] = net.firstArc(v);
            for (int a = net.firstArc(v); a < net.endArc(v); a++) {
                targets[a] = net.arcTarget(a);
                seconds[a] = edgeSeconds(net.arcEdge(a), net.edgeLengthMetres(net.arcEdge(a)));
            }
        }
        offsets[n] = net.arcCount();
    }

    public WalkNetwork network() {
        return net;
    }

    public WalkingProfile profile() {
        return profile;
    }

    /** Seconds to walk {@code metres} of edge {@code edge} (slower on steps, infinite on steps the profile cannot use). */
    public double edgeSeconds(int edge, double metres) {
        return profile.seconds(metres, net.isSteps(edge));
    }

    /** Seconds of the straight walk between a point and its snapped position. */
    public double offsetSeconds(Snap s) {
        return s.offsetMetres() / profile.metresPerSecond();
    }

    /** Seconds from the snapped position to the edge's {@code from} node (offset walk included). */
    double toFrom(Snap s) {
        return offsetSeconds(s) + edgeSeconds(s.edge(), s.alongMetres());
    }

    /** Seconds from the snapped position to the edge's {@code to} node (offset walk included). */
    double toTo(Snap s) {
        return offsetSeconds(s) + edgeSeconds(s.edge(), Math.max(0, net.edgeLengthMetres(s.edge()) - s.alongMetres()));
    }

    /** Seconds between two points snapped onto the same edge, walking along it (offset walks included). */
    double sameEdge(Snap a, Snap b) {
        return offsetSeconds(a) + offsetSeconds(b) + edgeSeconds(a.edge(), Math.abs(a.alongMetres() - b.alongMetres()));
    }
}
