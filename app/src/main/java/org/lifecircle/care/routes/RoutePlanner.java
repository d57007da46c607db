package org.lifecircle.care.routes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.lifecircle.atlas.importing.OpeningHours;
import org.lifecircle.care.caregiver.Caregiver;
import org.lifecircle.care.caregiver.CaregiverService;
import org.lifecircle.care.caregiver.TravelMode;
import org.lifecircle.care.catalogue.CatalogueService;
import org.lifecircle.care.dispatch.CaregiverDroppedOut;
import org.lifecircle.care.dispatch.DispatchService;
import org.lifecircle.care.dispatch.TravelEstimator;
import org.lifecircle.care.request.CareRequest;
import org.lifecircle.care.request.RequestCancelled;
import org.lifecircle.care.request.RequestFiled;
import org.lifecircle.care.request.RequestService;
import org.lifecircle.care.request.RequestStatus;
import org.lifecircle.care.station.CareStation;
import org.lifecircle.care.station.StationService;
import org.lifecircle.engine.access.WalkingProfile;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.routing.RoutePlan;
import org.lifecircle.engine.routing.RouteSolver;
import org.lifecircle.engine.routing.RoutingProblem;
import org.lifecircle.engine.routing.TravelMatrix;
import org.lifecircle.engine.routing.Visit;
import org.lifecircle.engine.routing.Worker;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.identity.Role;
import org.lifecircle.network.Walking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plans a station's day with the engine's {@link RouteSolver}: the station's caregivers working that day (shift from
 * their working hours, mode from their travel mode, skills with certificates valid that day), and the station's open
 * and assigned requests of the day (time windows, durations, required skills).
 * <p>
 * An assigned request stays with its caregiver: it requires a bit only that caregiver has (bits 20 and up of the
 * skill set, one per caregiver, so at most 43 caregivers per station are pinned). Leaving a request out costs far more
 * than any route, an assigned one most, so requests are left out only when they cannot be made. A re-plan starts from
 * the stored plan (the solver's hint), so a small change moves few visits.
 * <p>
 * The solver runs outside any transaction (it takes the configured time limit); storing the plan is one transaction
 * under an advisory lock per station and day, so two re-plans at once leave one whole plan.
 */
@Service
public class RoutePlanner {

    private static final Logger log = LoggerFactory.getLogger(RoutePlanner.class);
    static final int PIN_BIT = 20;
    static final long DROP_OPEN = 10_000_000L;
    static final long DROP_ASSIGNED = 100_000_000L;

    private final RequestService requests;
    private final CaregiverService caregivers;
    private final StationService stations;
    private final CatalogueService catalogue;
    private final Walking walking;
    private final RouteRepository plans;
    private final DispatchService dispatch;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Duration timeLimit;

    RoutePlanner(RequestService requests, CaregiverService caregivers, StationService stations, CatalogueService catalogue,
                 Walking walking, RouteRepository plans, DispatchService dispatch, AuditLog audit, TransactionTemplate tx,
                 @Value("${lifecircle.care.routes.time-limit:3s}") Duration timeLimit) {
        this.requests = requests;
        this.caregivers = caregivers;
        this.stations = stations;
        this.catalogue = catalogue;
        this.walking = walking;
        this.plans = plans;
        this.dispatch = dispatch;
        this.audit = audit;
        this.tx = tx;
        this.timeLimit = timeLimit;
    }

    /** The stored plan, if any: the dispatch center, the station's community staff and the station's caregivers. */
    public Optional<DayPlan> current(Actor actor, long stationId, LocalDate day) {
        CareStation station = stations.get(stationId);
        boolean may = actor.is(Role.CARE_DISPATCHER) || actor.isAdmin()
                || (actor.is(Role.COMMUNITY_STAFF) && actor.canManageCommunity(station.communityId()))
                || (actor.is(Role.CAREGIVER) && Long.valueOf(stationId).equals(actor.careStationId()));
        if (!may) {
            throw new AccessDeniedException("routes of station " + stationId + " are not in this account's scope");
        }
        return plans.get(stationId, day);
    }

    /** The stored plan without a scope check: for the caregiver's day, whose own requests the caller has found. */
    public Optional<DayPlan> stored(long stationId, LocalDate day) {
        return plans.get(stationId, day);
    }

    /** Plans (or re-plans, from the stored plan) the station's day. The dispatch center only. */
    public DayPlan plan(Actor actor, long stationId, LocalDate day) {
        if (!actor.is(Role.CARE_DISPATCHER)) {
            throw new AccessDeniedException("planning routes is the dispatch center's");
        }
        return plan(actor.username(), stationId, day, timeLimit);
    }

    DayPlan plan(String by, long stationId, LocalDate day, Duration limit) {
        CareStation station = stations.get(stationId);
        List<Caregiver> crew = new ArrayList<>();
        List<long[]> shifts = new ArrayList<>();
        Set<Long> absent = dispatch.absent(day);
        for (Caregiver c : caregivers.find(stationId)) {
            long[] shift = shift(c, day);
            if (c.active() && !absent.contains(c.id()) && shift != null && crew.size() < 64 - PIN_BIT) {
                crew.add(c);
                shifts.add(shift);
            }
        }
        Map<Long, Integer> workerOf = new HashMap<>();
        for (int w = 0; w < crew.size(); w++) {
            workerOf.put(crew.get(w).id(), w);
        }
        // the station's open requests, and its assigned ones that its own caregivers make
        List<CareRequest> todo = requests.ofStation(stationId, day, List.of(RequestStatus.OPEN, RequestStatus.ASSIGNED)).stream()
                .filter(r -> r.status() == RequestStatus.OPEN || workerOf.containsKey(r.caregiverId()))
                .toList();
        double[] lats = new double[todo.size() + 1];
        double[] lons = new double[todo.size() + 1];
        lats[0] = station.lat();
        lons[0] = station.lon();
        for (int i = 0; i < todo.size(); i++) {
            lats[i + 1] = todo.get(i).lat();
            lons[i + 1] = todo.get(i).lon();
        }
        long matricesFrom = System.nanoTime();
        // one matrix per travel mode, indexed by the mode's ordinal (each worker's mode below)
        long[][][] travel = new long[TravelMode.values().length][][];
        for (TravelMode mode : TravelMode.values()) {
            travel[mode.ordinal()] = matrix(TravelEstimator.profile(mode), lats, lons);
        }
        long matricesMillis = (System.nanoTime() - matricesFrom) / 1_000_000;
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < todo.size(); i++) {
            CareRequest r = todo.get(i);
            long skills = catalogue.get(r.serviceCode()).requiredSkillBits();
            boolean assigned = r.status() == RequestStatus.ASSIGNED;
            if (assigned) {
                skills |= 1L << (PIN_BIT + workerOf.get(r.caregiverId()));
            }
            visits.add(new Visit(i + 1, r.windowStart().toSecondOfDay(), r.windowEnd().toSecondOfDay(), r.durationMinutes() * 60L,
                    skills, 0, assigned ? DROP_ASSIGNED : DROP_OPEN));
        }
        List<Worker> workers = new ArrayList<>();
        for (int w = 0; w < crew.size(); w++) {
            Caregiver c = crew.get(w);
            workers.add(new Worker(0, 0, shifts.get(w)[0], shifts.get(w)[1], c.travelMode().ordinal(),
                    c.skillBits(day) | (1L << (PIN_BIT + w)), Long.MAX_VALUE));
        }
        int[][] hint = hint(stationId, day, crew, todo);
        long started = System.nanoTime();
        RoutePlan solved = workers.isEmpty() || visits.isEmpty()
                ? new RoutePlan(List.of(), IntStream.range(0, visits.size()).boxed().toList(), 0, true)
                : RouteSolver.solve(new RoutingProblem(travel, visits, workers, 1), limit, hint);
        log.info("station {} {}: {} requests, {} caregivers: travel matrices {} ms, solver {} ms", stationId, day, visits.size(),
                workers.size(), matricesMillis, (System.nanoTime() - started) / 1_000_000);
        DayPlan plan = toPlan(stationId, day, by, solved, crew, todo);
        tx.executeWithoutResult(status -> {
            plans.lock(stationId, day);
            plans.replace(plan);
        });
        audit.record(new Actor(by, Role.CARE_DISPATCHER, null, null), "care.routes.planned", "care_station", stationId,
                day + ": " + todo.size() + " requests, " + crew.size() + " caregivers, " + plan.dropped().size() + " left out");
        return plans.get(stationId, day).orElseThrow();
    }

    /** A request added to or cancelled from a planned day, or a caregiver gone: the stored plan is out of date. */
    @EventListener
    void onFiled(RequestFiled filed) {
        plans.markStale(filed.request().stationId(), filed.request().day());
    }

    @EventListener
    void onCancelled(RequestCancelled cancelled) {
        plans.markStale(cancelled.request().stationId(), cancelled.request().day());
    }

    @EventListener
    void onDroppedOut(CaregiverDroppedOut gone) {
        plans.markStale(gone.stationId(), gone.day());
    }

    private int[][] hint(long stationId, LocalDate day, List<Caregiver> crew, List<CareRequest> todo) {
        Optional<DayPlan> previous = plans.get(stationId, day);
        if (previous.isEmpty()) {
            return null;
        }
        Map<Long, Integer> visitOf = new HashMap<>();
        for (int i = 0; i < todo.size(); i++) {
            visitOf.put(todo.get(i).id(), i);
        }
        Map<Long, DayPlan.Route> routeOf = new HashMap<>();
        previous.get().routes().forEach(r -> routeOf.put(r.caregiverId(), r));
        int[][] hint = new int[crew.size()][];
        for (int w = 0; w < crew.size(); w++) {
            DayPlan.Route route = routeOf.get(crew.get(w).id());
            hint[w] = route == null ? new int[0] : route.stops().stream().map(s -> visitOf.get(s.requestId()))
                    .filter(Objects::nonNull).mapToInt(Integer::intValue).toArray();
        }
        return hint;
    }

    private DayPlan toPlan(long stationId, LocalDate day, String by, RoutePlan solved, List<Caregiver> crew, List<CareRequest> todo) {
        List<DayPlan.Route> routes = new ArrayList<>();
        for (RoutePlan.Route route : solved.routes()) {
            Caregiver c = crew.get(route.worker());
            List<DayPlan.Stop> stops = route.stops().stream().map(s -> {
                CareRequest r = todo.get(s.visit());
                return new DayPlan.Stop(r.id(), r.elderName(), r.compoundName(), r.serviceCode(),
                        LocalTime.ofSecondOfDay(s.arrival()), LocalTime.ofSecondOfDay(s.start()), r.windowStart(), r.windowEnd(),
                        r.durationMinutes());
            }).toList();
            routes.add(new DayPlan.Route(c.id(), c.name(), stops));
        }
        return new DayPlan(stationId, day, Instant.now(), by, solved.travel(),
                solved.dropped().stream().map(i -> todo.get(i).id()).toList(), false, routes);
    }

    private long[][] matrix(WalkingProfile profile, double[] lats, double[] lons) {
        SnappedPoints places = walking.snapper().snapAll(lats, lons, profile.stepsAllowed());
        long[][] m = TravelMatrix.seconds(Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
                walking.travelTimes(profile), places, 3 * 3600);
        // a place off the street network would be unreachable: estimate it instead, as proposals do
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                if (m[i][j] >= TravelMatrix.UNREACHABLE && (places.get(i) == null || places.get(j) == null)) {
                    m[i][j] = TravelEstimator.estimate(profile, lats[i], lons[i], lats[j], lons[j]).seconds();
                }
            }
        }
        return m;
    }

    /** The caregiver's shift on that day in seconds from midnight (first to last working minute), or null when off. */
    static long[] shift(Caregiver c, LocalDate day) {
        OpeningHours hours = OpeningHours.parse(c.workingHours());
        int first = -1;
        int last = -1;
        for (int minute = 0; minute < 24 * 60; minute++) {
            if (hours.isOpen(day.atStartOfDay().plusMinutes(minute))) {
                first = first < 0 ? minute : first;
                last = minute;
            }
        }
        return first < 0 ? null : new long[] {first * 60L, (last + 1) * 60L};
    }
}
