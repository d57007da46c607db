package org.lifecircle.portal.events;

import jakarta.validation.Valid;

import org.lifecircle.atlas.FormErrors;
import org.lifecircle.atlas.division.Community;
import org.lifecircle.identity.Actor;
import org.lifecircle.portal.PortalCommunities;
import org.lifecircle.portal.images.ImageService;
import org.lifecircle.portal.richtext.RichText;
import org.lifecircle.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages where a community's staff create, change and delete its events. */
@Controller
class EventPages {

    private final EventService events;
    private final PortalCommunities communities;
    private final ImageService images;

    EventPages(EventService events, PortalCommunities communities, ImageService images) {
        this.images = images;
        this.events = events;
        this.communities = communities;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/c/{code}/manage/events/new")
    String newForm(Actor actor, @PathVariable String code, Model model) {
        return form(model, communities.managedBy(actor, code), new EventForm(), null);
    }

    @PostMapping("/c/{code}/manage/events/new")
    String create(Actor actor, @PathVariable String code, @Valid @ModelAttribute("form") EventForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        Community community = communities.managedBy(actor, code);
        return FormErrors.submit(result, () -> {
            Event saved = events.create(actor, community.id(), form);
            redirect.addFlashAttribute("saved", saved.title());
            return "redirect:/c/" + code + "/manage";
        }, () -> form(model, community, form, null));
    }

    @GetMapping("/c/{code}/manage/events/{id}/edit")
    String editForm(Actor actor, @PathVariable String code, @PathVariable long id, Model model) {
        Community community = communities.managedBy(actor, code);
        Event event = ownEvent(community, id);
        return form(model, community, EventForm.of(event, EventService.ZONE), event);
    }

    @PostMapping("/c/{code}/manage/events/{id}/edit")
    String update(Actor actor, @PathVariable String code, @PathVariable long id,
                  @Valid @ModelAttribute("form") EventForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        Community community = communities.managedBy(actor, code);
        Event event = ownEvent(community, id);
        return FormErrors.submit(result, () -> {
            Event saved = events.update(actor, id, form);
            redirect.addFlashAttribute("saved", saved.title());
            return "redirect:/c/" + code + "/manage";
        }, () -> form(model, community, form, event));
    }

    @PostMapping("/c/{code}/manage/events/{id}/delete")
    String delete(Actor actor, @PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
        Community community = communities.managedBy(actor, code);
        Event event = ownEvent(community, id);
        events.delete(actor, id);
        redirect.addFlashAttribute("deleted", event.title());
        return "redirect:/c/" + code + "/manage";
    }

    private String form(Model model, Community community, EventForm form, Event event) {
        form.setDescription(RichText.sanitise(form.getDescription()));
        model.addAttribute("community", community);
        model.addAttribute("form", form);
        model.addAttribute("imageLimit", images.maxSizeText());
        model.addAttribute("event", event);
        return "portal/event-form";
    }

    private Event ownEvent(Community community, long id) {
        Event event = events.get(id);
        if (event.communityId() != community.id()) {
            throw new NotFoundException("portal.event", id);
        }
        return event;
    }
}
