/**
 * The bridge between the atlas and the engine: residents (compounds with population) and service
 * points (facilities) snapped to the street network, with the travel times of a walking speed.
 */
@org.springframework.modulith.NamedInterface("access")
package org.lifecircle.planning.access;
