package org.lifecircle.directory.proposals;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.lifecircle.atlas.category.CategoryService;
import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.atlas.facility.FacilityService;
import org.lifecircle.identity.Actor;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff page that decides proposals ({@code /directory/proposals}; staff only, scope per proposal). */
@Controller
class ProposalPages {

    private final ProposalService proposals;
    private final FacilityService facilities;
    private final CategoryService categories;
    private final DivisionService divisions;
    private final MessageSource messages;

    ProposalPages(ProposalService proposals, FacilityService facilities, CategoryService categories,
                  DivisionService divisions, MessageSource messages) {
        this.proposals = proposals;
        this.facilities = facilities;
        this.categories = categories;
        this.divisions = divisions;
        this.messages = messages;
    }

    @GetMapping("/directory/proposals")
    String list(Actor actor, Locale locale, Model model) {
        var pending = proposals.decidable(actor, ProposalStatus.PENDING);
        Map<Long, String> current = new HashMap<>();
        pending.stream().filter(p -> p.facilityId() != null).forEach(p -> {
            try {
                current.put(p.facilityId(), facilities.get(p.facilityId()).name());
            } catch (NotFoundException e) {
                current.put(p.facilityId(), null);
            }
        });
        Map<Long, String> kinds = new HashMap<>();
        categories.catalogue().forEach(c -> kinds.put(c.id(), c.name(locale)));
        Map<Long, String> communities = new HashMap<>();
        divisions.communities(null).forEach(c -> communities.put(c.id(), c.shortName()));
        model.addAttribute("pending", pending);
        model.addAttribute("decided", proposals.decidable(actor, ProposalStatus.APPROVED).stream().limit(20).toList());
        model.addAttribute("rejected", proposals.decidable(actor, ProposalStatus.REJECTED).stream().limit(20).toList());
        model.addAttribute("currentNames", current);
        model.addAttribute("kindNames", kinds);
        model.addAttribute("communityNames", communities);
        return "directory/proposals";
    }

    @PostMapping("/directory/proposals/{id}/approve")
    String approve(Actor actor, @PathVariable long id, Locale locale, RedirectAttributes flash) {
        try {
            proposals.approve(actor, id);
            flash.addFlashAttribute("flash", messages.getMessage("directory.proposal.approved", new Object[] {id}, locale));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", problems(e, locale));
        }
        return "redirect:/directory/proposals";
    }

    @PostMapping("/directory/proposals/{id}/reject")
    String reject(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String reason, Locale locale,
                  RedirectAttributes flash) {
        try {
            proposals.reject(actor, id, reason);
            flash.addFlashAttribute("flash", messages.getMessage("directory.proposal.rejected", new Object[] {id}, locale));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", problems(e, locale));
        }
        return "redirect:/directory/proposals";
    }

    private String problems(InvalidInputException e, Locale locale) {
        return String.join("; ", e.problems().stream()
                .map(p -> p.field() + ": " + messages.getMessage(p.messageKey(), p.args(), locale)).toList());
    }
}
