package org.lifecircle.care.request;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lifecircle.atlas.compound.Compound;
import org.lifecircle.atlas.compound.CompoundService;
import org.lifecircle.care.catalogue.CatalogueService;
import org.lifecircle.care.catalogue.ServiceType;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.identity.Role;
import org.lifecircle.shared.ConflictException;
import org.lifecircle.shared.InvalidInputException.FieldProblem;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake: filing, reading and cancelling requests, and the series that file recurring ones.
 * <p>
 * Who may file for whom: the dispatch center for any elder (a phone call), community staff for their community's
 * elders, a resident account for the elders staff linked it to ({@code elder_family}; relation {@code SELF} is the
 * elder's own account). The channel follows from that, not from the form. Nobody else files.
 */
@Service
public class RequestService {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** An emergency filed without a window must be answered within this time. */
    public static final Duration EMERGENCY_WINDOW = Duration.ofMinutes(30);
    static final String SELF = "SELF";
    private static final int NOTES_MAX = 500;

    private final RequestRepository requests;
    private final CatalogueService catalogue;
    private final CompoundService compounds;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final int horizonDays;
    private final AccountService accounts;
    private final Clock clock = Clock.system(ZONE);

    RequestService(RequestRepository requests, CatalogueService catalogue, CompoundService compounds, AuditLog audit,
                   ApplicationEventPublisher events, @Value("${lifecircle.care.series-horizon-days:14}") int horizonDays,
                   AccountService accounts) {
        this.accounts = accounts;
        this.requests = requests;
        this.catalogue = catalogue;
        this.compounds = compounds;
        this.audit = audit;
        this.events = events;
        this.horizonDays = horizonDays;
    }

    /** Files one request; an emergency is announced ({@link RequestFiled}) so dispatch alerts a caregiver. */
    @Transactional
    public CareRequest file(Actor actor, RequestForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        RequestRepository.ElderFacts elder = elder(actor, form.elderId(), problems);
        Channel channel = elder == null ? null : channel(actor, elder);
        Priority priority = form.priority() == null ? Priority.NORMAL : form.priority();
        ServiceType service = service(form.service(), problems);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        LocalDate day = form.day();
        LocalTime from = form.windowStart();
        LocalTime to = form.windowEnd();
        if (priority == Priority.EMERGENCY) {
            // the dispatcher on the phone should not have to type "today, now": an emergency is for now
            day = day == null ? now.toLocalDate() : day;
            from = from == null ? now.toLocalTime() : from;
            to = to == null ? latest(from, EMERGENCY_WINDOW) : to;
        }
        window(day, from, to, now, problems);
        notes(form.notes(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = requests.insert(elder, service.code(), day, from, to, service.durationMinutes(), blankToNull(form.notes()),
                channel, actor.username(), priority, null);
        CareRequest filed = get(id);
        audit.record(actor, "care.request.filed", "care_request", id,
                service.code() + " " + day + " " + from + "-" + to + " " + priority + " via " + channel);
        events.publishEvent(new RequestFiled(filed));
        return filed;
    }

    /** Files a series and creates its requests for the coming {@code horizonDays}. */
    @Transactional
    public Series fileSeries(Actor actor, SeriesForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        RequestRepository.ElderFacts elder = elder(actor, form.elderId(), problems);
        Channel channel = elder == null ? null : channel(actor, elder);
        ServiceType service = service(form.service(), problems);
        if (form.weekdays() == null || form.weekdays().isEmpty()) {
            problems.add(new FieldProblem("weekdays", "care.request.error.weekdays"));
        }
        LocalDate today = LocalDate.now(clock);
        if (form.windowStart() == null || form.windowEnd() == null || !form.windowEnd().isAfter(form.windowStart())) {
            problems.add(new FieldProblem(form.windowStart() == null ? "windowStart" : "windowEnd", "care.request.error.window"));
        }
        if (form.firstDay() == null || form.firstDay().isBefore(today)) {
            problems.add(new FieldProblem("firstDay", "care.request.error.past"));
        }
        if (form.lastDay() == null || (form.firstDay() != null && form.lastDay().isBefore(form.firstDay()))) {
            problems.add(new FieldProblem("lastDay", "care.request.error.lastDay"));
        } else if (form.firstDay() != null && form.lastDay().isAfter(form.firstDay().plusYears(1))) {
            problems.add(new FieldProblem("lastDay", "care.request.error.tooLong"));
        }
        notes(form.notes(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = requests.insertSeries(elder, form, service.code(), channel, actor.username());
        audit.record(actor, "care.series.filed", "care_request_series", id, service.code() + " " + form.weekdays() + " "
                + form.windowStart() + "-" + form.windowEnd() + " " + form.firstDay() + ".." + form.lastDay() + " via " + channel);
        Series series = requests.series(id).orElseThrow();
        createAhead(series, today);
        return requests.series(id).orElseThrow();
    }

    /**
     * Creates every active series' requests up to {@code today + horizonDays}. Idempotent: a series has at most one
     * request a day (a unique index), so running it twice, or on two nodes at once, creates nothing twice.
     *
     * @return how many requests were created
     */
    @Transactional
    public int createAhead(LocalDate today) {
        int created = 0;
        for (Series s : requests.seriesToExtend(today.plusDays(horizonDays))) {
            created += createAhead(s, today);
        }
        return created;
    }

    /** Every night, so a series always has two weeks of requests ahead to dispatch and plan. */
    @Scheduled(cron = "${lifecircle.care.series-cron:0 5 0 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        createAhead(LocalDate.now(clock));
    }

    private int createAhead(Series s, LocalDate today) {
        RequestRepository.ElderFacts elder = requests.elder(s.elderId()).orElseThrow();
        int duration = catalogue.get(s.serviceCode()).durationMinutes();
        LocalDate until = min(s.lastDay(), today.plusDays(horizonDays));
        int created = 0;
        for (LocalDate day = max(s.firstDay(), today); !day.isAfter(until); day = day.plusDays(1)) {
            if (s.weekdays().contains(day.getDayOfWeek())
                    && requests.insert(elder, s.serviceCode(), day, s.windowStart(), s.windowEnd(), duration, s.notes(),
                    s.channel(), s.requestedBy(), Priority.NORMAL, s.id()) > 0) {
                created++;
            }
        }
        if (!until.isBefore(today)) {
            requests.createdUntil(s.id(), until);
        }
        return created;
    }

    /** A request the actor may see: dispatch center and administrators any, staff their community's, a caregiver their own. */
    @Transactional(readOnly = true)
    public CareRequest get(Actor actor, long id) {
        CareRequest r = get(id);
        boolean visible = actor.is(Role.CARE_DISPATCHER) || actor.isAdmin()
                || (actor.is(Role.COMMUNITY_STAFF) && actor.canManageCommunity(r.communityId()))
                || (actor.is(Role.CAREGIVER) && r.caregiverId() != null
                && requests.caregiverOf(actor.username()).filter(r.caregiverId()::equals).isPresent())
                || (actor.is(Role.RESIDENT) && requests.familyRelation(r.elderId(), actor.username()).isPresent());
        if (!visible) {
            throw new NotFoundException("care.request", id);
        }
        return r;
    }

    /** Without a scope check: for dispatch and routes, which check theirs. */
    public CareRequest get(long id) {
        return withPlace(requests.get(id).orElseThrow(() -> new NotFoundException("care.request", id)));
    }

    /**
     * The board: requests in the given states from {@code from} to {@code to}, emergencies first, then by day and
     * window, in the actor's scope (a caregiver: their own assignments only).
     */
    @Transactional(readOnly = true)
    public List<CareRequest> board(Actor actor, List<RequestStatus> statuses, LocalDate from, LocalDate to, Long station) {
        Long community = null;
        Long caregiver = null;
        if (actor.is(Role.COMMUNITY_STAFF)) {
            community = actor.communityId();
        } else if (actor.is(Role.CAREGIVER)) {
            caregiver = requests.caregiverOf(actor.username()).orElse(-1L);
        } else if (!actor.is(Role.CARE_DISPATCHER) && !actor.isAdmin()) {
            throw new AccessDeniedException("the board is for the care roles");
        }
        return withPlaces(requests.find(statuses, from, to, community, station, caregiver));
    }

    /** A station's requests of one day in the given states, unscoped: for route planning. */
    public List<CareRequest> ofStation(long station, LocalDate day, List<RequestStatus> statuses) {
        return withPlaces(requests.find(statuses, day, day, null, station, null));
    }

    /** A resident account's own requests (as family or as the elder). */
    @Transactional(readOnly = true)
    public List<CareRequest> mine(Actor actor, LocalDate from) {
        if (!actor.is(Role.RESIDENT)) {
            throw new AccessDeniedException("for resident accounts");
        }
        return withPlaces(requests.forElders(requests.familyElders(actor.username()), from));
    }

    /**
     * Cancels an open or assigned request. Whoever may file for the elder may cancel; {@code version} is the one the
     * user saw, so a request assigned in the meantime is not cancelled blindly.
     */
    @Transactional
    public CareRequest cancel(Actor actor, long id, int version, String reason) {
        CareRequest r = get(actor, id);
        RequestRepository.ElderFacts elder = requests.elder(r.elderId()).orElseThrow();
        channel(actor, elder); // the same rule as filing
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "care.request.error.reason");
        }
        if (!requests.cancel(id, version, reason.strip())) {
            throw new ConflictException("care.request.conflict.changed", id);
        }
        audit.record(actor, "care.request.cancelled", "care_request", id, reason.strip());
        CareRequest cancelled = get(id);
        events.publishEvent(new RequestCancelled(cancelled));
        return cancelled;
    }

    /** Links a resident account to an elder so it can file for them (staff of the elder's community, dispatch center). */
    @Transactional
    public void linkFamily(Actor actor, long elderId, String username, String relation) {
        keeper(actor, elderId);
        if (username == null || username.isBlank()) {
            throw new InvalidInputException("username", "care.request.error.username");
        }
        if (relation == null || relation.isBlank() || relation.length() > 30) {
            throw new InvalidInputException("relation", "care.request.error.relation");
        }
        // a resident account that exists: a typo would otherwise link nobody, silently
        if (accounts.find(username.strip()).filter(a -> a.role() == Role.RESIDENT).isEmpty()) {
            throw new InvalidInputException("username", "care.request.error.resident", username.strip());
        }
        requests.linkFamily(elderId, username.strip(), relation.strip(), actor.username());
        audit.record(actor, "care.family.linked", "elder", elderId, username.strip() + " as " + relation.strip());
    }

    @Transactional
    public void unlinkFamily(Actor actor, long elderId, String username) {
        keeper(actor, elderId);
        if (requests.unlinkFamily(elderId, username)) {
            audit.record(actor, "care.family.unlinked", "elder", elderId, username);
        }
    }

    /** The elders a resident account may file for and follow. */
    @Transactional(readOnly = true)
    public List<LinkedElder> linkedElders(Actor actor) {
        if (!actor.is(Role.RESIDENT)) {
            throw new AccessDeniedException("for resident accounts");
        }
        return requests.linkedElders(actor.username());
    }

    /** The accounts linked to an elder: for whoever keeps the elder's record (the community's staff, dispatch center). */
    @Transactional(readOnly = true)
    public List<FamilyLink> familyLinks(Actor actor, long elderId) {
        keeper(actor, elderId);
        return requests.familyLinks(elderId);
    }

    /** An elder's series: for whoever may file for the elder. */
    @Transactional(readOnly = true)
    public List<Series> seriesOf(Actor actor, long elderId) {
        RequestRepository.ElderFacts elder = requests.elder(elderId).orElseThrow(() -> new NotFoundException("care.elder", elderId));
        if (!mayFileFor(actor, elder)) {
            throw new NotFoundException("care.elder", elderId);
        }
        return requests.seriesOf(elderId);
    }

    /**
     * Stops a series: no request is created after today, and its later requests still open or assigned are cancelled
     * (each announced, so a planned day is marked stale). Whoever may file for the elder; audited.
     *
     * @return the requests cancelled
     */
    @Transactional
    public int stopSeries(Actor actor, long seriesId) {
        Series s = requests.series(seriesId).orElseThrow(() -> new NotFoundException("care.series", seriesId));
        RequestRepository.ElderFacts elder = requests.elder(s.elderId()).orElseThrow();
        if (!mayFileFor(actor, elder)) {
            throw new NotFoundException("care.series", seriesId);
        }
        LocalDate today = LocalDate.now(clock);
        if (!requests.stopSeries(seriesId, today)) {
            throw new ConflictException("care.series.conflict.stopped", seriesId);
        }
        List<Long> cancelled = requests.cancelSeriesAfter(seriesId, today, "series stopped by " + actor.username());
        cancelled.forEach(id -> events.publishEvent(new RequestCancelled(get(id))));
        audit.record(actor, "care.series.stopped", "care_request_series", seriesId, cancelled.size() + " later requests cancelled");
        return cancelled.size();
    }

    private RequestRepository.ElderFacts keeper(Actor actor, long elderId) {
        RequestRepository.ElderFacts elder = requests.elder(elderId).orElseThrow(() -> new NotFoundException("care.elder", elderId));
        if (!actor.canManageElder(elder.communityId())) {
            throw new AccessDeniedException("elders of community " + elder.communityId() + " are not kept by this account");
        }
        return elder;
    }

    /** How a resident account is linked to an elder ({@code SELF}: the elder's own account), if it is. */
    public Optional<String> familyRelation(Actor actor, long elderId) {
        return actor.is(Role.RESIDENT) && actor.username() != null
                ? requests.familyRelation(elderId, actor.username()) : Optional.empty();
    }

    /** The caregiver row a caregiver account stands for, if linked. */
    public Optional<Long> caregiverOf(Actor actor) {
        return actor.is(Role.CAREGIVER) ? requests.caregiverOf(actor.username()) : Optional.empty();
    }

    private RequestRepository.ElderFacts elder(Actor actor, Long elderId, List<FieldProblem> problems) {
        if (elderId == null) {
            problems.add(new FieldProblem("elderId", "care.request.error.elder"));
            return null;
        }
        RequestRepository.ElderFacts elder = requests.elder(elderId).orElse(null);
        if (elder == null || !mayFileFor(actor, elder)) {
            // like part A: an elder out of scope does not exist for this account
            throw new NotFoundException("care.elder", elderId);
        }
        return elder;
    }

    private boolean mayFileFor(Actor actor, RequestRepository.ElderFacts elder) {
        return switch (actor.role() == null ? Role.RESIDENT : actor.role()) {
            case CARE_DISPATCHER -> true;
            case COMMUNITY_STAFF -> actor.canManageCommunity(elder.communityId());
            case RESIDENT -> actor.username() != null && requests.familyRelation(elder.id(), actor.username()).isPresent();
            default -> false;
        };
    }

    private Channel channel(Actor actor, RequestRepository.ElderFacts elder) {
        if (actor.is(Role.CARE_DISPATCHER)) {
            return Channel.DISPATCHER_PHONE;
        }
        if (actor.is(Role.COMMUNITY_STAFF) && actor.canManageCommunity(elder.communityId())) {
            return Channel.COMMUNITY_STAFF;
        }
        if (actor.is(Role.RESIDENT)) {
            String relation = requests.familyRelation(elder.id(), actor.username())
                    .orElseThrow(() -> new NotFoundException("care.elder", elder.id()));
            return SELF.equals(relation) ? Channel.ELDER_ONLINE : Channel.FAMILY_ONLINE;
        }
        throw new AccessDeniedException("role " + actor.role() + " does not file care requests");
    }

    private ServiceType service(String code, List<FieldProblem> problems) {
        if (code == null || code.isBlank() || !catalogue.exists(code)) {
            problems.add(new FieldProblem("service", "care.request.error.service"));
            return null;
        }
        ServiceType type = catalogue.get(code);
        if (!type.active()) {
            problems.add(new FieldProblem("service", "care.request.error.serviceInactive"));
        }
        return type;
    }

    private static void window(LocalDate day, LocalTime from, LocalTime to, LocalDateTime now, List<FieldProblem> problems) {
        if (day == null) {
            problems.add(new FieldProblem("day", "care.request.error.day"));
        } else if (day.isBefore(now.toLocalDate())) {
            problems.add(new FieldProblem("day", "care.request.error.past"));
        }
        if (from == null) {
            problems.add(new FieldProblem("windowStart", "care.request.error.windowStart"));
        }
        if (to == null) {
            problems.add(new FieldProblem("windowEnd", "care.request.error.windowEnd"));
        } else if (from != null && to.isBefore(from)) {
            problems.add(new FieldProblem("windowEnd", "care.request.error.window"));
        } else if (day != null && day.equals(now.toLocalDate()) && to.isBefore(now.toLocalTime())) {
            problems.add(new FieldProblem("windowEnd", "care.request.error.windowPassed"));
        }
    }

    private static void notes(String notes, List<FieldProblem> problems) {
        if (notes != null && notes.length() > NOTES_MAX) {
            problems.add(new FieldProblem("notes", "care.request.error.notes", NOTES_MAX));
        }
    }

    private static LocalTime latest(LocalTime from, Duration window) {
        LocalTime to = from.plus(window);
        return to.isBefore(from) ? LocalTime.of(23, 59) : to; // no window runs past midnight
    }

    private CareRequest withPlace(CareRequest r) {
        return place(r, compounds.get(r.compoundId()));
    }

    private List<CareRequest> withPlaces(List<CareRequest> list) {
        if (list.isEmpty()) {
            return list;
        }
        Map<Long, Compound> byId = compounds.all().stream().collect(Collectors.toMap(Compound::id, Function.identity()));
        return list.stream().map(r -> place(r, byId.get(r.compoundId()))).toList();
    }

    private static CareRequest place(CareRequest r, Compound c) {
        return new CareRequest(r.id(), r.elderId(), r.elderName(), r.stationId(), r.stationName(), r.communityId(),
                r.compoundId(), c.name(), c.lon(), c.lat(), r.serviceCode(), r.day(), r.windowStart(), r.windowEnd(),
                r.durationMinutes(), r.notes(), r.channel(), r.requestedBy(), r.priority(), r.status(), r.version(),
                r.seriesId(), r.caregiverId(), r.caregiverName(), r.bookedFrom(), r.bookedUntil(), r.assignedBy(),
                r.overrideReason(), r.createdAt());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
