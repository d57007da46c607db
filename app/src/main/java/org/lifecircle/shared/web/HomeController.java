package org.lifecircle.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: what the platform is and where each kind of user starts. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
