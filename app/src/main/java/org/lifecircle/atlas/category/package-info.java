/** Atlas categorys; other modules may use this package's public services and records. */
@org.springframework.modulith.NamedInterface("category")
package org.lifecircle.atlas.category;
