package org.lifecircle.care.dispatch;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.lifecircle.care.request.CareRequest;
import org.lifecircle.care.request.RequestService;
import org.lifecircle.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/care")
@Tag(name = "Dispatch 调度", description = "Proposals, assignment (409 when another dispatcher was first), emergency alerts")
class DispatchApi {

    private final DispatchService dispatch;
    private final MessageSource messages;

    DispatchApi(DispatchService dispatch, MessageSource messages) {
        this.dispatch = dispatch;
        this.messages = messages;
    }

    /** A proposal with its reasons in the reader's language. */
    record ProposalView(Proposal proposal, List<String> reasons) {
    }

    record AssignForm(Long caregiverId, Integer version, String overrideReason) {
    }

    record DropOutForm(LocalDate day, String reason) {
    }

    @GetMapping("/requests/{id}/proposals")
    @Operation(summary = "Caregivers for a request: ranked candidates first (skills, free in the window, travel time, workload), then those left out with the reason")
    List<ProposalView> proposals(Actor actor, @PathVariable long id, Locale locale) {
        return dispatch.propose(actor, id).stream()
                .map(p -> new ProposalView(p, p.reasons().stream().map(r -> messages.getMessage(r.key(), r.args(), locale)).toList()))
                .toList();
    }

    @PostMapping("/requests/{id}/assign")
    @Operation(summary = "Assign a caregiver; another than the first proposal needs overrideReason; 409 if the request or the caregiver was taken meanwhile")
    CareRequest assign(Actor actor, @PathVariable long id, @RequestBody AssignForm form) {
        return dispatch.assign(actor, id, form.caregiverId(), form.version(), form.overrideReason());
    }

    @PostMapping("/caregivers/{id}/drop-out")
    @Operation(summary = "A caregiver drops out for a day: their assigned requests of that day are open again")
    int dropOut(Actor actor, @PathVariable long id, @RequestBody DropOutForm form) {
        return dispatch.dropOut(actor, id, form.day() == null ? LocalDate.now(RequestService.ZONE) : form.day(),
                form.reason());
    }

    @GetMapping("/alerts")
    @Operation(summary = "Open emergency alerts: a caregiver's own, the dispatch center's all")
    List<Alert> alerts(Actor actor) {
        return dispatch.openAlerts(actor);
    }

    @PostMapping("/alerts/{id}/acknowledge")
    void acknowledge(Actor actor, @PathVariable long id) {
        dispatch.acknowledge(actor, id);
    }
}
