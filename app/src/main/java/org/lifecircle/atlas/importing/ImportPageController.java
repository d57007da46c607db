package org.lifecircle.atlas.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.lifecircle.identity.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The staff page: upload a list, see the counts or every problem; download templates. */
@Controller
class ImportPageController {

    private static final String VIEW = "atlas/import";

    private final ImportService imports;
    private final ProblemMessages messages;

    ImportPageController(ImportService imports, ProblemMessages messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/atlas/import")
    String form(@RequestParam(name = "kind", required = false) String kind, Model model) {
        model.addAttribute("kind", parse(kind));
        return page(model);
    }

    @PostMapping("/atlas/import")
    String upload(Actor actor, @RequestParam(name = "kind", required = false) String kind,
                  @RequestParam(name = "file", required = false) MultipartFile file, Locale locale, Model model)
            throws IOException {
        ImportKind importKind = parse(kind);
        model.addAttribute("kind", importKind);
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
            model.addAttribute("error", messages.message("imports.page.noFile", locale));
            return page(model);
        }
        try {
            model.addAttribute("result", imports.importFile(actor, importKind, file.getOriginalFilename(),
                    file.getInputStream()));
        } catch (ImportRejectedException e) {
            model.addAttribute("problems", messages.lines(e.problems(), locale));
        }
        return page(model);
    }

    /** An empty list with the Chinese headers, in UTF-8 with BOM so Excel opens it right. */
    @GetMapping("/atlas/import/template/{kind}.csv")
    ResponseEntity<byte[]> template(@PathVariable String kind) {
        ImportKind importKind;
        try {
            importKind = ImportKind.fromSlug(kind);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String header = ImportColumns.of(importKind).stream().map(Column::zh).collect(Collectors.joining(","));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(importKind.slug() + "-template.csv").build().toString())
                .body(("\uFEFF" + header + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static ImportKind parse(String kind) {
        try {
            return kind == null ? ImportKind.FACILITIES : ImportKind.fromSlug(kind);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static String page(Model model) {
        Map<ImportKind, List<Column>> columns = new EnumMap<>(ImportKind.class);
        Arrays.stream(ImportKind.values()).forEach(k -> columns.put(k, ImportColumns.of(k)));
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("columns", columns);
        return VIEW;
    }
}
