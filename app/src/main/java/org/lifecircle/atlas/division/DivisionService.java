package org.lifecircle.atlas.division;

import java.util.List;

import org.lifecircle.atlas.Scope;
import org.lifecircle.atlas.importing.PhoneNumbers;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrative hierarchy: district → sub-district → community. The hierarchy itself comes
 * from the official division codes (imported); staff keep each committee's contacts current.
 */
@Service
public class DivisionService {

    private static final String COMMUNITY = """
            select m.id, m.sub_district_id, s.name as sub_district_name, m.code, m.name, m.name_en,
                   m.committee_address, m.phone, m.office_hours, m.lon, m.lat,
                   count(c.id) as compounds, coalesce(sum(c.households), 0) as households,
                   coalesce(sum(c.population), 0) as population
            from community m join sub_district s on s.id = m.sub_district_id
                 left join compound c on c.community_id = m.id
            """;
    private static final String COMMUNITY_GROUP = " group by m.id, s.name ";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    DivisionService(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Sub-districts sorted by pinyin, with their district and their number of communities and households. */
    public List<SubDistrict> subDistricts() {
        return jdbc.sql("""
                select s.id, s.code, s.name, s.name_en, s.office_address, s.phone,
                       (select count(*) from community m where m.sub_district_id = s.id) as communities,
                       (select coalesce(sum(c.households), 0) from compound c join community m on m.id = c.community_id
                         where m.sub_district_id = s.id) as households,
                       d.name as district_name, d.name_en as district_name_en
                from sub_district s join district d on d.id = s.district_id order by s.name_sort""")
                .query(SubDistrict.class).list();
    }

    /** Communities sorted by pinyin, all or one sub-district's. */
    public List<Community> communities(Long subDistrictId) {
        return jdbc.sql(COMMUNITY + " where (cast(:s as bigint) is null or m.sub_district_id = :s)"
                        + COMMUNITY_GROUP + " order by m.name_sort")
                .param("s", subDistrictId)
                .query(Community.class).list();
    }

    /** The communities whose compounds and facilities this actor may change. */
    public List<Community> communitiesManagedBy(Actor actor) {
        return communities(null).stream().filter(c -> actor.canManageCommunity(c.id())).toList();
    }

    public Community community(long id) {
        return jdbc.sql(COMMUNITY + " where m.id = :id" + COMMUNITY_GROUP).param("id", id)
                .query(Community.class).optional()
                .orElseThrow(() -> new NotFoundException("atlas.community", id));
    }

    /** A community by its official code (12-digit NBS code). */
    public java.util.Optional<Community> communityByCode(String code) {
        return jdbc.sql(COMMUNITY + " where m.code = :code" + COMMUNITY_GROUP).param("code", code)
                .query(Community.class).optional();
    }

    @Transactional
    public Community update(Actor actor, long id, CommunityForm form) {
        Community existing = community(id);
        Scope.require(actor.canManageCommunity(id), "community " + id);
        String phone;
        try {
            phone = PhoneNumbers.normalise(form.getPhone());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("phone", "atlas.phone.invalid", form.getPhone());
        }
        jdbc.sql("""
                update community set name_en = :nameEn, committee_address = :address, phone = :phone,
                       office_hours = :hours, lon = :lon, lat = :lat where id = :id""")
                .param("nameEn", form.getNameEn()).param("address", form.getCommitteeAddress())
                .param("phone", phone).param("hours", form.getOfficeHours())
                .param("lon", form.getLon()).param("lat", form.getLat()).param("id", id)
                .update();
        audit.record(actor, "atlas.community.updated", "community", id, existing.name());
        return community(id);
    }
}
