package org.lifecircle.care.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lifecircle.atlas.compound.Compound;
import org.lifecircle.atlas.compound.CompoundService;
import org.lifecircle.atlas.importing.OpeningHours;
import org.lifecircle.care.caregiver.Caregiver;
import org.lifecircle.care.caregiver.CaregiverService;
import org.lifecircle.care.caregiver.Skill;
import org.lifecircle.care.caregiver.TravelMode;
import org.lifecircle.care.catalogue.CatalogueService;
import org.lifecircle.care.request.CareRequest;
import org.lifecircle.care.request.RequestFiled;
import org.lifecircle.care.request.RequestService;
import org.lifecircle.care.request.RequestStatus;
import org.lifecircle.care.station.CareStation;
import org.lifecircle.care.station.StationService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.identity.Role;
import org.lifecircle.shared.ConflictException;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals, assignment and emergency alerts.
 * <p>
 * <b>Proposal.</b> Every active caregiver is considered. Left out: a caregiver without every skill the service needs
 * with a certificate valid that day; one who cannot start within the window (after the visit before it and the way
 * from there); one off shift at the start or the end of the visit. The rest are ranked by travel time from where they
 * will be (the station, or the compound of their previous visit that day) plus a fairness term: each minute already
 * booked that day counts as {@code workloadWeight} minutes of travel. An emergency is ranked by travel time alone.
 * <p>
 * <b>Assignment</b> is the dispatcher's: the first proposal, or another eligible one with a reason (an override,
 * audited). Two guarantees, both enforced by PostgreSQL (see {@link DispatchRepository}): a request is assigned once
 * (conditional update on status and version), a caregiver is never booked twice for overlapping times (the
 * caregiver's row lock and an overlap check in the same transaction, and the exclusion constraint where btree_gist
 * exists). The loser of a race gets a {@link ConflictException} (409).
 */
@Service
public class DispatchService {

    private static final Logger log = LoggerFactory.getLogger(DispatchService.class);
    private static final ZoneId ZONE = RequestService.ZONE;

    private final RequestService requests;
    private final CaregiverService caregivers;
    private final StationService stations;
    private final CatalogueService catalogue;
    private final CompoundService compounds;
    private final DispatchRepository dispatch;
    private final TravelEstimator travel;
    private final AuditLog audit;
    private final double workloadWeight;
    private final org.springframework.context.ApplicationEventPublisher events;

    DispatchService(RequestService requests, CaregiverService caregivers, StationService stations, CatalogueService catalogue,
                    CompoundService compounds, DispatchRepository dispatch, TravelEstimator travel, AuditLog audit,
                    @Value("${lifecircle.care.dispatch.workload-weight:0.25}") double workloadWeight,
                    org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.requests = requests;
        this.caregivers = caregivers;
        this.stations = stations;
        this.catalogue = catalogue;
        this.compounds = compounds;
        this.dispatch = dispatch;
        this.travel = travel;
        this.audit = audit;
        this.workloadWeight = workloadWeight;
    }

    /** The proposals for an open request, best first, then the caregivers left out with their reason. Dispatchers only. */
    @Transactional(readOnly = true)
    public List<Proposal> propose(Actor actor, long requestId) {
        requireDispatcher(actor);
        return propose(requests.get(requestId));
    }

    List<Proposal> propose(CareRequest r) {
        long required = catalogue.get(r.serviceCode()).requiredSkillBits();
        Map<Long, CareStation> stationsById = stations.find(null).stream()
                .collect(Collectors.toMap(CareStation::id, Function.identity()));
        Map<Long, Compound> compoundsById = compounds.all().stream().collect(Collectors.toMap(Compound::id, Function.identity()));
        Map<Long, List<Booking>> bookings = dispatch.bookings(r.day()).stream()
                .filter(b -> b.requestId() != r.id())
                .collect(Collectors.groupingBy(Booking::caregiverId));
        List<Proposal> left = new ArrayList<>();
        List<Caregiver> skilled = new ArrayList<>();
        Set<Long> absent = dispatch.absent(r.day());
        for (Caregiver c : caregivers.find(null)) {
            if (!c.active()) {
                continue;
            }
            if (absent.contains(c.id())) {
                left.add(leftOut(c, stationsById, new Proposal.Reason("care.dispatch.reason.absent")));
                continue;
            }
            if ((required & ~c.skillBits(r.day())) != 0) {
                left.add(leftOut(c, stationsById, new Proposal.Reason("care.dispatch.reason.skills", missing(required, c, r))));
            } else {
                skilled.add(c);
            }
        }
        // the way to the elder, from the station and from every visit booked that day, in one search per mode
        Map<TravelMode, Map<String, TravelEstimator.Time>> times = travelTimes(r, skilled, bookings, stationsById, compoundsById);
        List<Proposal> candidates = new ArrayList<>();
        for (Caregiver c : skilled) {
            candidates.add(fit(r, c, bookings.getOrDefault(c.id(), List.of()), stationsById, times.get(c.travelMode())));
        }
        Comparator<Proposal> order = r.emergency()
                ? Comparator.comparingLong(Proposal::travelSeconds).thenComparingInt(Proposal::assignedMinutes)
                : Comparator.comparingDouble(Proposal::score).thenComparingLong(Proposal::travelSeconds);
        List<Proposal> eligible = candidates.stream().filter(Proposal::eligible).sorted(order.thenComparingLong(Proposal::caregiverId)).toList();
        List<Proposal> result = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            result.add(eligible.get(i).ranked(i + 1));
        }
        candidates.stream().filter(p -> !p.eligible()).forEach(result::add);
        result.addAll(left);
        return result;
    }

    /** Where the caregiver would start, and whether the visit fits the day at all. */
    private Proposal fit(CareRequest r, Caregiver c, List<Booking> booked, Map<Long, CareStation> stationsById,
                         Map<String, TravelEstimator.Time> times) {
        CareStation station = stationsById.get(c.stationId());
        LocalDateTime windowStart = r.day().atTime(r.windowStart());
        LocalDateTime windowEnd = r.day().atTime(r.windowEnd());
        int assigned = booked.stream().mapToInt(b -> (int) Duration.between(b.from(), b.until()).toMinutes()).sum();
        // walk the day's bookings in order: the visit fits in the first gap that holds the way there and the work
        String origin = "S" + c.stationId();
        Long fromRequest = null;
        // free from the station whenever the shift allows; for an emergency, from the moment it was filed
        LocalDateTime ready = r.emergency() ? LocalDateTime.ofInstant(r.createdAt(), ZONE) : null;
        LocalDateTime start = null;
        TravelEstimator.Time way = null;
        boolean pushed = false;
        for (Booking b : booked) {
            LocalDateTime bFrom = LocalDateTime.ofInstant(b.from(), ZONE);
            TravelEstimator.Time t = times.get(origin);
            LocalDateTime earliest = ready == null ? windowStart : max(windowStart, ready.plusSeconds(t.seconds()));
            if (!earliest.plusMinutes(r.durationMinutes()).isAfter(bFrom)) {
                start = earliest;
                way = t;
                break;
            }
            pushed = true;
            origin = "B" + b.requestId();
            fromRequest = b.requestId();
            LocalDateTime until = LocalDateTime.ofInstant(b.until(), ZONE);
            ready = ready == null ? until : max(ready, until);
        }
        if (start == null) {
            way = times.get(origin);
            start = ready == null ? windowStart : max(windowStart, ready.plusSeconds(way.seconds()));
        }
        List<Proposal.Reason> reasons = new ArrayList<>();
        boolean eligible = true;
        if (start.isAfter(windowEnd)) {
            eligible = false;
            reasons.add(new Proposal.Reason(pushed ? "care.dispatch.reason.busy" : "care.dispatch.reason.late", start.toLocalTime()));
        } else if (!onShift(c, start, r.durationMinutes())) {
            eligible = false;
            reasons.add(new Proposal.Reason("care.dispatch.reason.offShift", c.workingHours()));
        }
        double score = way.seconds() + workloadWeight * assigned * 60.0;
        if (eligible) {
            reasons.add(new Proposal.Reason(fromRequest == null ? "care.dispatch.reason.fromStation" : "care.dispatch.reason.fromVisit",
                    Math.round(way.seconds() / 60.0), c.travelMode() == TravelMode.E_BIKE ? "e-bike" : "walk"));
            if (way.estimated()) {
                reasons.add(new Proposal.Reason("care.dispatch.reason.estimated"));
            }
            reasons.add(new Proposal.Reason("care.dispatch.reason.workload", assigned));
            reasons.add(new Proposal.Reason("care.dispatch.reason.start", start.toLocalTime()));
        }
        return new Proposal(c.id(), c.name(), c.stationId(), station == null ? null : station.name(), c.travelMode(), eligible, 0,
                eligible ? start.toLocalTime() : null, fromRequest, way.seconds(), way.estimated(), assigned, score, reasons);
    }

    private Map<TravelMode, Map<String, TravelEstimator.Time>> travelTimes(CareRequest r, List<Caregiver> skilled,
                                                                          Map<Long, List<Booking>> bookings,
                                                                          Map<Long, CareStation> stationsById,
                                                                          Map<Long, Compound> compoundsById) {
        Map<TravelMode, Map<String, TravelEstimator.Time>> result = new EnumMap<>(TravelMode.class);
        for (TravelMode mode : TravelMode.values()) {
            Map<String, double[]> origins = new LinkedHashMap<>();
            for (Caregiver c : skilled) {
                if (c.travelMode() != mode) {
                    continue;
                }
                CareStation s = stationsById.get(c.stationId());
                origins.putIfAbsent("S" + s.id(), new double[] {s.lat(), s.lon()});
                for (Booking b : bookings.getOrDefault(c.id(), List.of())) {
                    Compound place = compoundsById.get(b.compoundId());
                    origins.putIfAbsent("B" + b.requestId(), new double[] {place.lat(), place.lon()});
                }
            }
            List<String> keys = new ArrayList<>(origins.keySet());
            double[] lats = keys.stream().mapToDouble(k -> origins.get(k)[0]).toArray();
            double[] lons = keys.stream().mapToDouble(k -> origins.get(k)[1]).toArray();
            TravelEstimator.Time[] t = travel.toPlace(mode, lats, lons, r.lat(), r.lon());
            Map<String, TravelEstimator.Time> byKey = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                byKey.put(keys.get(i), t[i]);
            }
            result.put(mode, byKey);
        }
        return result;
    }

    /**
     * Books the caregiver for the request. {@code version} is the request's version the dispatcher decided on (null:
     * the current one); {@code overrideReason} is required when the caregiver is not the first proposal.
     *
     * @throws ConflictException when the request was dispatched or changed meanwhile, or the caregiver was booked
     *                           for an overlapping time meanwhile
     */
    @Transactional
    public CareRequest assign(Actor actor, long requestId, Long caregiverId, Integer version, String overrideReason) {
        requireDispatcher(actor);
        CareRequest r = requests.get(requestId);
        if (r.status() != RequestStatus.OPEN) {
            throw new ConflictException("care.dispatch.conflict.notOpen", requestId, r.status());
        }
        if (version != null && version != r.version()) {
            throw new ConflictException("care.request.conflict.changed", requestId);
        }
        if (caregiverId == null) {
            throw new InvalidInputException("caregiverId", "care.dispatch.error.caregiver");
        }
        List<Proposal> proposals = propose(r);
        Proposal chosen = proposals.stream().filter(p -> p.caregiverId() == caregiverId).findFirst()
                .orElseThrow(() -> new InvalidInputException("caregiverId", "care.dispatch.error.caregiver"));
        if (!chosen.eligible()) {
            Proposal.Reason why = chosen.reasons().get(0);
            if (why.key().equals("care.dispatch.reason.busy")) {
                // the dispatcher saw the caregiver free; someone booked them since: a lost race, not bad input
                throw new ConflictException("care.dispatch.conflict.caregiverBusy", caregiverId, chosen.caregiverName());
            }
            throw new InvalidInputException("caregiverId", why.key(), why.args());
        }
        String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        if (chosen.rank() != 1 && reason == null) {
            throw new InvalidInputException("overrideReason", "care.dispatch.error.overrideReason", chosen.rank());
        }
        if (reason != null && reason.length() > 300) {
            throw new InvalidInputException("overrideReason", "care.dispatch.error.overrideReasonLength", 300);
        }
        if (chosen.rank() == 1) {
            reason = null; // confirming the proposal is not an override
        }
        Instant from = r.day().atTime(chosen.start()).atZone(ZONE).toInstant();
        Instant until = from.plusSeconds(r.durationMinutes() * 60L);
        book(r, caregiverId, from, until, actor.username(), reason);
        audit.record(actor, reason == null ? "care.request.assigned" : "care.request.overridden", "care_request", requestId,
                "caregiver " + caregiverId + " " + chosen.caregiverName() + " from " + chosen.start()
                        + (reason == null ? "" : "; proposal " + chosen.rank() + ", reason: " + reason));
        return requests.get(requestId);
    }

    private void book(CareRequest r, long caregiverId, Instant from, Instant until, String by, String reason) {
        try {
            if (!dispatch.lockCaregiver(caregiverId)) {
                throw new InvalidInputException("caregiverId", "care.dispatch.error.caregiver");
            }
            dispatch.overlapping(caregiverId, from, until).ifPresent(other -> {
                throw new ConflictException("care.dispatch.conflict.caregiverBusy", caregiverId, other);
            });
            if (!dispatch.assign(r.id(), r.version(), caregiverId, from, until, by, reason)) {
                throw new ConflictException("care.dispatch.conflict.dispatched", r.id());
            }
        } catch (DataIntegrityViolationException e) {
            // the exclusion constraint: only reachable if a booking bypassed the lock; still a conflict, not a 500
            log.warn("double booking refused by the database for caregiver {}: {}", caregiverId, e.getMostSpecificCause().getMessage());
            throw new ConflictException("care.dispatch.conflict.caregiverBusy", caregiverId, "?");
        }
    }

    /** The caregivers out on that day (dropped out): not proposed, not planned. */
    public Set<Long> absent(LocalDate day) {
        return dispatch.absent(day);
    }

    /**
     * A caregiver drops out for a day (ill, called away): recorded as absent (not proposed, not planned that day), and
     * their assigned requests of that day go back to open, to be dispatched again or re-planned; audited.
     *
     * @return how many requests were released
     */
    @Transactional
    public int dropOut(Actor actor, long caregiverId, LocalDate day, String reason) {
        requireDispatcher(actor);
        Caregiver c = caregivers.get(caregiverId);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "care.request.error.reason");
        }
        dispatch.lockCaregiver(c.id());
        int released = dispatch.release(c.id(), day);
        dispatch.absent(c.id(), day, reason.strip(), actor.username());
        audit.record(actor, "care.caregiver.droppedOut", "caregiver", c.id(), day + ": " + released + " requests reopened; " + reason.strip());
        events.publishEvent(new CaregiverDroppedOut(c.id(), c.stationId(), day));
        return released;
    }

    /** An emergency alerts the nearest free caregiver, in the filing transaction (no alert without the request). */
    @EventListener
    void onFiled(RequestFiled filed) {
        CareRequest r = filed.request();
        if (!r.emergency()) {
            return;
        }
        try {
            propose(r).stream().filter(Proposal::eligible).findFirst().ifPresentOrElse(
                    p -> dispatch.alert(r.id(), p.caregiverId(), p.travelSeconds()),
                    () -> log.warn("emergency request {}: no free caregiver to alert", r.id()));
        } catch (RuntimeException e) {
            // the emergency must be filed even if finding someone to alert fails: it heads the board either way
            log.error("emergency request {}: alerting failed", r.id(), e);
        }
    }

    /** Open alerts: a caregiver's own; the dispatch center's all. */
    @Transactional(readOnly = true)
    public List<Alert> openAlerts(Actor actor) {
        if (actor.is(Role.CARE_DISPATCHER) || actor.isAdmin()) {
            return dispatch.openAlerts(null);
        }
        if (actor.is(Role.CAREGIVER)) {
            return requests.caregiverOf(actor).map(dispatch::openAlerts).orElse(List.of());
        }
        throw new AccessDeniedException("alerts are for caregivers and the dispatch center");
    }

    @Transactional
    public void acknowledge(Actor actor, long alertId) {
        long caregiver = requests.caregiverOf(actor).orElseThrow(() -> new AccessDeniedException("not a linked caregiver account"));
        if (!dispatch.acknowledge(alertId, caregiver)) {
            throw new NotFoundException("care.alert", alertId);
        }
        audit.record(actor, "care.alert.acknowledged", "care_alert", alertId, "");
    }

    static void requireDispatcher(Actor actor) {
        if (!actor.is(Role.CARE_DISPATCHER)) {
            throw new AccessDeniedException("dispatching is the dispatch center's");
        }
    }

    /** A caregiver left out before their day is looked at (absent, or without the skills). */
    private static Proposal leftOut(Caregiver c, Map<Long, CareStation> stationsById, Proposal.Reason reason) {
        CareStation s = stationsById.get(c.stationId());
        return new Proposal(c.id(), c.name(), c.stationId(), s == null ? null : s.name(), c.travelMode(), false, 0, null, null,
                0, false, 0, Double.MAX_VALUE, List.of(reason));
    }

    private static String missing(long required, Caregiver c, CareRequest r) {
        long lacking = required & ~c.skillBits(r.day());
        return Arrays.stream(Skill.values()).filter(s -> (s.bit() & lacking) != 0).map(Enum::name)
                .collect(Collectors.joining(", "));
    }

    private static boolean onShift(Caregiver c, LocalDateTime start, int minutes) {
        OpeningHours shift = OpeningHours.parse(c.workingHours());
        // the start and the last minute of the work; a break in between is not seen (shifts here have none)
        return shift.isOpen(start) && shift.isOpen(start.plusMinutes(Math.max(0, minutes - 1)));
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
