package org.lifecircle.atlas.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports one file of one kind as one actor: reads it (CSV, XLSX or GeoJSON), maps its
 * headers, checks every row, then writes all rows in one transaction, or nothing and throws
 * {@link ImportRejectedException} with every problem. A successful import writes one audit
 * entry {@code atlas.import.<kind>}. Thread-safe.
 */
@Service
public class ImportService {

    /** Files larger than this are refused before parsing (the web layer limits uploads too). */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private final Map<ImportKind, KindImporter> importers = new EnumMap<>(ImportKind.class);
    private final AuditLog audit;

    ImportService(List<KindImporter> importers, AuditLog audit) {
        importers.forEach(i -> this.importers.put(i.kind(), i));
        this.audit = audit;
    }

    /**
     * @param fileName as the user named it; used in problems and the audit entry
     * @throws ImportRejectedException when the file or any row is wrong; nothing was written
     */
    @Transactional
    public ImportResult importFile(Actor actor, ImportKind kind, String fileName, InputStream content) {
        String file = fileName == null || fileName.isBlank() ? kind.slug() : fileName.strip();
        Problems problems = new Problems(file);
        byte[] bytes = readAll(content, problems);
        RawTable table = bytes == null ? null : TableReader.read(kind, bytes, problems);
        problems.throwIfAny();
        Headers headers = Headers.map(table.headers(), table.headerRow(), ImportColumns.of(kind), problems);
        problems.throwIfAny();
        List<RowReader> rows = new ArrayList<>();
        for (RawTable.Row row : table.rows()) {
            if (!row.isBlank()) {
                rows.add(new RowReader(row, headers, problems));
            }
        }
        if (rows.isEmpty()) {
            problems.add(table.headerRow(), "", "imports.error.noRows");
            problems.throwIfAny();
        }
        Counts counts = importers.get(kind).importRows(actor, rows, problems);
        problems.throwIfAny();
        audit.record(actor, "atlas.import." + kind.slug(), kind.slug(), null,
                "%s: %d created, %d updated".formatted(file, counts.created, counts.updated));
        return new ImportResult(kind, file, counts.created, counts.updated);
    }

    private static byte[] readAll(InputStream content, Problems problems) {
        try (content) {
            byte[] bytes = content.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                problems.add(1, "", "imports.error.tooLarge", MAX_BYTES / (1024 * 1024));
                return null;
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the uploaded file failed", e);
        }
    }
}
