package org.lifecircle.directory.errands;

import java.util.List;

import jakarta.validation.Valid;

import org.lifecircle.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Directory 商户名录", description = "The merchant directory, errand guides, proposals, handbook editions, HSDS export")
class ErrandApi {

    private final ErrandService errands;

    ErrandApi(ErrandService errands) {
        this.errands = errands;
    }

    @GetMapping("/api/v1/directory/errands")
    @Operation(summary = "Errand guides: all, or those a community's handbook prints (district-wide and its own)")
    List<Errand> list(@RequestParam(required = false) Long communityId) {
        return communityId == null ? errands.all() : errands.forCommunity(communityId);
    }

    @GetMapping("/api/v1/directory/errands/{id}")
    Errand get(@PathVariable long id) {
        return errands.get(id);
    }

    @PostMapping("/api/v1/directory/errands")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a guide (district-wide: administrators; a community's: its staff)")
    Errand create(Actor actor, @Valid @RequestBody ErrandForm form) {
        return errands.create(actor, form);
    }

    @PutMapping("/api/v1/directory/errands/{id}")
    Errand update(Actor actor, @PathVariable long id, @Valid @RequestBody ErrandForm form) {
        return errands.update(actor, id, form);
    }

    @DeleteMapping("/api/v1/directory/errands/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Actor actor, @PathVariable long id) {
        errands.delete(actor, id);
    }
}
