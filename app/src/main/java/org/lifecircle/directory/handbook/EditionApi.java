package org.lifecircle.directory.handbook;

import java.util.List;

import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.identity.Actor;
import org.lifecircle.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Directory 商户名录")
class EditionApi {

    private final EditionService editions;
    private final DivisionService divisions;

    EditionApi(EditionService editions, DivisionService divisions) {
        this.editions = editions;
        this.divisions = divisions;
    }

    /** An edition as listed: its PDF at {@code pdf}. */
    record Listed(int number, PaperFormat format, java.time.OffsetDateTime generatedAt, String generatedBy,
                  int merchantCount, long bytes, String pdf) {
        static Listed of(String code, Edition e) {
            return new Listed(e.number(), e.format(), e.generatedAt(), e.generatedBy(), e.merchantCount(), e.bytes(),
                    "/c/" + code + "/handbook/editions/" + e.number() + ".pdf");
        }
    }

    @GetMapping("/api/v1/directory/communities/{code}/handbook/editions")
    @Operation(summary = "The handbook's editions of a community, newest first")
    List<Listed> list(@PathVariable String code) {
        long community = divisions.communityByCode(code).orElseThrow(() -> new NotFoundException("atlas.community", code)).id();
        return editions.editions(community).stream().map(e -> Listed.of(code, e)).toList();
    }

    @PostMapping("/api/v1/directory/communities/{code}/handbook/editions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Generate and keep a new edition (staff of the community or a district administrator)")
    Listed regenerate(@PathVariable String code, @Parameter(description = "A5 (booklet) or A4")
                      @RequestParam(defaultValue = "A5") PaperFormat format, Actor actor) {
        return Listed.of(code, editions.regenerate(actor, code, format));
    }
}
