package org.lifecircle.directory.listing;

import java.util.List;
import java.util.Locale;

import org.lifecircle.atlas.division.Community;
import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.atlas.facility.FacilityService;
import org.lifecircle.directory.DirectorySettings;
import org.lifecircle.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff page of entries due for checking ({@code /directory/verification}): the stale entries of a community the
 * staff member manages, each with "verified today" (which only the entry's own community staff, or an administrator,
 * may press: {@link FacilityService#markVerified} checks).
 */
@Controller
class VerificationPages {

    private final DirectoryService directories;
    private final DivisionService divisions;
    private final FacilityService facilities;
    private final DirectorySettings settings;
    private final MessageSource messages;

    VerificationPages(DirectoryService directories, DivisionService divisions, FacilityService facilities,
                      DirectorySettings settings, MessageSource messages) {
        this.directories = directories;
        this.divisions = divisions;
        this.facilities = facilities;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/directory/verification")
    String list(Actor actor, @RequestParam(required = false) Long communityId, Locale locale, Model model) {
        List<Community> mine = divisions.communitiesManagedBy(actor);
        Community shown = communityId != null
                ? mine.stream().filter(c -> c.id() == communityId).findFirst()
                        .orElseThrow(() -> new AccessDeniedException("community " + communityId))
                : mine.stream().findFirst().orElse(null);
        model.addAttribute("communities", mine);
        model.addAttribute("shown", shown);
        model.addAttribute("stale", shown == null ? List.of() : directories.stale(shown.id()));
        model.addAttribute("staleDays", settings.staleAfter().toDays());
        model.addAttribute("groupNames", directories.groupNames(locale));
        return "directory/verification";
    }

    @PostMapping("/directory/verification/{facilityId}")
    String verified(Actor actor, @PathVariable long facilityId, @RequestParam(required = false) Long communityId,
                    Locale locale, RedirectAttributes flash) {
        var f = facilities.markVerified(actor, facilityId);
        flash.addFlashAttribute("flash", messages.getMessage("directory.verification.done", new Object[] {f.name()}, locale));
        return "redirect:/directory/verification" + (communityId == null ? "" : "?communityId=" + communityId);
    }
}
