package org.lifecircle.atlas.category;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The catalogue as a table: groups, their kinds, the class of service and the crosswalk rules. */
@Controller
class CategoryPages {

    private final CategoryService categories;

    CategoryPages(CategoryService categories) {
        this.categories = categories;
    }

    @GetMapping("/atlas/categories")
    String catalogue(Model model) {
        List<Category> all = categories.catalogue();
        Map<Long, List<CategoryMapping>> mappings = new LinkedHashMap<>();
        all.forEach(c -> mappings.put(c.id(), categories.mappings(c.id())));
        model.addAttribute("categories", all);
        model.addAttribute("mappings", mappings);
        return "atlas/categories";
    }
}
