package org.lifecircle.engine.routing;

/**
 * Someone who makes visits: leaves {@code startNode} no earlier than {@code shiftStart} and is back at {@code endNode}
 * by {@code shiftEnd}, travelling with the matrix {@code mode} (e.g. 0 walking, 1 e-bike).
 *
 * @param skills   bit set of what the worker may do
 * @param capacity most total load of the visits on the route ({@link Long#MAX_VALUE}: no limit)
 */
public record Worker(int startNode, int endNode, long shiftStart, long shiftEnd, int mode, long skills, long capacity) {

    public Worker {
        if (shiftStart > shiftEnd) {
            throw new IllegalArgumentException("shift " + shiftStart + ".." + shiftEnd + " is empty");
        }
    }

    boolean canDo(Visit visit) {
        return (visit.requiredSkills() & ~skills) == 0;
    }
}
