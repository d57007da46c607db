package org.lifecircle.care.visit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lifecircle.atlas.compound.Compound;
import org.lifecircle.atlas.compound.CompoundService;
import org.lifecircle.care.request.CareRequest;
import org.lifecircle.care.request.RequestService;
import org.lifecircle.care.request.RequestStatus;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.identity.Role;
import org.lifecircle.shared.ConflictException;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.InvalidInputException.FieldProblem;
import org.lifecircle.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-in and check-out, the exception queue and ratings.
 * <p>
 * <b>Check-in</b> is the assigned caregiver's, on the visit's day: the request moves {@code ASSIGNED → IN_PROGRESS}
 * conditionally on its status and version (a second tap, or a drop-out released meanwhile, is a 409), and the visit
 * is written with the six facts frozen: service, elder, caregiver, day, place (the elder's compound and its position
 * now) and the start (the server's time, not the phone's). The phone's one position is compared with the place
 * ({@link PlaceMatcher}); a mismatch or no position never refuses the check-in, it puts the visit in the dispatch
 * center's queue. <b>Check-out</b> records the end, the second position (checked the same way), the outcome and the
 * notes, and moves the request to {@code DONE}.
 */
@Service
public class VisitService {

    static final int NOTES_MAX = 1000;
    static final int NOTE_MAX = 300;
    static final int COMMENT_MAX = 500;

    private final VisitRepository visits;
    private final RequestService requests;
    private final CompoundService compounds;
    private final PlaceMatcher matcher;
    private final AuditLog audit;

    VisitService(VisitRepository visits, RequestService requests, CompoundService compounds, PlaceMatcher matcher,
                 AuditLog audit) {
        this.visits = visits;
        this.requests = requests;
        this.compounds = compounds;
        this.matcher = matcher;
        this.audit = audit;
    }

    /**
     * @param version the request's version the caregiver's page showed (null: the current one)
     * @throws ConflictException when the request is no longer assigned or changed meanwhile (a double tap, a drop-out)
     */
    @Transactional
    public Visit checkIn(Actor actor, long requestId, Integer version, Position position) {
        CareRequest r = ownRequest(actor, requestId);
        PlaceMatcher.validate(position);
        Position reported = position == null ? Position.NONE : position;
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, RequestService.ZONE);
        if (!r.day().equals(today)) {
            throw new InvalidInputException("day", "care.visit.error.notToday", r.day());
        }
        if (r.status() == RequestStatus.IN_PROGRESS || r.status() == RequestStatus.DONE) {
            throw new ConflictException("care.visit.conflict.checkedIn", requestId);
        }
        if (r.status() != RequestStatus.ASSIGNED) {
            throw new ConflictException("care.visit.conflict.notAssigned", requestId, r.status());
        }
        if (version != null && version != r.version()) {
            throw new ConflictException("care.request.conflict.changed", requestId);
        }
        Compound place = compounds.get(r.compoundId());
        PlaceMatcher.Match match = matcher.match(place.lon(), place.lat(), reported);
        if (!visits.start(requestId, r.version())) {
            throw new ConflictException("care.visit.conflict.checkedIn", requestId);
        }
        Instant windowEnd = r.day().atTime(r.windowEnd()).atZone(RequestService.ZONE).toInstant();
        int late = Visit.lateMinutes(windowEnd, now.truncatedTo(ChronoUnit.SECONDS));
        String reason = match.check() == PositionCheck.MATCHED ? null : "CHECK_IN_" + match.check().name();
        try {
            visits.insert(new VisitRepository.CheckIn(requestId, r.serviceCode(), r.elderId(), r.caregiverId(), r.day(),
                    place.id(), place.lon(), place.lat(), now.truncatedTo(ChronoUnit.SECONDS), late, reported, match.distance(),
                    match.check(), reason));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("care.visit.conflict.checkedIn", requestId);
        }
        audit.record(actor, "care.visit.checkedIn", "care_request", requestId, describe(match, reported)
                + (late > 0 ? "; " + late + " min after the window" : ""));
        return get(requestId);
    }

    @Transactional
    public Visit checkOut(Actor actor, long requestId, Integer version, Position position, Outcome outcome, String notes) {
        CareRequest r = ownRequest(actor, requestId);
        List<FieldProblem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(new FieldProblem("outcome", "care.visit.error.outcome"));
        }
        if (notes != null && notes.length() > NOTES_MAX) {
            problems.add(new FieldProblem("notes", "care.request.error.notes", NOTES_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PlaceMatcher.validate(position);
        Position reported = position == null ? Position.NONE : position;
        if (r.status() != RequestStatus.IN_PROGRESS) {
            throw new ConflictException(r.status() == RequestStatus.DONE ? "care.visit.conflict.checkedOut"
                    : "care.visit.conflict.notStarted", requestId, r.status());
        }
        if (version != null && version != r.version()) {
            throw new ConflictException("care.request.conflict.changed", requestId);
        }
        Visit before = visits.get(requestId).orElseThrow(() -> new ConflictException("care.visit.conflict.notStarted", requestId, r.status()));
        // the place frozen at check-in, not wherever the elder's compound may have moved since
        PlaceMatcher.Match match = matcher.match(before.placeLon(), before.placeLat(), reported);
        boolean reopen = match.check() != PositionCheck.MATCHED;
        List<String> reasons = new ArrayList<>(before.exceptionReasons());
        if (reopen) {
            reasons.add("CHECK_OUT_" + match.check().name());
        }
        if (!visits.finish(requestId, r.version())) {
            throw new ConflictException("care.visit.conflict.checkedOut", requestId, r.status());
        }
        visits.checkOut(requestId, Instant.now().truncatedTo(ChronoUnit.SECONDS), reported, match.distance(),
                before.positionCheck().worse(match.check()), reopen, String.join(",", reasons), outcome, blankToNull(notes));
        audit.record(actor, "care.visit.checkedOut", "care_request", requestId, outcome + "; " + describe(match, reported));
        return get(requestId);
    }

    /** The visit of a request, for whoever may see the request (404 otherwise, and when there is no visit yet). */
    @Transactional(readOnly = true)
    public Visit get(Actor actor, long requestId) {
        requests.get(actor, requestId);
        return get(requestId);
    }

    Visit get(long requestId) {
        return named(List.of(visits.get(requestId).orElseThrow(() -> new NotFoundException("care.visit", requestId)))).get(0);
    }

    /** The visits of these requests (those checked in), by request id. */
    Map<Long, Visit> of(List<Long> requestIds) {
        return named(visits.of(requestIds)).stream().collect(Collectors.toMap(Visit::requestId, Function.identity()));
    }

    /** The visits with their place's name (the compound frozen at check-in), each compound read once. */
    private List<Visit> named(List<Visit> found) {
        Map<Long, String> names = new HashMap<>();
        return found.stream().map(v -> v.withCompoundName(names.computeIfAbsent(v.compoundId(), id -> compounds.get(id).name())))
                .toList();
    }

    // ---- the exception queue ----

    /** Open exceptions, then those resolved in the last week. The dispatch center (and administrators, reading). */
    @Transactional(readOnly = true)
    public List<Visit> exceptions(Actor actor) {
        if (!actor.is(Role.CARE_DISPATCHER) && !actor.isAdmin()) {
            throw new AccessDeniedException("the exception queue is the dispatch center's");
        }
        return named(visits.exceptions(Instant.now().minus(Duration.ofDays(7))));
    }

    public long openExceptions() {
        return visits.openExceptions();
    }

    /**
     * Accepts (the visit counts as verified) or rejects (it does not) a visit in the queue, with a note; a rejection
     * needs one. Audited.
     *
     * @throws ConflictException when it is no longer open (another dispatcher decided first)
     */
    @Transactional
    public Visit resolve(Actor actor, long requestId, boolean accept, String note) {
        if (!actor.is(Role.CARE_DISPATCHER)) {
            throw new AccessDeniedException("the exception queue is the dispatch center's");
        }
        String text = blankToNull(note);
        if (!accept && text == null) {
            throw new InvalidInputException("note", "care.visit.error.rejectNote");
        }
        if (text != null && text.length() > NOTE_MAX) {
            throw new InvalidInputException("note", "care.request.error.notes", NOTE_MAX);
        }
        get(requestId);
        if (!visits.resolve(requestId, accept ? "ACCEPTED" : "REJECTED", actor.username(), text)) {
            throw new ConflictException("care.visit.conflict.resolved", requestId);
        }
        audit.record(actor, accept ? "care.visit.accepted" : "care.visit.rejected", "care_request", requestId,
                text == null ? "" : text);
        return get(requestId);
    }

    // ---- ratings ----

    /**
     * Rates a visit 1–5, once, after check-out: a linked resident account (the family, or the elder's own account),
     * or the dispatch center or the elder's community staff recording a rating given by phone (source PHONE, the
     * recorder named). Caregivers do not rate their own work.
     */
    @Transactional
    public Visit rate(Actor actor, long requestId, Integer rating, String comment) {
        CareRequest r = requests.get(actor, requestId);
        String source;
        if (actor.is(Role.RESIDENT)) {
            source = requests.familyRelation(actor, r.elderId()).map(rel -> rel.equals("SELF") ? "ELDER" : "FAMILY")
                    .orElseThrow(() -> new NotFoundException("care.request", requestId));
        } else if (actor.is(Role.CARE_DISPATCHER) || (actor.is(Role.COMMUNITY_STAFF) && actor.canManageCommunity(r.communityId()))) {
            source = "PHONE";
        } else {
            throw new AccessDeniedException("ratings come from the elder, the family, or staff recording a phone call");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (rating == null || rating < 1 || rating > 5) {
            problems.add(new FieldProblem("rating", "care.visit.error.rating"));
        }
        if (comment != null && comment.length() > COMMENT_MAX) {
            problems.add(new FieldProblem("comment", "care.request.error.notes", COMMENT_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Visit v = visits.get(requestId).orElse(null);
        if (v == null || !v.checkedOut()) {
            throw new ConflictException("care.visit.conflict.notFinished", requestId);
        }
        if (!visits.rate(requestId, rating, blankToNull(comment), actor.username(), source)) {
            throw new ConflictException("care.visit.conflict.rated", requestId);
        }
        audit.record(actor, "care.visit.rated", "care_request", requestId, rating + "/5 (" + source + ")");
        return get(requestId);
    }

    /** The request, if it is assigned to the caregiver this account stands for; 404 for anyone else's. */
    private CareRequest ownRequest(Actor actor, long requestId) {
        if (!actor.is(Role.CAREGIVER)) {
            throw new AccessDeniedException("check-in and check-out are the assigned caregiver's");
        }
        long me = requests.caregiverOf(actor).orElseThrow(() -> new AccessDeniedException("not a linked caregiver account"));
        CareRequest r = requests.get(requestId);
        if (r.caregiverId() == null || r.caregiverId() != me) {
            throw new NotFoundException("care.request", requestId);
        }
        return r;
    }

    private static String describe(PlaceMatcher.Match match, Position p) {
        return "position " + match.check() + (match.distance() == null ? "" : ", " + Math.round(match.distance()) + " m"
                + (p.accuracy() == null ? "" : " ±" + Math.round(p.accuracy()) + " m"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
