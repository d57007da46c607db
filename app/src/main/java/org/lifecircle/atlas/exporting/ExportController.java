package org.lifecircle.atlas.exporting;

import java.util.Locale;

import org.lifecircle.atlas.importing.ImportKind;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /api/v1/exports/{kind}.{csv|xlsx|geojson}}: a whole list as a download. */
@RestController
class ExportController {

    private final ExportService exports;

    ExportController(ExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/api/v1/exports/{kind}.{format}")
    ResponseEntity<byte[]> export(@PathVariable String kind, @PathVariable String format, Locale locale) {
        ImportKind importKind;
        ExportFormat exportFormat;
        try {
            importKind = ImportKind.fromSlug(kind);
            exportFormat = ExportFormat.fromExtension(format);
            byte[] body = exports.export(importKind, exportFormat, locale);
            String fileName = importKind.slug() + "." + exportFormat.extension();
            return ResponseEntity.ok()
                    .contentType(exportFormat.mediaType())
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                    .body(body);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
