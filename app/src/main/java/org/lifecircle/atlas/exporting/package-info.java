/**
 * Exports of the atlas' lists in the import formats (CSV, XLSX; GeoJSON for places), so an
 * export re-imports cleanly: same columns, headers in the reader's language.
 */
package org.lifecircle.atlas.exporting;
