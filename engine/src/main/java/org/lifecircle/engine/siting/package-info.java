/**
 * Where to put the next centers, shops or care stations: maximal covering, set covering and p-median over the
 * walking times between candidate sites and residents ({@link org.lifecircle.engine.siting.SitingInstance}, built
 * from {@link org.lifecircle.engine.access.PairTimes}), optionally with existing sites fixed and the seeds'
 * population rule per center ({@link org.lifecircle.engine.siting.Capacity}). Solved exactly with OR-Tools, or by
 * greedy-plus-swap with a Lagrangian bound for city-sized instances ({@link org.lifecircle.engine.siting.Siting}).
 */
package org.lifecircle.engine.siting;
