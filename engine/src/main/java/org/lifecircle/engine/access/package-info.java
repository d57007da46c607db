/**
 * Walking accessibility kernels over a {@link org.lifecircle.engine.network.WalkNetwork}: travel times for a
 * {@link org.lifecircle.engine.access.WalkingProfile}, nearest facility per category by multi-source search
 * ({@link org.lifecircle.engine.access.NearestFacility}), facility counts within time thresholds
 * ({@link org.lifecircle.engine.access.FacilityCounts}), population-weighted coverage
 * ({@link org.lifecircle.engine.access.Coverage}), isochrone polygons from the reached streets
 * ({@link org.lifecircle.engine.access.Isochrones}) and incremental what-if updates of one facility
 * ({@link org.lifecircle.engine.access.WhatIf}).
 */
package org.lifecircle.engine.access;
