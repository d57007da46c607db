/**
 * The LifeCircle engine: a plain Java library (no Spring) for street networks, walking
 * accessibility, isochrones, facility siting and Chinese coordinate systems.
 */
package org.lifecircle.engine;
