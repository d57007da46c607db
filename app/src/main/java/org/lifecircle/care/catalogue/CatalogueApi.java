package org.lifecircle.care.catalogue;

import java.util.List;

import jakarta.validation.Valid;

import org.lifecircle.identity.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/care/catalogue")
@Tag(name = "Care catalogue 养老服务项目", description = "Services with durations and required caregiver skills")
class CatalogueApi {

    private final CatalogueService catalogue;

    CatalogueApi(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    List<ServiceType> list() {
        return catalogue.all();
    }

    @PutMapping("/{code}")
    @Operation(summary = "Edit a service's names, duration and required skills (district administrator)")
    ServiceType update(Actor actor, @PathVariable String code, @Valid @RequestBody ServiceTypeForm form) {
        return catalogue.update(actor, code, form);
    }
}
