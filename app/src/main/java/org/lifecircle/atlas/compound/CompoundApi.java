package org.lifecircle.atlas.compound;

import jakarta.validation.Valid;

import org.lifecircle.identity.Actor;
import org.lifecircle.shared.Paged;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/compounds")
@Tag(name = "Compounds 小区/楼院", description = "Residential compounds with households, population and entrance")
class CompoundApi {

    private final CompoundService compounds;

    CompoundApi(CompoundService compounds) {
        this.compounds = compounds;
    }

    @GetMapping
    @Operation(summary = "Compounds, sorted by pinyin; q matches name, address, pinyin or initials")
    Paged<Compound> list(@RequestParam(required = false) Long communityId, @RequestParam(required = false) String q,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return compounds.find(communityId, q, new Paged.Request(page, size));
    }

    @GetMapping("/{id}")
    Compound get(@PathVariable long id) {
        return compounds.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a compound (district admin, or staff of its community)")
    Compound create(Actor actor, @Valid @RequestBody CompoundForm form) {
        return compounds.create(actor, form);
    }

    @PutMapping("/{id}")
    Compound update(Actor actor, @PathVariable long id, @Valid @RequestBody CompoundForm form) {
        return compounds.update(actor, id, form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Actor actor, @PathVariable long id) {
        compounds.delete(actor, id);
    }
}
