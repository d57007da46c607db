package org.lifecircle.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.lifecircle.care.caregiver.Caregiver;
import org.lifecircle.care.caregiver.CaregiverService;
import org.lifecircle.care.catalogue.CatalogueService;
import org.lifecircle.care.catalogue.ServiceType;
import org.lifecircle.care.elder.ElderListItem;
import org.lifecircle.care.elder.ElderService;
import org.lifecircle.care.report.CareHistory;
import org.lifecircle.care.report.CareHistory.PastRequest;
import org.lifecircle.care.request.RequestService;
import org.lifecircle.care.station.CareStation;
import org.lifecircle.care.station.StationService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.Role;
import org.lifecircle.shared.Paged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Four weeks of made-up home-care history for the demo elders, so the reports have something to show on a fresh demo:
 * requests on working days with visits checked in and out, some late, some early, a few missed, not home or refused,
 * a few positions that did not match (accepted, one rejected, the latest still open), ratings, three emergencies and
 * a few cancellations. Generated with a fixed seed (the same history relative to the day it is loaded), written once
 * in bulk as {@value #AUTHOR} with the note "示范历史数据 / demo history", so it is plainly demo data.
 */
@Component
class DemoCareHistory {

    static final String AUTHOR = "demo.history";
    static final int DAYS = 28;
    private static final Logger log = LoggerFactory.getLogger(DemoCareHistory.class);
    private static final Actor DISPATCH = new Actor("system", Role.CARE_DISPATCHER, null, null);
    private static final ZoneId ZONE = RequestService.ZONE;
    private static final LocalTime[] SLOTS = {LocalTime.of(8, 0), LocalTime.of(9, 0), LocalTime.of(10, 0),
            LocalTime.of(14, 0), LocalTime.of(15, 0)};
    private static final String[] SERVICES = {"MEAL_DELIVERY", "MEAL_DELIVERY", "MEAL_DELIVERY", "CLEANING", "CLEANING",
            "COMPANIONSHIP", "COMPANIONSHIP", "HEALTH_CHECK", "HEALTH_CHECK", "BATHING"};
    private static final String[] CHANNELS = {"DISPATCHER_PHONE", "DISPATCHER_PHONE", "DISPATCHER_PHONE", "DISPATCHER_PHONE",
            "FAMILY_ONLINE", "FAMILY_ONLINE", "COMMUNITY_STAFF", "COMMUNITY_STAFF", "ELDER_ONLINE", "FAMILY_ONLINE"};
    private static final int[] RATINGS = {5, 5, 5, 5, 4, 4, 4, 3, 2};
    /** The days before today on which an emergency was filed. */
    private static final List<Integer> EMERGENCY_DAYS = List.of(20, 11, 4);

    private final CareHistory history;
    private final ElderService elders;
    private final StationService stations;
    private final CaregiverService caregivers;
    private final CatalogueService catalogue;

    DemoCareHistory(CareHistory history, ElderService elders, StationService stations, CaregiverService caregivers,
                    CatalogueService catalogue) {
        this.history = history;
        this.elders = elders;
        this.stations = stations;
        this.caregivers = caregivers;
        this.catalogue = catalogue;
    }

    boolean loaded() {
        return history.writtenBy(AUTHOR);
    }

    /** @return the requests written */
    int load() {
        List<ElderListItem> people = elders.find(DISPATCH, null, new Paged.Request(0, 100)).items();
        List<Caregiver> staff = caregivers.find(null).stream().filter(Caregiver::active).toList();
        if (people.isEmpty() || staff.isEmpty()) {
            return 0;
        }
        Map<String, Long> stationByName = new HashMap<>();
        stations.find(null).forEach((CareStation s) -> stationByName.put(s.name(), s.id()));
        Random random = new Random(20_261_207L);
        LocalDate today = LocalDate.now(ZONE);
        Bookings bookings = new Bookings();
        List<PastRequest> past = new ArrayList<>();
        for (int back = DAYS; back >= 1; back--) {
            LocalDate day = today.minusDays(back);
            if (EMERGENCY_DAYS.contains(back)) {
                emergency(random, EMERGENCY_DAYS.indexOf(back), day, people, staff, stationByName, bookings).ifPresent(past::add);
            }
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (ElderListItem elder : people) {
                if (random.nextDouble() < 0.3) {
                    request(random, day, back, elder, staff, stationByName, bookings).ifPresent(past::add);
                }
            }
        }
        history.write(AUTHOR, past);
        log.info("Demo data: {} days of home-care history, {} requests", DAYS, past.size());
        return past.size();
    }

    private Optional<PastRequest> request(Random random, LocalDate day, int back, ElderListItem elder,
                                                    List<Caregiver> staff, Map<String, Long> stationByName, Bookings bookings) {
        ServiceType service = catalogue.get(SERVICES[random.nextInt(SERVICES.length)]);
        LocalTime from = SLOTS[random.nextInt(SLOTS.length)];
        LocalTime to = from.plusHours(1);
        String channel = CHANNELS[random.nextInt(CHANNELS.length)];
        Instant created = day.minusDays(1 + random.nextInt(3)).atTime(9 + random.nextInt(9), random.nextInt(60)).atZone(ZONE).toInstant();
        double fate = random.nextDouble();
        if (fate < 0.03) {
            return Optional.of(new PastRequest(elder.id(), service.code(), day, from, to, false, channel, created, true,
                    null, null, null, null, null, null, null, null, List.of()));
        }
        Caregiver who = bookings.free(staff, stationByName.get(elder.stationName()), service, day, from).orElse(null);
        if (who == null) {
            return Optional.empty();
        }
        Instant assigned = created.plusSeconds(60L * (10 + random.nextInt(110)));
        if (fate < 0.08) { // missed: flagged late, then missed
            return Optional.of(new PastRequest(elder.id(), service.code(), day, from, to, false, channel, created, false,
                    who.id(), assigned, null, null, null, null, null, null, List.of("LATE", "MISSED")));
        }
        double timing = random.nextDouble();
        LocalTime in;
        List<String> flags = List.of();
        if (timing < 0.12) {
            in = to.plusMinutes(5 + random.nextInt(41));
            flags = List.of("LATE");
        } else if (timing < 0.17) {
            in = from.minusMinutes(5 + random.nextInt(6));
        } else {
            in = from.plusMinutes(random.nextInt(56));
        }
        double result = random.nextDouble();
        String outcome = result < 0.90 ? "COMPLETED" : result < 0.95 ? "NOT_HOME" : result < 0.98 ? "REFUSED" : "ABORTED";
        int minutes = switch (outcome) {
            case "NOT_HOME" -> 5;
            case "REFUSED" -> 10;
            case "ABORTED" -> service.durationMinutes() / 2;
            default -> service.durationMinutes() - 10 + random.nextInt(21);
        };
        double position = random.nextDouble();
        String check = position < 0.04 ? "MISMATCH" : position < 0.07 ? "NO_POSITION" : "MATCHED";
        String exception = check.equals("MATCHED") ? null : back <= 2 ? "OPEN" : position < 0.01 ? "REJECTED" : "ACCEPTED";
        Integer rating = outcome.equals("COMPLETED") && random.nextDouble() < 0.55 ? RATINGS[random.nextInt(RATINGS.length)] : null;
        Instant checkIn = day.atTime(in).atZone(ZONE).toInstant();
        return Optional.of(new PastRequest(elder.id(), service.code(), day, from, to, false, channel, created, false,
                who.id(), assigned, checkIn, checkIn.plusSeconds(60L * minutes), check, exception, outcome, rating, flags));
    }

    private Optional<PastRequest> emergency(Random random, int nth, LocalDate day, List<ElderListItem> people,
                                                      List<Caregiver> staff, Map<String, Long> stationByName, Bookings bookings) {
        ElderListItem elder = people.get(random.nextInt(people.size()));
        ServiceType service = catalogue.get("EMERGENCY_VISIT");
        LocalTime filed = LocalTime.of(11, 10 + random.nextInt(30));
        Caregiver who = bookings.free(staff, stationByName.get(elder.stationName()), service, day, filed).orElse(null);
        if (who == null) {
            return Optional.empty();
        }
        Instant created = day.atTime(filed).atZone(ZONE).toInstant();
        // the n-th emergency waited a little longer for its caregiver than the one before, so the figures spread
        Instant checkIn = created.plusSeconds(60L * (12 + 8 * nth + random.nextInt(6)));
        return Optional.of(new PastRequest(elder.id(), service.code(), day, filed, filed.plusMinutes(30), true,
                "DISPATCHER_PHONE", created, false, who.id(), created.plusSeconds(60L * (2 + 3 * nth + random.nextInt(3))), checkIn,
                checkIn.plusSeconds(60L * service.durationMinutes()), "MATCHED", null, "COMPLETED", 5, List.of()));
    }

    /** Who is booked when, so the made-up history never books a caregiver twice. */
    private static final class Bookings {
        private final Map<String, List<int[]>> taken = new HashMap<>();

        /** A caregiver with the skills, the elder's station first, free for the service from {@code start}. */
        Optional<Caregiver> free(List<Caregiver> staff, Long station, ServiceType service, LocalDate day, LocalTime start) {
            int from = start.toSecondOfDay() / 60;
            int until = from + service.durationMinutes() + 60; // the window's hour plus the work
            List<Caregiver> ordered = new ArrayList<>(staff.stream().filter(c -> station != null && c.stationId() == station).toList());
            staff.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
            for (Caregiver c : ordered) {
                long needed = service.requiredSkillBits();
                if ((c.skillBits(day) & needed) != needed) {
                    continue;
                }
                List<int[]> list = taken.computeIfAbsent(c.id() + "/" + day, k -> new ArrayList<>());
                if (list.stream().noneMatch(b -> b[0] < until && from < b[1])) {
                    list.add(new int[] {from, until});
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }
}
