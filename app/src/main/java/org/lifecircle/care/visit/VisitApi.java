package org.lifecircle.care.visit;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.lifecircle.care.elder.ElderView;
import org.lifecircle.care.privacy.Access;
import org.lifecircle.identity.Actor;
import org.lifecircle.shared.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/care/visits")
@Tag(name = "Visits 上门服务", description = "The caregiver's day, check-in and check-out with one point-in-time position, "
        + "the exception queue, late and missed flags, ratings")
class VisitApi {

    private final VisitService visits;
    private final CaregiverDay days;
    private final VisitFlags flags;

    VisitApi(VisitService visits, CaregiverDay days, VisitFlags flags) {
        this.visits = visits;
        this.days = days;
        this.flags = flags;
    }

    /** A check-in: the request's version the page showed, and the phone's position if it gave one (WGS-84). */
    record CheckInForm(Integer version, Double lon, Double lat, Double accuracy) {
    }

    record CheckOutForm(Integer version, Double lon, Double lat, Double accuracy, String outcome, String notes) {
    }

    record NoteForm(String note) {
    }

    record RatingForm(Integer rating, String comment) {
    }

    /** The address and phone of the elder of one visit, unmasked (logged). */
    record Contact(long elderId, String name, String address, String phone) {
    }

    @GetMapping("/today")
    @Operation(summary = "The signed-in caregiver's visits of today, in the order of the station's route plan, masked; open alerts")
    CaregiverDay.Day today(Actor actor, HttpServletRequest request) {
        return days.today(actor, null, Access.visit(request.getRemoteAddr()));
    }

    @PostMapping("/{id}/reveal")
    @Operation(summary = "The address and phone of the elder of one of today's visits; written to the access log (channel VISIT)")
    Contact reveal(Actor actor, @PathVariable long id, HttpServletRequest request) {
        ElderView e = days.reveal(actor, id, Access.visit(request.getRemoteAddr()));
        return new Contact(e.id(), e.name(), e.address(), e.phone());
    }

    @PostMapping("/{id}/check-in")
    @Operation(summary = "Check in (the assigned caregiver, on the visit's day): ASSIGNED → IN_PROGRESS; a position that does not "
            + "match the elder's place, or none, puts the visit in the exception queue; 409 when the request changed meanwhile")
    Visit checkIn(Actor actor, @PathVariable long id, @RequestBody CheckInForm form) {
        return visits.checkIn(actor, id, form.version(), new Position(form.lon(), form.lat(), form.accuracy()));
    }

    @PostMapping("/{id}/check-out")
    @Operation(summary = "Check out: outcome COMPLETED, NOT_HOME, REFUSED or ABORTED, notes (≤ 1000), the position checked again → DONE")
    Visit checkOut(Actor actor, @PathVariable long id, @RequestBody CheckOutForm form) {
        return visits.checkOut(actor, id, form.version(), new Position(form.lon(), form.lat(), form.accuracy()),
                outcome(form.outcome()), form.notes());
    }

    @GetMapping("/{id}")
    @Operation(summary = "The visit of a request: the six facts, positions and distances, the exception queue's state, the rating")
    Visit get(Actor actor, @PathVariable long id) {
        return visits.get(actor, id);
    }

    @GetMapping("/exceptions")
    @Operation(summary = "The exception queue (dispatch center): open first, then those resolved in the last 7 days")
    List<Visit> exceptions(Actor actor) {
        return visits.exceptions(actor);
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept a visit in the exception queue (it counts as verified); 409 when already decided")
    Visit accept(Actor actor, @PathVariable long id, @RequestBody(required = false) NoteForm form) {
        return visits.resolve(actor, id, true, form == null ? null : form.note());
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reject a visit in the exception queue, with a note (required)")
    Visit reject(Actor actor, @PathVariable long id, @RequestBody(required = false) NoteForm form) {
        return visits.resolve(actor, id, false, form == null ? null : form.note());
    }

    @PostMapping("/{id}/rating")
    @Operation(summary = "Record a rating given by phone on the elder's behalf (dispatch center, the community's staff); once, after check-out")
    Visit rate(Actor actor, @PathVariable long id, @RequestBody RatingForm form) {
        return visits.rate(actor, id, form.rating(), form.comment());
    }

    @GetMapping("/flags")
    @Operation(summary = "Open LATE and MISSED flags (dispatch center: all; community staff: their community's)")
    List<VisitFlag> flags(Actor actor) {
        return flags.open(actor);
    }

    @PostMapping("/flags/{id}/{kind}/acknowledge")
    void acknowledge(Actor actor, @PathVariable long id, @PathVariable String kind) {
        flags.acknowledge(actor, id, kind);
    }

    static Outcome outcome(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Outcome.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("outcome", "care.visit.error.outcome");
        }
    }
}
