/**
 * The walkable street network: import from OpenStreetMap ({@link org.lifecircle.engine.network.OsmImporter}),
 * the compact primitive-array graph ({@link org.lifecircle.engine.network.WalkNetwork}), its binary cache
 * ({@link org.lifecircle.engine.network.NetworkCache}) and snapping of points onto edges
 * ({@link org.lifecircle.engine.network.Snapper}).
 */
package org.lifecircle.engine.network;
