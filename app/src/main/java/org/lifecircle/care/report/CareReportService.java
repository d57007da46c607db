package org.lifecircle.care.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lifecircle.atlas.compound.Compound;
import org.lifecircle.atlas.compound.CompoundService;
import org.lifecircle.atlas.division.Community;
import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.care.report.CareReport.Level;
import org.lifecircle.care.report.CareReport.Place;
import org.lifecircle.care.report.CareReport.Row;
import org.lifecircle.care.report.CareReportRepository.Breakdown;
import org.lifecircle.care.report.CareReportRepository.Filter;
import org.lifecircle.care.report.CareReportRepository.Key;
import org.lifecircle.care.request.RequestService;
import org.lifecircle.care.station.CareStation;
import org.lifecircle.care.station.StationService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a report for an account: the dispatch center and district administrators see the district (or any station or
 * community they choose), community staff their own community and its stations only; another community's station or
 * community is refused (403, as stations and routes are), an unknown one is 404; every other role is refused.
 */
@Service
public class CareReportService {

    private final CareReportRepository figures;
    private final ElderCoverage coverage;
    private final StationService stations;
    private final DivisionService divisions;
    private final CompoundService compounds;
    private final Clock clock = Clock.system(RequestService.ZONE);

    CareReportService(CareReportRepository figures, ElderCoverage coverage, StationService stations, DivisionService divisions,
                      CompoundService compounds) {
        this.figures = figures;
        this.coverage = coverage;
        this.stations = stations;
        this.divisions = divisions;
        this.compounds = compounds;
    }

    /** Whether this account may open the reports at all (the page's and the menu's question). */
    public static boolean mayRead(Actor actor) {
        return actor.is(Role.CARE_DISPATCHER) || actor.isAdmin() || (actor.is(Role.COMMUNITY_STAFF) && actor.communityId() != null);
    }

    /** What a report covers after the account's scope: at most one of community and station. */
    record Scope(Place place, Long community, Long station) {
    }

    /** The scope asked for, checked against the account. */
    Scope scope(Actor actor, Long stationId, Long communityId) {
        if (!mayRead(actor)) {
            throw new AccessDeniedException("care reports are for the dispatch center, district administrators and community staff");
        }
        if (stationId != null) {
            CareStation station = stations.get(stationId); // 404 when unknown
            if (!mayReadCommunity(actor, station.communityId())
                    || (communityId != null && communityId != station.communityId())) {
                throw new AccessDeniedException("station " + stationId + " is not in this account's scope");
            }
            return new Scope(new Place(Level.STATION, station.id(), station.name(), shortName(station.communityName())),
                    actor.is(Role.COMMUNITY_STAFF) ? actor.communityId() : null, station.id());
        }
        Long community = communityId != null ? communityId : actor.is(Role.COMMUNITY_STAFF) ? actor.communityId() : null;
        if (community == null) {
            return new Scope(new Place(Level.DISTRICT, null, null, null), null, null);
        }
        Community c = divisions.community(community); // 404 when unknown
        if (!mayReadCommunity(actor, community)) {
            throw new AccessDeniedException("community " + community + " is not in this account's scope");
        }
        return new Scope(new Place(Level.COMMUNITY, c.id(), c.shortName(), null), community, null);
    }

    private static boolean mayReadCommunity(Actor actor, long community) {
        return !actor.is(Role.COMMUNITY_STAFF) || actor.canManageCommunity(community);
    }

    /** The stations an account may filter by (the page's choices). */
    public List<CareStation> stationChoices(Actor actor) {
        return actor.is(Role.COMMUNITY_STAFF) ? stations.find(actor.communityId()) : stations.find(null);
    }

    /** The communities an account may filter by: those with a station, or the staff's own. */
    public List<Community> communityChoices(Actor actor) {
        Set<Long> withStations = stations.find(null).stream().map(CareStation::communityId).collect(Collectors.toSet());
        return divisions.communities(null).stream()
                .filter(c -> actor.is(Role.COMMUNITY_STAFF) ? c.id() == actor.communityId() : withStations.contains(c.id()))
                .toList();
    }

    @Transactional(readOnly = true)
    public CareReport report(Actor actor, LocalDate from, LocalDate to, Long stationId, Long communityId) {
        Scope scope = scope(actor, stationId, communityId);
        Instant now = clock.instant();
        ReportPeriod period = ReportPeriod.of(from, to, LocalDate.ofInstant(now, RequestService.ZONE));
        Filter filter = new Filter(period.from(), period.to(), scope.community(), scope.station(), now);

        Map<Long, String> communityNames = divisions.communities(null).stream()
                .collect(Collectors.toMap(Community::id, Community::shortName));
        List<CareStation> allStations = stations.find(null);
        List<CareStation> inScope = allStations.stream()
                .filter(s -> scope.station() == null ? scope.community() == null || s.communityId() == scope.community()
                        : s.id() == scope.station())
                .toList();

        Map<Key, Row> rows = figures.rows(filter);
        Map<Key, Map<String, Long>> channels = figures.breakdown(filter, Breakdown.CHANNEL);
        Map<Key, Map<String, Long>> services = figures.breakdown(filter, Breakdown.SERVICE);
        Function<Key, Row> complete = key -> withBreakdowns(rows.getOrDefault(key, empty()), channels.get(key), services.get(key));

        Map<Long, CareStation> stationById = allStations.stream().collect(Collectors.toMap(CareStation::id, s -> s));
        List<Long> stationIds = new ArrayList<>(inScope.stream().map(CareStation::id).toList());
        rows.keySet().stream().filter(k -> k.level() == Level.STATION && !stationIds.contains(k.id())).forEach(k -> stationIds.add(k.id()));
        List<Row> stationRows = stationIds.stream().map(id -> {
            CareStation s = stationById.get(id);
            return place(complete.apply(new Key(Level.STATION, id)),
                    new Place(Level.STATION, id, s.name(), communityNames.get(s.communityId())));
        }).toList();

        List<Long> communityIds = new ArrayList<>();
        inScope.forEach(s -> {
            if (!communityIds.contains(s.communityId()) && (scope.community() == null || scope.community() == s.communityId())) {
                communityIds.add(s.communityId());
            }
        });
        if (scope.community() != null && !communityIds.contains(scope.community())) {
            communityIds.add(scope.community());
        }
        rows.keySet().stream().filter(k -> k.level() == Level.COMMUNITY && !communityIds.contains(k.id())).forEach(k -> communityIds.add(k.id()));
        List<Row> communityRows = communityIds.stream()
                .map(id -> place(complete.apply(new Key(Level.COMMUNITY, id)), new Place(Level.COMMUNITY, id, communityNames.get(id), null)))
                .sorted(Comparator.comparing(r -> r.place().name() == null ? "" : r.place().name()))
                .toList();
        // the total of the scope (the district, or the chosen community or station), labelled "total" in every scope
        Place totalPlace = new Place(Level.DISTRICT, null, null, null);
        Row total = place(complete.apply(new Key(Level.DISTRICT, null)), totalPlace);

        Map<Long, Compound> compoundById = compounds.all().stream().collect(Collectors.toMap(Compound::id, c -> c));
        CareReport.CoverageReport covered = coverage.coverage(figures.elders(filter), allStations, inScope, compoundById,
                communityNames, totalPlace);
        return new CareReport(period, now, scope.place(), stationRows, communityRows, total, figures.days(filter),
                workloads(filter), covered);
    }

    private List<CareReport.Workload> workloads(Filter filter) {
        Map<Long, Set<LocalDate>> absent = figures.absences(filter);
        return figures.caregivers(filter).stream().map(c -> {
            double working = WorkingTime.minutes(c.workingHours(), filter.from(), filter.to(),
                    absent.getOrDefault(c.id(), Set.of())) / 60.0;
            return new CareReport.Workload(c.id(), c.name(), c.stationId(), c.stationName(), c.active(), c.visits(),
                    c.completed(), c.visitHours(), c.bookedHours(), working, share(c.visitHours(), working),
                    share(c.bookedHours(), working), new CareReport.Ratings(c.ratings(), c.ratingAverage()));
        }).toList();
    }

    private static Double share(double part, double whole) {
        return whole > 0 ? part / whole : null;
    }

    private static Row withBreakdowns(Row r, Map<String, Long> channels, Map<String, Long> services) {
        CareReport.Requests q = r.requests();
        return new Row(r.place(), new CareReport.Requests(q.total(), q.cancelled(), q.normal(), q.emergency(),
                channels == null ? Map.of() : new LinkedHashMap<>(channels), services == null ? Map.of() : new LinkedHashMap<>(services)),
                r.completion(), r.punctuality(), r.verification(), r.emergencies(), r.ratings());
    }

    private static Row place(Row r, Place place) {
        return new Row(place, r.requests(), r.completion(), r.punctuality(), r.verification(), r.emergencies(), r.ratings());
    }

    /** The figures of a place without requests in the period. */
    static Row empty() {
        CareReport.Times none = new CareReport.Times(0, null, null, null);
        return new Row(null, new CareReport.Requests(0, 0, 0, 0, Map.of(), Map.of()),
                new CareReport.Completion(0, 0, 0, 0, 0, 0, 0, 0, 0, null),
                new CareReport.Punctuality(0, 0, 0, 0, null, null, null, 0, 0),
                new CareReport.Verification(0, 0, 0, 0, 0, 0, 0, null),
                new CareReport.Emergencies(0, 0, none, none), new CareReport.Ratings(0, null));
    }

    private static String shortName(String communityName) {
        return communityName == null ? null : communityName.replaceFirst("(居民委员会|居委会)$", "");
    }
}
