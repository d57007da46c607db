/** Guides for common government errands (办事指南): the demo loader fills them through {@link ErrandService}. */
@org.springframework.modulith.NamedInterface("errands")
package org.lifecircle.directory.errands;
