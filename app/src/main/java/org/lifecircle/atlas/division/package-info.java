/** Atlas divisions (sub-districts and communities); other modules may use this package's public services and records. */
@org.springframework.modulith.NamedInterface("division")
package org.lifecircle.atlas.division;
