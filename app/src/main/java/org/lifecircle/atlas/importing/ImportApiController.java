package org.lifecircle.atlas.importing;

import java.io.IOException;
import java.util.Locale;

import org.lifecircle.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/imports/{kind}} with a multipart {@code file}: 200 with the counts, or
 * 422 {@code application/problem+json} listing every problem in the request's language.
 */
@RestController
class ImportApiController {

    private final ImportService imports;
    private final ProblemMessages messages;

    ImportApiController(ImportService imports, ProblemMessages messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/imports/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importFile(Actor actor, @PathVariable String kind, @RequestParam("file") MultipartFile file,
                                 Locale locale)
            throws IOException {
        ImportKind importKind;
        try {
            importKind = ImportKind.fromSlug(kind);
        } catch (IllegalArgumentException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    messages.message("imports.unknownKind", locale, kind));
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ImportResult result = imports.importFile(actor, importKind, file.getOriginalFilename(),
                file.getInputStream());
        return ResponseEntity.ok(new Answer(importKind.slug(), result.file(), result.created(), result.updated()));
    }

    record Answer(String kind, String file, int created, int updated) {
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejectedException e, Locale locale) {
        return messages.rejected("imports.rejected", e.problems(), locale);
    }
}
