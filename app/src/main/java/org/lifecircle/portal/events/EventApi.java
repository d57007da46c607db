package org.lifecircle.portal.events;

import java.util.List;

import jakarta.validation.Valid;

import org.lifecircle.identity.Actor;
import org.lifecircle.portal.PortalCommunities;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A community's events as JSON: upcoming ones are public, writing is for the community's staff. */
@RestController
@Tag(name = "Portal 社区门户")
class EventApi {

    private final EventService events;
    private final PortalCommunities communities;

    EventApi(EventService events, PortalCommunities communities) {
        this.events = events;
        this.communities = communities;
    }

    @GetMapping("/api/v1/portal/communities/{code}/events")
    @Operation(summary = "A community's upcoming events (not over yet), soonest first")
    List<Event> upcoming(@PathVariable String code, @RequestParam(defaultValue = "50") int limit) {
        return events.upcoming(communities.byCode(code).id(), limit);
    }

    @GetMapping("/api/v1/portal/events/{id}")
    Event one(@PathVariable long id) {
        return events.get(id);
    }

    @PostMapping("/api/v1/portal/communities/{code}/events")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an event; its description's HTML is sanitised like a post's body")
    Event create(Actor actor, @PathVariable String code, @Valid @RequestBody EventForm form) {
        return events.create(actor, communities.byCode(code).id(), form);
    }

    @PutMapping("/api/v1/portal/events/{id}")
    Event update(Actor actor, @PathVariable long id, @Valid @RequestBody EventForm form) {
        return events.update(actor, id, form);
    }

    @DeleteMapping("/api/v1/portal/events/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Actor actor, @PathVariable long id) {
        events.delete(actor, id);
    }
}
