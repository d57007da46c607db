/** Atlas centers; other modules may use this package's public services and records. */
@org.springframework.modulith.NamedInterface("center")
package org.lifecircle.atlas.center;
