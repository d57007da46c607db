package org.lifecircle.atlas.exporting;

import java.util.Locale;

import org.lifecircle.atlas.importing.ImportColumns;
import org.lifecircle.atlas.importing.ImportKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exports a whole list in one of the import formats, headers in the reader's language. */
@Service
public class ExportService {

    private final ExportQueries queries;

    ExportService(ExportQueries queries) {
        this.queries = queries;
    }

    /** @throws IllegalArgumentException for divisions as GeoJSON (they are not places) */
    @Transactional(readOnly = true)
    public byte[] export(ImportKind kind, ExportFormat format, Locale locale) {
        if (format == ExportFormat.GEOJSON && !kind.hasPoints()) {
            throw new IllegalArgumentException("Divisions have no positions to export as GeoJSON");
        }
        boolean chinese = !"en".equals(locale.getLanguage());
        var columns = ImportColumns.of(kind);
        var rows = queries.rows(kind, chinese);
        switch (format) {
            case CSV:
                return ExportWriter.csv(columns, rows, locale);
            case XLSX:
                return ExportWriter.xlsx(columns, rows, locale, kind.slug());
            default:
                return ExportWriter.geojson(columns, rows, locale);
        }
    }
}
