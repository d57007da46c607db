package org.lifecircle.planning.access;

import java.util.List;
import java.util.Locale;

import org.lifecircle.atlas.category.Category;
import org.lifecircle.atlas.category.CategoryService;
import org.lifecircle.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/** The services a planner can ask about: every handbook group and every kind of the catalogue. */
@Component
public class ServiceCatalogue {

    private final CategoryService categories;

    ServiceCatalogue(CategoryService categories) {
        this.categories = categories;
    }

    /** Groups first, each followed by its kinds, in catalogue order. */
    public List<Category> all() {
        return categories.catalogue().stream().filter(Category::active).toList();
    }

    /** The group or kind with this code; a clear error naming {@code field} when there is none. */
    public Category require(String code, String field) {
        return all().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "planning.error.service", String.valueOf(code)));
    }

    public String name(String code, Locale locale) {
        return all().stream().filter(c -> c.code().equals(code)).findFirst().map(c -> c.name(locale)).orElse(code);
    }
}
