package org.lifecircle.atlas.category;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/categories")
@Tag(name = "Categories 类别", description = "The handbook's 11 categories, kinds of service, and the OSM/AMap crosswalk")
class CategoryApi {

    private final CategoryService categories;

    CategoryApi(CategoryService categories) {
        this.categories = categories;
    }

    @GetMapping
    List<Category> catalogue() {
        return categories.catalogue();
    }

    @GetMapping("/{id}/mappings")
    List<CategoryMapping> mappings(@PathVariable long id) {
        return categories.mappings(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Category create(Actor actor, @Valid @RequestBody CategoryForm form) {
        return categories.create(actor, form);
    }

    @PutMapping("/{id}")
    Category update(Actor actor, @PathVariable long id, @Valid @RequestBody CategoryForm form) {
        return categories.update(actor, id, form);
    }

    @PostMapping("/{id}/mappings")
    @ResponseStatus(HttpStatus.CREATED)
    CategoryMapping addMapping(Actor actor, @PathVariable long id, @Valid @RequestBody MappingForm form) {
        return categories.addMapping(actor, id, form);
    }

    @DeleteMapping("/mappings/{mappingId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteMapping(Actor actor, @PathVariable long mappingId) {
        categories.deleteMapping(actor, mappingId);
    }
}
