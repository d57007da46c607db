package org.lifecircle.care.caregiver;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.lifecircle.atlas.importing.OpeningHours;
import org.lifecircle.care.PhoneNumber;
import org.lifecircle.care.station.CareStation;
import org.lifecircle.care.station.StationService;
import org.lifecircle.identity.Account;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.identity.Role;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.NotFoundException;
import org.lifecircle.shared.text.Pinyin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Caregivers: read by every care role (a caregiver sees colleagues of every station, since dispatch hands over
 * across stations), kept by district administrators and the staff of the station's community.
 */
@Service
public class CaregiverService {

    private static final String SELECT = "select g.*, s.name as station_name from caregiver g join care_station s on s.id = g.station_id";

    private final JdbcClient jdbc;
    private final StationService stations;
    private final AuditLog audit;
    private final AccountService accounts;

    CaregiverService(JdbcClient jdbc, StationService stations, AuditLog audit, AccountService accounts) {
        this.jdbc = jdbc;
        this.stations = stations;
        this.audit = audit;
        this.accounts = accounts;
    }

    /** @param stationId one station's caregivers, or null for all; by pinyin */
    public List<Caregiver> find(Long stationId) {
        List<Row> rows = jdbc.sql(SELECT + " where (cast(:station as bigint) is null or g.station_id = :station) order by g.name_sort")
                .param("station", stationId).query(CaregiverService::row).list();
        Map<Long, List<Caregiver.Certificate>> skills = jdbc.sql("""
                        select k.* from caregiver_skill k join caregiver g on g.id = k.caregiver_id
                        where (cast(:station as bigint) is null or g.station_id = :station) order by k.skill""")
                .param("station", stationId)
                .query((rs, n) -> Map.entry(rs.getLong("caregiver_id"), certificate(rs))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream().map(r -> r.with(skills.getOrDefault(r.id, List.of()))).toList();
    }

    public Caregiver get(long id) {
        Row row = jdbc.sql(SELECT + " where g.id = :id").param("id", id).query(CaregiverService::row).optional()
                .orElseThrow(() -> new NotFoundException("care.caregiver", id));
        return row.with(jdbc.sql("select * from caregiver_skill where caregiver_id = :id order by skill").param("id", id)
                .query((rs, n) -> certificate(rs)).list());
    }

    @Transactional
    public Caregiver create(Actor actor, CaregiverForm form) {
        String phone = check(actor, form);
        long id = jdbc.sql("""
                insert into caregiver (station_id, name, name_sort, name_initials, phone, travel_mode, working_hours, active,
                    username)
                values (:station, :name, :sort, :initials, :phone, :mode, :hours, :active, :username) returning id""")
                .params(columns(form, phone)).param("username", username(form, null)).query(Long.class).single();
        writeSkills(id, form);
        audit.record(actor, "care.caregiver.created", "caregiver", id, form.getName().strip());
        return get(id);
    }

    @Transactional
    public Caregiver update(Actor actor, long id, CaregiverForm form) {
        Caregiver before = get(id);
        requireManager(actor, before.stationId());
        String phone = check(actor, form);
        jdbc.sql("""
                update caregiver set station_id = :station, name = :name, name_sort = :sort, name_initials = :initials,
                    phone = :phone, travel_mode = :mode, working_hours = :hours, active = :active, username = :username,
                    updated_at = now()
                where id = :id""").params(columns(form, phone)).param("id", id).param("username", username(form, id)).update();
        jdbc.sql("delete from caregiver_skill where caregiver_id = :id").param("id", id).update();
        writeSkills(id, form);
        String after = blankToNull(form.getUsername());
        audit.record(actor, "care.caregiver.updated", "caregiver", id, before.name()
                + (Objects.equals(before.username(), after) ? "" : "; account " + before.username() + " -> " + after));
        return get(id);
    }

    private void requireManager(Actor actor, long stationId) {
        CareStation station = stations.get(stationId);
        if (!actor.canManageCommunity(station.communityId())) {
            throw new AccessDeniedException("caregivers of station " + stationId + " are not in this account's scope");
        }
    }

    /**
     * The account to link, checked: it must exist, have the caregiver role and belong to the caregiver's station, and
     * not stand for another caregiver already. Blank: not linked.
     */
    private String username(CaregiverForm form, Long id) {
        String username = blankToNull(form.getUsername());
        if (username == null) {
            return null;
        }
        Account account = accounts.find(username)
                .orElseThrow(() -> new InvalidInputException("username", "care.caregiver.username.unknown", username));
        if (account.role() != Role.CAREGIVER) {
            throw new InvalidInputException("username", "care.caregiver.username.role", username);
        }
        if (!Objects.equals(account.careStationId(), form.getStationId())) {
            throw new InvalidInputException("username", "care.caregiver.username.station", username);
        }
        boolean taken = jdbc.sql("select count(*) from caregiver where username = :u and (cast(:id as bigint) is null or id <> :id)")
                .param("u", account.username()).param("id", id).query(Long.class).single() > 0;
        if (taken) {
            throw new InvalidInputException("username", "care.caregiver.username.taken", username);
        }
        return account.username();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Checks scope and every rule; returns the normalised phone. */
    private String check(Actor actor, CaregiverForm form) {
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        try {
            requireManager(actor, form.getStationId());
        } catch (NotFoundException e) {
            problems.add(new InvalidInputException.FieldProblem("stationId", "care.caregiver.station.unknown", form.getStationId()));
        }
        String phone = null;
        try {
            phone = PhoneNumber.parse(form.getPhone(), "phone");
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        try {
            OpeningHours.parse(form.getWorkingHours());
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidInputException.FieldProblem("workingHours", "care.openingHours.invalid", e.getMessage()));
        }
        Set<Skill> seen = new HashSet<>();
        for (CaregiverForm.SkillEntry entry : form.getSkills()) {
            if (entry.getSkill() != null && !seen.add(entry.getSkill())) {
                problems.add(new InvalidInputException.FieldProblem("skills", "care.caregiver.skill.twice", entry.getSkill()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return phone;
    }

    private static Map<String, Object> columns(CaregiverForm form, String phone) {
        String name = form.getName().strip();
        return Map.of("station", form.getStationId(), "name", name, "sort", Pinyin.sortKey(name),
                "initials", Pinyin.initials(name), "phone", phone, "mode", form.getTravelMode().name(),
                "hours", form.getWorkingHours().strip(), "active", form.isActive());
    }

    private void writeSkills(long id, CaregiverForm form) {
        for (CaregiverForm.SkillEntry entry : form.getSkills()) {
            if (entry.getSkill() == null) {
                continue;
            }
            jdbc.sql("insert into caregiver_skill (caregiver_id, skill, certificate_no, expires_on) values (:id, :skill, :no, :until)")
                    .param("id", id).param("skill", entry.getSkill().name())
                    .param("no", entry.getCertificateNo() == null || entry.getCertificateNo().isBlank() ? null : entry.getCertificateNo().strip())
                    .param("until", entry.getExpiresOn()).update();
        }
    }

    private record Row(long id, long stationId, String stationName, String name, String initials, String phone,
                       TravelMode mode, String hours, boolean active, String username) {

        Caregiver with(List<Caregiver.Certificate> skills) {
            return new Caregiver(id, stationId, stationName, name, initials, phone, mode, hours, active, skills, username);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("station_id"), rs.getString("station_name"), rs.getString("name"),
                rs.getString("name_initials"), rs.getString("phone"), TravelMode.valueOf(rs.getString("travel_mode")),
                rs.getString("working_hours"), rs.getBoolean("active"), rs.getString("username"));
    }

    private static Caregiver.Certificate certificate(ResultSet rs) throws SQLException {
        return new Caregiver.Certificate(Skill.valueOf(rs.getString("skill")), rs.getString("certificate_no"),
                rs.getObject("expires_on", LocalDate.class));
    }
}
