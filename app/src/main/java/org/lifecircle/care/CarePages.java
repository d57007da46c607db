package org.lifecircle.care;

import org.lifecircle.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home-care start page: what this account may open. */
@Controller
class CarePages {

    @GetMapping({"/care", "/care/"})
    String index(Actor actor, Model model) {
        model.addAttribute("actor", actor);
        return "care/index";
    }
}
