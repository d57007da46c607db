/** Atlas facilitys; other modules may use this package's public services and records. */
@org.springframework.modulith.NamedInterface("facility")
package org.lifecircle.atlas.facility;
