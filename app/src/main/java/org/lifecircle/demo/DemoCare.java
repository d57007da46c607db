package org.lifecircle.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lifecircle.atlas.compound.Compound;
import org.lifecircle.atlas.compound.CompoundService;
import org.lifecircle.care.caregiver.CaregiverForm;
import org.lifecircle.care.caregiver.CaregiverService;
import org.lifecircle.care.caregiver.Skill;
import org.lifecircle.care.caregiver.TravelMode;
import org.lifecircle.care.elder.AssessmentForm;
import org.lifecircle.care.elder.ConsentForm;
import org.lifecircle.care.elder.Consent;
import org.lifecircle.care.elder.ContactForm;
import org.lifecircle.care.elder.ElderForm;
import org.lifecircle.care.elder.ElderRecords;
import org.lifecircle.care.elder.ElderService;
import org.lifecircle.care.elder.ElderView;
import org.lifecircle.care.elder.IdCardNumber;
import org.lifecircle.care.station.CareStation;
import org.lifecircle.care.station.StationForm;
import org.lifecircle.care.station.StationService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The home-care demo: a station in every demo community that has compounds (a station needs a position, and only
 * those communities have one), two caregivers at the first stations, and twenty fictional elders. The elders carry
 * the textbook placeholder names (张三, 李四, …), ID numbers with the check character right but serials 9xx and
 * phones 1380000xxxx / 1390000xxxx, so nobody mistakes them for real people. Loaded once, when there is no station.
 */
@Component
class DemoCare {

    private static final Logger log = LoggerFactory.getLogger(DemoCare.class);
    /** Elders are registered the way the dispatch center would; stations and caregivers by the district. */
    private static final Actor DISPATCH = new Actor("system", Role.CARE_DISPATCHER, null, null);
    private static final String[] NAMES = {"张三", "李四", "王五", "赵六", "钱七", "孙八", "周九", "吴十", "郑一", "冯二",
            "陈三", "褚四", "卫五", "蒋六", "沈七", "韩八", "杨九", "朱十", "秦一", "尤二"};

    /** The heavenly stems, in order: 护理员甲, 护理员乙, … (adding to the character code skipped to rare characters). */
    private static final String[] CREW = {"甲", "乙", "丙", "丁", "戊", "己"};

    private final StationService stations;
    private final CaregiverService caregivers;
    private final ElderService elders;
    private final ElderRecords records;
    private final CompoundService compounds;

    DemoCare(StationService stations, CaregiverService caregivers, ElderService elders, ElderRecords records,
             CompoundService compounds) {
        this.stations = stations;
        this.caregivers = caregivers;
        this.elders = elders;
        this.records = records;
        this.compounds = compounds;
    }

    boolean loaded() {
        return !stations.find(null).isEmpty();
    }

    /** @return the stations created */
    int load() {
        Map<Long, List<Compound>> byCommunity = new LinkedHashMap<>();
        compounds.all().forEach(c -> byCommunity.computeIfAbsent(c.communityId(), k -> new ArrayList<>()).add(c));
        List<CareStation> created = new ArrayList<>();
        for (List<Compound> inCommunity : byCommunity.values()) {
            created.add(stations.create(Actor.SYSTEM, station(inCommunity.get(0))));
        }
        for (int i = 0; i < Math.min(3, created.size()); i++) {
            caregivers.create(Actor.SYSTEM, caregiver(created.get(i), "护理员" + CREW[2 * i], "1370000" + (1001 + 2 * i),
                    TravelMode.E_BIKE, List.of(Skill.BASIC_CARE, Skill.BATHING, Skill.MEAL_DELIVERY)));
            caregivers.create(Actor.SYSTEM, caregiver(created.get(i), "护理员" + CREW[2 * i + 1], "1370000" + (1002 + 2 * i),
                    TravelMode.WALK, List.of(Skill.BASIC_CARE, Skill.NURSING, Skill.CLEANING)));
        }
        List<Compound> all = byCommunity.values().stream().flatMap(List::stream).toList();
        for (int i = 0; i < NAMES.length && !all.isEmpty(); i++) {
            Compound home = all.get(i % all.size());
            CareStation station = created.stream().filter(s -> s.communityId() == home.communityId()).findFirst().orElseThrow();
            elder(i, home, station);
        }
        log.info("Demo data: {} care stations, {} caregivers, {} elders", created.size(),
                2 * Math.min(3, created.size()), all.isEmpty() ? 0 : NAMES.length);
        return created.size();
    }

    private static StationForm station(Compound first) {
        StationForm form = new StationForm();
        form.setCommunityId(first.communityId());
        form.setName(first.communityName().replaceFirst("(居民委员会|居委会)$", "") + "居家养老服务站");
        form.setAddress(first.address());
        form.setLon(first.lon());
        form.setLat(first.lat());
        form.setCrs("WGS84");
        form.setDayCareCapacity(20);
        form.setOpeningHours("Mo-Fr 08:00-18:00; Sa 09:00-12:00");
        form.setServices(List.of("MEAL_DELIVERY", "CLEANING", "BATHING", "COMPANIONSHIP", "DAY_CARE", "HEALTH_CHECK",
                "EMERGENCY_VISIT"));
        form.setHealthCenterName("社区卫生服务站（示范）");
        form.setHealthCenterPhone("0371-66660000");
        return form;
    }

    private static CaregiverForm caregiver(CareStation station, String name, String phone, TravelMode mode, List<Skill> skills) {
        CaregiverForm form = new CaregiverForm();
        form.setStationId(station.id());
        form.setName(name);
        form.setPhone(phone);
        form.setTravelMode(mode);
        form.setWorkingHours("Mo-Fr 08:00-17:00");
        List<CaregiverForm.SkillEntry> entries = new ArrayList<>();
        for (Skill skill : skills) {
            CaregiverForm.SkillEntry entry = new CaregiverForm.SkillEntry();
            entry.setSkill(skill);
            entry.setCertificateNo("DEMO-" + skill.name().charAt(0) + phone.substring(7));
            entry.setExpiresOn(LocalDate.of(2028, 12, 31));
            entries.add(entry);
        }
        form.setSkills(entries);
        return form;
    }

    private void elder(int i, Compound home, CareStation station) {
        String birth = String.format("%04d%02d%02d", 1932 + i, 1 + i % 12, 1 + (i * 3) % 28);
        String serial = String.format("%03d", 901 + i);
        String seventeen = "410105" + birth + serial;
        ElderForm form = new ElderForm();
        form.setName(NAMES[i]);
        form.setIdNumber(seventeen + IdCardNumber.checkCharacter(seventeen));
        form.setPhone(String.format("1380000%04d", 1 + i));
        form.setCompoundId(home.id());
        form.setBuilding((1 + i % 9) + "号楼");
        form.setAddress(home.name() + " " + (1 + i % 9) + "号楼 " + (1 + i % 3) + "单元 " + (101 + i) + "室");
        form.setStationId(station.id());
        ElderView elder = elders.create(DISPATCH, form);

        ContactForm contact = new ContactForm();
        contact.setName(NAMES[(i + 7) % NAMES.length].charAt(0) + "家属");
        contact.setRelation(i % 2 == 0 ? "子女" : "配偶");
        contact.setPhone(String.format("1390000%04d", 1 + i));
        records.addContact(DISPATCH, elder.id(), contact);

        AssessmentForm assessment = new AssessmentForm();
        int[][] profiles = {{32, 16, 22, 20}, {28, 14, 20, 16}, {20, 10, 16, 10}, {12, 6, 12, 6}, {4, 2, 8, 4}};
        int[] scores = profiles[i % profiles.length];
        assessment.setSelfCare(scores[0]);
        assessment.setBasicMotor(scores[1]);
        assessment.setMentalState(scores[2]);
        assessment.setPerceptionSocial(scores[3]);
        assessment.setAssessor("评估员（示范）");
        assessment.setAssessedOn(LocalDate.of(2026, 10, 1 + i));
        records.assess(DISPATCH, elder.id(), assessment);

        if (i % 3 == 0) {
            ConsentForm consent = new ConsentForm();
            consent.setGivenBy(i % 2 == 0 ? Consent.GivenBy.ELDER : Consent.GivenBy.GUARDIAN);
            consent.setGuardianName(i % 2 == 0 ? null : contact.getName());
            consent.setGuardianRelation(i % 2 == 0 ? null : contact.getRelation());
            consent.setPurpose("上门照护、助餐和健康检查中使用健康信息（示范）");
            consent.setGivenOn(LocalDate.of(2026, 9, 1));
            records.recordConsent(DISPATCH, elder.id(), consent);
            records.setHealthNotes(DISPATCH, elder.id(), "高血压，每日服药；示范数据");
        }
    }
}
