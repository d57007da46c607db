/** Planned centers, their stages and history; other modules may use this package's public services and records. */
@org.springframework.modulith.NamedInterface("buildout")
package org.lifecircle.programme.buildout;
