package org.lifecircle.care.privacy;

import org.lifecircle.identity.Actor;
import org.lifecircle.shared.Paged;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AccessLogPages {

    private final AccessLog log;

    AccessLogPages(AccessLog log) {
        this.log = log;
    }

    @GetMapping("/care/access-log")
    String list(Actor actor, @RequestParam(required = false) Long elderId, @RequestParam(defaultValue = "0") int page,
                Model model) {
        model.addAttribute("entries", log.search(actor, elderId, new Paged.Request(page, 50)));
        model.addAttribute("elderId", elderId);
        return "care/access-log";
    }
}
