/**
 * Network (路网): the walking network the platform computes on, loaded once at startup from an
 * OpenStreetMap file with the engine's importer ({@link org.lifecircle.network.StreetNetwork}), and
 * the API that draws it on the map. Without a configured file it is the bundled approximate demo
 * network of Ruyi Lake, generated from 2013 bus stops, and says so.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.lifecircle.network;
