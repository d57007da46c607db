package org.lifecircle.care.visit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lifecircle.care.caregiver.Caregiver;
import org.lifecircle.care.caregiver.CaregiverService;
import org.lifecircle.care.dispatch.Alert;
import org.lifecircle.care.dispatch.DispatchService;
import org.lifecircle.care.elder.ElderService;
import org.lifecircle.care.elder.ElderView;
import org.lifecircle.care.privacy.Access;
import org.lifecircle.care.privacy.SensitiveField;
import org.lifecircle.care.request.CareRequest;
import org.lifecircle.care.request.RequestService;
import org.lifecircle.care.request.RequestStatus;
import org.lifecircle.care.routes.DayPlan;
import org.lifecircle.care.routes.RoutePlanner;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.Role;
import org.lifecircle.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caregiver's day: their requests of today in the order of the station's stored route plan (requests the plan
 * does not hold, e.g. another station's elder or an emergency, follow by booked start), each with the elder masked
 * (name, compound and building) and the visit if checked in; plus their open emergency alerts. The address and phone
 * of an elder are revealed one visit at a time, through the elder register's reveal path, logged as a VISIT read.
 */
@Service
public class CaregiverDay {

    private static final Set<SensitiveField> CONTACT = EnumSet.of(SensitiveField.ADDRESS, SensitiveField.PHONE);

    private final RequestService requests;
    private final CaregiverService caregivers;
    private final ElderService elders;
    private final RoutePlanner routes;
    private final DispatchService dispatch;
    private final VisitService visits;

    CaregiverDay(RequestService requests, CaregiverService caregivers, ElderService elders, RoutePlanner routes,
                 DispatchService dispatch, VisitService visits) {
        this.requests = requests;
        this.caregivers = caregivers;
        this.elders = elders;
        this.routes = routes;
        this.dispatch = dispatch;
        this.visits = visits;
    }

    /**
     * One stop of the day.
     *
     * @param seq       the position in the stored plan (1-based), null when the plan does not hold it
     * @param planStart the start the plan foresaw
     * @param elder     masked, or with address and phone when this stop was revealed
     */
    public record Stop(CareRequest request, ElderView elder, Visit visit, Integer seq, LocalTime planStart) {

        public boolean mayCheckIn() {
            return request.status() == RequestStatus.ASSIGNED;
        }

        public boolean mayCheckOut() {
            return request.status() == RequestStatus.IN_PROGRESS;
        }

        /** Still to be checked in though the window has ended: the dispatch center sees it flagged late. */
        public boolean overdue() {
            return mayCheckIn() && LocalDateTime.now(RequestService.ZONE).isAfter(request.day().atTime(request.windowEnd()));
        }
    }

    /** The day: the caregiver, whether a plan orders it, the stops, the open alerts (with their request, masked). */
    public record Day(Caregiver caregiver, LocalDate day, boolean planned, List<Stop> stops, List<AlertItem> alerts) {
    }

    public record AlertItem(Alert alert, CareRequest request) {
    }

    /**
     * @param revealFor the request whose elder's address and phone to show (logged), or null
     */
    @Transactional
    public Day today(Actor actor, Long revealFor, Access access) {
        long me = me(actor);
        Caregiver caregiver = caregivers.get(me);
        LocalDate day = LocalDate.now(RequestService.ZONE);
        List<CareRequest> mine = requests.board(actor,
                List.of(RequestStatus.ASSIGNED, RequestStatus.IN_PROGRESS, RequestStatus.DONE), day, day, null);
        if (revealFor != null && mine.stream().noneMatch(r -> r.id() == revealFor && r.status() != RequestStatus.DONE)) {
            // only a visit of today still to be made or under way: not a way to read any elder's address
            throw new NotFoundException("care.request", revealFor);
        }
        Map<Long, Integer> seq = new HashMap<>();
        Map<Long, LocalTime> planStart = new HashMap<>();
        DayPlan plan = routes.stored(caregiver.stationId(), day).orElse(null);
        if (plan != null) {
            plan.routes().stream().filter(route -> route.caregiverId() == me).findFirst().ifPresent(route -> {
                for (int i = 0; i < route.stops().size(); i++) {
                    seq.put(route.stops().get(i).requestId(), i + 1);
                    planStart.put(route.stops().get(i).requestId(), route.stops().get(i).start());
                }
            });
        }
        Map<Long, Visit> visited = visits.of(mine.stream().map(CareRequest::id).toList());
        List<Stop> stops = new ArrayList<>();
        for (CareRequest r : mine) {
            Set<SensitiveField> reveal = revealFor != null && revealFor == r.id() ? CONTACT : Set.of();
            stops.add(new Stop(r, elders.forAssignedVisit(actor, r.elderId(), reveal, access), visited.get(r.id()),
                    seq.get(r.id()), planStart.get(r.id())));
        }
        stops.sort(Comparator.comparing((Stop s) -> s.seq() == null ? Integer.MAX_VALUE : s.seq())
                .thenComparing(s -> s.request().bookedFrom()).thenComparingLong(s -> s.request().id()));
        List<AlertItem> alerts = dispatch.openAlerts(actor).stream()
                .map(a -> new AlertItem(a, requests.get(a.requestId()))).toList();
        return new Day(caregiver, day, !seq.isEmpty(), stops, alerts);
    }

    /** The address and phone of the elder of one of today's visits, for the API; logged as a VISIT read. */
    @Transactional
    public ElderView reveal(Actor actor, long requestId, Access access) {
        return today(actor, requestId, access).stops().stream().filter(s -> s.request().id() == requestId)
                .findFirst().orElseThrow().elder();
    }

    private long me(Actor actor) {
        if (!actor.is(Role.CAREGIVER)) {
            throw new AccessDeniedException("the day's visits are a caregiver's page");
        }
        return requests.caregiverOf(actor).orElseThrow(() -> new AccessDeniedException("not a linked caregiver account"));
    }
}
