/**
 * Imports of the atlas' lists (divisions, compounds, centers, facilities) from CSV, XLSX and
 * GeoJSON as staff keep them: every row checked first, then all written in one transaction or
 * nothing, with every problem reported by file, row and field. Entry point:
 * {@link org.lifecircle.atlas.importing.ImportService}. The format is docs/IMPORT-FORMATS.md.
 */
@org.springframework.modulith.NamedInterface("importing")
package org.lifecircle.atlas.importing;
