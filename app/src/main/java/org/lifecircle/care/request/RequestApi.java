package org.lifecircle.care.request;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.lifecircle.identity.Actor;
import org.lifecircle.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/care")
@Tag(name = "Requests 服务请求", description = "Intake: requests and recurring series; the channel follows from who files")
class RequestApi {

    private final RequestService requests;

    RequestApi(RequestService requests) {
        this.requests = requests;
    }

    record CancelForm(Integer version, String reason) {
    }

    record FamilyLink(String username, String relation) {
    }

    @PostMapping({"/requests", "/family/requests"})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "File a request (dispatcher: any elder; community staff: their community's; a resident at /family/requests: linked elders)")
    CareRequest file(Actor actor, @RequestBody RequestForm form) {
        return requests.file(actor, form);
    }

    @PostMapping({"/series", "/family/series"})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "File a recurring request; its requests are created 14 days ahead (setting lifecircle.care.series-horizon-days)")
    Series fileSeries(Actor actor, @RequestBody SeriesForm form) {
        return requests.fileSeries(actor, form);
    }

    @GetMapping("/requests")
    @Operation(summary = "The board: requests in the caller's scope, emergencies first, then by day and window")
    List<CareRequest> board(Actor actor, @RequestParam(defaultValue = "OPEN") String status,
                            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                            @RequestParam(required = false) Long station) {
        LocalDate start = from == null ? LocalDate.now(RequestService.ZONE) : from;
        List<RequestStatus> statuses;
        try {
            statuses = Arrays.stream(status.split(",")).map(String::strip).map(RequestStatus::valueOf).toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "care.request.error.status");
        }
        return requests.board(actor, statuses, start, to == null ? start.plusDays(14) : to, station);
    }

    // a resident's own list and request (GET /family/requests, /family/requests/{id}) are the visit module's
    // FamilyApi: with the visit's times and the rating

    @GetMapping("/requests/{id}")
    CareRequest get(Actor actor, @PathVariable long id) {
        return requests.get(actor, id);
    }

    @PostMapping({"/requests/{id}/cancel", "/family/requests/{id}/cancel"})
    CareRequest cancel(Actor actor, @PathVariable long id, @RequestBody CancelForm form) {
        return requests.cancel(actor, id, form.version() == null ? -1 : form.version(), form.reason());
    }

    @PostMapping("/elders/{id}/family")
    @Operation(summary = "Link a resident account to an elder (relation SELF: the elder's own account) so it can file requests; audited")
    void link(Actor actor, @PathVariable long id, @RequestBody FamilyLink link) {
        requests.linkFamily(actor, id, link.username(), link.relation());
    }

    @DeleteMapping("/elders/{id}/family/{username}")
    void unlink(Actor actor, @PathVariable long id, @PathVariable String username) {
        requests.unlinkFamily(actor, id, username);
    }
}
