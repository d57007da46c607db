/** The atlas's base-map settings and map layers; other modules' maps use {@link org.lifecircle.atlas.map.MapSettings}. */
@org.springframework.modulith.NamedInterface("map")
package org.lifecircle.atlas.map;
