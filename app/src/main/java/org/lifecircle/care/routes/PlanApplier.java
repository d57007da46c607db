package org.lifecircle.care.routes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lifecircle.care.dispatch.DispatchService;
import org.lifecircle.care.request.CareRequest;
import org.lifecircle.care.request.RequestService;
import org.lifecircle.care.request.RequestStatus;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.Role;
import org.lifecircle.shared.ConflictException;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Turns a stored plan into assignments: each stop whose request is still open is assigned to the plan's caregiver
 * through dispatch's guarded assignment, each in its own transaction, so one conflict (the request dispatched by hand
 * meanwhile, the caregiver booked for an overlapping time) does not undo the others. The booking is dispatch's (the
 * first gap in the window, as for a hand-made assignment); the plan only chose the caregiver. Where the plan's
 * caregiver is not dispatch's first proposal, the plan is the reason given for the override.
 */
@Service
public class PlanApplier {

    /** What became of one stop. */
    public record Applied(long requestId, long caregiverId, String caregiverName, Result result, String message) {
    }

    public enum Result {
        ASSIGNED, CONFLICT, REFUSED, SKIPPED
    }

    private final RoutePlanner planner;
    private final RequestService requests;
    private final DispatchService dispatch;
    private final MessageSource messages;

    PlanApplier(RoutePlanner planner, RequestService requests, DispatchService dispatch, MessageSource messages) {
        this.planner = planner;
        this.requests = requests;
        this.dispatch = dispatch;
        this.messages = messages;
    }

    /** Not transactional on purpose: every assignment commits or fails on its own. */
    public List<Applied> apply(Actor actor, long stationId, LocalDate day, Locale locale) {
        if (!actor.is(Role.CARE_DISPATCHER)) {
            throw new AccessDeniedException("applying a plan is the dispatch center's");
        }
        DayPlan plan = planner.current(actor, stationId, day).orElseThrow(() -> new NotFoundException("care.routes", day));
        String reason = messages.getMessage("care.routes.applyReason", new Object[] {day}, locale);
        List<Applied> result = new ArrayList<>();
        for (DayPlan.Route route : plan.routes()) {
            for (DayPlan.Stop stop : route.stops()) {
                CareRequest r = requests.get(stop.requestId());
                if (r.status() != RequestStatus.OPEN) {
                    result.add(new Applied(r.id(), route.caregiverId(), route.caregiverName(), Result.SKIPPED,
                            messages.getMessage("care.status." + r.status(), null, r.status().name(), locale)));
                    continue;
                }
                try {
                    dispatch.assign(actor, r.id(), route.caregiverId(), r.version(), reason);
                    result.add(new Applied(r.id(), route.caregiverId(), route.caregiverName(), Result.ASSIGNED, ""));
                } catch (ConflictException e) {
                    result.add(new Applied(r.id(), route.caregiverId(), route.caregiverName(), Result.CONFLICT,
                            messages.getMessage(e.messageKey(), e.args(), locale)));
                } catch (InvalidInputException e) {
                    InvalidInputException.FieldProblem p = e.problems().get(0);
                    result.add(new Applied(r.id(), route.caregiverId(), route.caregiverName(), Result.REFUSED,
                            messages.getMessage(p.messageKey(), p.args(), locale)));
                }
            }
        }
        return result;
    }
}
