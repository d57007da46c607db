package org.lifecircle.identity.admin;

import org.lifecircle.identity.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for district administrators: newest first, filtered by actor and action. */
@Controller
class AuditPages {

    static final int PAGE_SIZE = 50;

    private final AuditLog audit;

    AuditPages(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(name = "actor", defaultValue = "") String actorFilter,
                 @RequestParam(name = "action", defaultValue = "") String actionFilter,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("events", audit.search(actorFilter, actionFilter, page, PAGE_SIZE)
                .map(event -> new AuditRow(event, AccountRow.format(event.occurredAt()))));
        model.addAttribute("actorFilter", actorFilter.strip());
        model.addAttribute("actionFilter", actionFilter.strip());
        return "identity/audit";
    }

    record AuditRow(org.lifecircle.identity.AuditEvent event, String occurredAt) {
    }
}
