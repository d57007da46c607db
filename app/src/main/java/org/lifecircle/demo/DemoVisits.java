package org.lifecircle.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.lifecircle.atlas.compound.Compound;
import org.lifecircle.atlas.compound.CompoundService;
import org.lifecircle.care.caregiver.Caregiver;
import org.lifecircle.care.caregiver.CaregiverForm;
import org.lifecircle.care.caregiver.CaregiverService;
import org.lifecircle.care.caregiver.Skill;
import org.lifecircle.care.caregiver.TravelMode;
import org.lifecircle.care.dispatch.DispatchService;
import org.lifecircle.care.elder.ElderListItem;
import org.lifecircle.care.elder.ElderService;
import org.lifecircle.care.request.CareRequest;
import org.lifecircle.care.request.Priority;
import org.lifecircle.care.request.RequestForm;
import org.lifecircle.care.request.RequestService;
import org.lifecircle.care.request.RequestStatus;
import org.lifecircle.care.visit.Outcome;
import org.lifecircle.care.visit.Position;
import org.lifecircle.care.visit.VisitService;
import org.lifecircle.identity.Account;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.Role;
import org.lifecircle.shared.Paged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The visits demo, on every start: the demo caregiver account {@code caregiver.rydl} linked to a caregiver of its
 * station, the demo {@code resident} account linked to one of the station's elders, and — once a day, when the
 * station has no request today — three requests of today assigned to that caregiver, the first already visited
 * (checked in and out at the elder's compound), so "My day", the family page and the board have something to show.
 * Windows are set from the time of the start; outside the caregiver's hours they stay open for the dispatcher.
 */
@Component
class DemoVisits {

    private static final Logger log = LoggerFactory.getLogger(DemoVisits.class);
    static final String CAREGIVER = "caregiver.rydl";
    static final String RESIDENT = "resident";
    private static final Actor DISPATCH = new Actor("dispatcher", Role.CARE_DISPATCHER, null, null);

    private final AccountService accounts;
    private final CaregiverService caregivers;
    private final ElderService elders;
    private final RequestService requests;
    private final DispatchService dispatch;
    private final VisitService visits;
    private final CompoundService compounds;

    DemoVisits(AccountService accounts, CaregiverService caregivers, ElderService elders, RequestService requests,
               DispatchService dispatch, VisitService visits, CompoundService compounds) {
        this.accounts = accounts;
        this.caregivers = caregivers;
        this.elders = elders;
        this.requests = requests;
        this.dispatch = dispatch;
        this.visits = visits;
        this.compounds = compounds;
    }

    void ensure() {
        Account account = accounts.find(CAREGIVER).orElse(null);
        if (account == null || account.careStationId() == null) {
            return;
        }
        long station = account.careStationId();
        Caregiver caregiver = linkedCaregiver(station);
        Actor caregiverActor = account.actor();
        List<ElderListItem> theirs = elders.find(new Actor("system", Role.CAREGIVER, null, null, station), null,
                new Paged.Request(0, 3)).items();
        if (theirs.isEmpty()) {
            return;
        }
        Actor resident = new Actor(RESIDENT, Role.RESIDENT, null, null);
        if (accounts.find(RESIDENT).isPresent() && theirs.stream().allMatch(e -> requests.familyRelation(resident, e.id()).isEmpty())) {
            requests.linkFamily(DISPATCH, theirs.get(0).id(), RESIDENT, "女儿");
        }
        LocalDate today = LocalDate.now(RequestService.ZONE);
        if (!requests.ofStation(station, today, List.of(RequestStatus.values())).isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(RequestService.ZONE).truncatedTo(ChronoUnit.MINUTES);
        String[] services = {"MEAL_DELIVERY", "COMPANIONSHIP", "MEAL_DELIVERY"};
        List<CareRequest> filed = new ArrayList<>();
        for (int i = 0; i < theirs.size(); i++) {
            LocalDateTime from = now.plusMinutes(i == 0 ? -20 : 40 + 90L * (i - 1));
            LocalDateTime to = from.plusMinutes(60);
            if (!from.toLocalDate().equals(today) || !to.toLocalDate().equals(today)) {
                continue; // a window past midnight cannot be filed for today
            }
            filed.add(requests.file(DISPATCH, new RequestForm(theirs.get(i).id(), services[i], today, from.toLocalTime(),
                    to.toLocalTime(), "示范数据", Priority.NORMAL)));
        }
        int assigned = 0;
        for (CareRequest r : filed) {
            try {
                dispatch.assign(DISPATCH, r.id(), caregiver.id(), r.version(), "示范：派给演示护理员");
                assigned++;
            } catch (RuntimeException e) {
                log.info("Demo data: request {} left open for the dispatcher ({})", r.id(), e.getMessage());
            }
        }
        CareRequest first = filed.isEmpty() ? null : requests.get(filed.get(0).id());
        if (first != null && first.status() == RequestStatus.ASSIGNED) {
            Compound home = compounds.get(first.compoundId());
            Position atTheDoor = new Position(home.lon() + 0.0003, home.lat(), 25.0);
            visits.checkIn(caregiverActor, first.id(), null, atTheDoor);
            visits.checkOut(caregiverActor, first.id(), null, atTheDoor, Outcome.COMPLETED, "示范：已送餐，老人精神好。");
        }
        log.info("Demo data: {} requests of today for {} ({} assigned)", filed.size(), CAREGIVER, assigned);
    }

    /** The station's caregiver that the demo account signs in as: linked once, with long enough hours to show a day. */
    private Caregiver linkedCaregiver(long station) {
        List<Caregiver> crew = caregivers.find(station);
        Caregiver linked = crew.stream().filter(c -> CAREGIVER.equals(c.username())).findFirst().orElse(null);
        if (linked != null) {
            return linked;
        }
        Caregiver chosen = crew.stream().filter(c -> c.skills().stream().anyMatch(k -> k.skill() == Skill.MEAL_DELIVERY))
                .findFirst().orElse(null);
        CaregiverForm form = new CaregiverForm();
        form.setStationId(station);
        form.setName(chosen == null ? "护理员（示范）" : chosen.name());
        form.setPhone(chosen == null ? "13700009999" : chosen.phone());
        form.setTravelMode(chosen == null ? TravelMode.E_BIKE : chosen.travelMode());
        form.setWorkingHours("Mo-Su 06:00-23:00");
        form.setUsername(CAREGIVER);
        List<CaregiverForm.SkillEntry> skills = new ArrayList<>();
        for (Skill skill : List.of(Skill.BASIC_CARE, Skill.MEAL_DELIVERY, Skill.BATHING)) {
            CaregiverForm.SkillEntry entry = new CaregiverForm.SkillEntry();
            entry.setSkill(skill);
            entry.setCertificateNo("DEMO-V" + skill.ordinal());
            entry.setExpiresOn(LocalDate.of(2028, 12, 31));
            skills.add(entry);
        }
        form.setSkills(skills);
        return chosen == null ? caregivers.create(Actor.SYSTEM, form) : caregivers.update(Actor.SYSTEM, chosen.id(), form);
    }
}
