/** Atlas compounds; other modules may use this package's public services and records. */
@org.springframework.modulith.NamedInterface("compound")
package org.lifecircle.atlas.compound;
