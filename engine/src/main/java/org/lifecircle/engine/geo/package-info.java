/**
 * Coordinates: WGS-84 everywhere inside LifeCircle; GCJ-02 (AMap, Tencent) and BD-09 (Baidu)
 * converted at the edges with the public formulas and an iterative inverse
 * ({@link org.lifecircle.engine.geo.ChinaCoordinates}). No dependencies, thread-safe.
 */
package org.lifecircle.engine.geo;
