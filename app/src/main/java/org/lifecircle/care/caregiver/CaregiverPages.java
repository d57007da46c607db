package org.lifecircle.care.caregiver;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.Valid;

import org.lifecircle.atlas.FormErrors;
import org.lifecircle.care.NameQuery;
import org.lifecircle.care.station.StationService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class CaregiverPages {

    private final CaregiverService caregivers;
    private final StationService stations;

    CaregiverPages(CaregiverService caregivers, StationService stations) {
        this.caregivers = caregivers;
        this.stations = stations;
    }

    @GetMapping("/care/caregivers")
    String list(Actor actor, @RequestParam(required = false) Long stationId, @RequestParam(required = false) String q,
                Model model) {
        Long station = stationId != null ? stationId : actor.careStationId();
        String digits = q == null ? "" : q.replaceAll("\\D", "");
        model.addAttribute("caregivers", caregivers.find(station).stream()
                .filter(g -> NameQuery.matches(g.name(), q) || (digits.length() >= 4 && g.phone().endsWith(digits))).toList());
        model.addAttribute("q", q);
        model.addAttribute("stationId", station);
        model.addAttribute("stations", stations.find(null));
        model.addAttribute("today", LocalDate.now(ZoneId.of("Asia/Shanghai")));
        return "care/caregivers";
    }

    @GetMapping("/care/caregivers/new")
    String createForm(Actor actor, @RequestParam(required = false) Long stationId, Model model) {
        if (!actor.isAdmin() && !actor.is(Role.COMMUNITY_STAFF)) {
            throw new org.springframework.security.access.AccessDeniedException("this account keeps no caregivers");
        }
        CaregiverForm form = new CaregiverForm();
        form.setStationId(stationId);
        return form(form, null, model);
    }

    @GetMapping("/care/caregivers/{id}/edit")
    String editForm(Actor actor, @PathVariable long id, Model model) {
        Caregiver caregiver = caregivers.get(id);
        if (!actor.canManageCommunity(stations.get(caregiver.stationId()).communityId())) {
            throw new org.springframework.security.access.AccessDeniedException("not this account's caregivers");
        }
        return form(CaregiverForm.of(caregiver), id, model);
    }

    @PostMapping("/care/caregivers/new")
    String create(Actor actor, @Valid @ModelAttribute("form") CaregiverForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return save(actor, null, form, result, model, redirect);
    }

    @PostMapping("/care/caregivers/{id}/edit")
    String update(Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") CaregiverForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        return save(actor, id, form, result, model, redirect);
    }

    private String save(Actor actor, Long id, CaregiverForm form, BindingResult result, Model model,
                        RedirectAttributes redirect) {
        return FormErrors.submit(result, () -> {
            Caregiver saved = id == null ? caregivers.create(actor, form) : caregivers.update(actor, id, form);
            redirect.addFlashAttribute("saved", saved.name());
            return "redirect:/care/caregivers?stationId=" + saved.stationId();
        }, () -> form(form, id, model));
    }

    private String form(CaregiverForm form, Long id, Model model) {
        form.setSkills(form.rowsForPage());
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("stations", stations.find(null));
        model.addAttribute("skills", Skill.values());
        model.addAttribute("modes", TravelMode.values());
        return "care/caregiver-form";
    }
}
