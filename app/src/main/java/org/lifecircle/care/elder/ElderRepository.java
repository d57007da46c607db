package org.lifecircle.care.elder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.lifecircle.care.assessment.CareLevel;
import org.lifecircle.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The elder tables. Values arrive here already encrypted and indexed: this class never sees plaintext personal data,
 * except names (not encrypted: lists are sorted and searched by them).
 */
@Repository
class ElderRepository {

    /** The community's and compound's names are atlas' data: the service adds them through atlas' services. */
    private static final String SELECT = """
            select e.*, s.name as station_name from elder e join care_station s on s.id = e.station_id""";

    private final JdbcClient jdbc;

    ElderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id the next elder will get: encrypted values are bound to their row, so it is needed before the insert. */
    long nextId() {
        return jdbc.sql("select nextval('elder_id_seq')").query(Long.class).single();
    }

    long nextContactId() {
        return jdbc.sql("select nextval('elder_contact_id_seq')").query(Long.class).single();
    }

    Optional<ElderRow> get(long id) {
        return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(ElderRepository::row).optional();
    }

    /** Locks the row, so a consent withdrawal and a health-notes write cannot interleave. */
    void lock(long id) {
        jdbc.sql("select id from elder where id = :id for update").param("id", id).query(Long.class).optional();
    }

    boolean idNumberTaken(String index, Long exceptId) {
        return jdbc.sql("select count(*) from elder where id_number_index = :index and (cast(:id as bigint) is null or id <> :id)")
                .param("index", index).param("id", exceptId).query(Long.class).single() > 0;
    }

    void insert(long id, Map<String, Object> columns) {
        jdbc.sql("""
                insert into elder (id, station_id, community_id, compound_id, name, name_sort, name_initials, birth_date,
                    sex, id_number_enc, id_number_index, phone_enc, phone_index, phone_last4_index, address_enc, building)
                values (:id, :station, :community, :compound, :name, :sort, :initials, :birth, :sex, :idEnc, :idIndex,
                    :phoneEnc, :phoneIndex, :phoneLast4, :addressEnc, :building)""")
                .params(columns).param("id", id).update();
    }

    /** Updates the plain columns, and each encrypted column given (absent keys keep what is stored). */
    void update(long id, Map<String, Object> columns) {
        List<String> sets = new ArrayList<>(List.of("station_id = :station", "community_id = :community",
                "compound_id = :compound", "name = :name", "name_sort = :sort", "name_initials = :initials",
                "building = :building", "updated_at = now()"));
        if (columns.containsKey("idEnc")) {
            sets.addAll(List.of("birth_date = :birth", "sex = :sex", "id_number_enc = :idEnc", "id_number_index = :idIndex"));
        }
        if (columns.containsKey("phoneEnc")) {
            sets.addAll(List.of("phone_enc = :phoneEnc", "phone_index = :phoneIndex", "phone_last4_index = :phoneLast4"));
        }
        if (columns.containsKey("addressEnc")) {
            sets.add("address_enc = :addressEnc");
        }
        jdbc.sql("update elder set " + String.join(", ", sets) + " where id = :id").params(columns).param("id", id).update();
    }

    void setHealthNotes(long id, String encrypted) {
        jdbc.sql("update elder set health_notes_enc = :notes, updated_at = now() where id = :id")
                .param("notes", encrypted).param("id", id).update();
    }

    void setCareLevel(long id, CareLevel level, LocalDate assessedOn) {
        jdbc.sql("update elder set care_level = :level, assessed_on = :on, updated_at = now() where id = :id")
                .param("level", level.name()).param("on", assessedOn).param("id", id).update();
    }

    /**
     * A page of elders in scope, by pinyin.
     *
     * @param community only this community's, or null
     * @param station   only this station's, or null
     */
    Paged<ElderRow> find(Long community, Long station, Search search, Paged.Request page) {
        Map<String, Object> params = new HashMap<>();
        params.put("community", community);
        params.put("station", station);
        String where = " where (cast(:community as bigint) is null or e.community_id = :community)"
                + " and (cast(:station as bigint) is null or e.station_id = :station)" + search.condition(params);
        long total = jdbc.sql("select count(*) from elder e" + where).params(params).query(Long.class).single();
        List<ElderRow> rows = jdbc.sql(SELECT + where + " order by e.name_sort, e.id limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(ElderRepository::row).list();
        return new Paged<>(rows, page.page(), page.size(), total);
    }

    List<ContactRow> contacts(long elderId) {
        return jdbc.sql("select * from elder_contact where elder_id = :id order by id").param("id", elderId)
                .query((rs, n) -> new ContactRow(rs.getLong("id"), rs.getLong("elder_id"), rs.getString("name"),
                        rs.getString("relation"), rs.getString("phone_enc"))).list();
    }

    void insertContact(long id, long elderId, String name, String relation, String phoneEnc, String phoneIndex,
                       String last4Index) {
        jdbc.sql("""
                insert into elder_contact (id, elder_id, name, relation, phone_enc, phone_index, phone_last4_index)
                values (:id, :elder, :name, :relation, :enc, :index, :last4)""")
                .param("id", id).param("elder", elderId).param("name", name).param("relation", relation)
                .param("enc", phoneEnc).param("index", phoneIndex).param("last4", last4Index).update();
    }

    boolean deleteContact(long elderId, long contactId) {
        return jdbc.sql("delete from elder_contact where id = :id and elder_id = :elder")
                .param("id", contactId).param("elder", elderId).update() > 0;
    }

    Optional<Consent> consentInForce(long elderId) {
        return jdbc.sql("select * from elder_consent where elder_id = :id and withdrawn_at is null").param("id", elderId)
                .query(ElderRepository::consent).optional();
    }

    List<Consent> consents(long elderId) {
        return jdbc.sql("select * from elder_consent where elder_id = :id order by recorded_at desc, id desc")
                .param("id", elderId).query(ElderRepository::consent).list();
    }

    long insertConsent(long elderId, ConsentForm form, String recordedBy) {
        boolean guardian = form.getGivenBy() == Consent.GivenBy.GUARDIAN;
        return jdbc.sql("""
                insert into elder_consent (elder_id, given_by, guardian_name, guardian_relation, purpose, given_on, recorded_by)
                values (:elder, :by, :gName, :gRelation, :purpose, :on, :recordedBy) returning id""")
                .param("elder", elderId).param("by", form.getGivenBy().name())
                .param("gName", guardian ? form.getGuardianName().strip() : null)
                .param("gRelation", guardian && form.getGuardianRelation() != null ? form.getGuardianRelation().strip() : null)
                .param("purpose", form.getPurpose().strip()).param("on", form.getGivenOn())
                .param("recordedBy", recordedBy).query(Long.class).single();
    }

    boolean withdrawConsent(long elderId, String by) {
        return jdbc.sql("update elder_consent set withdrawn_at = now(), withdrawn_by = :by where elder_id = :id and withdrawn_at is null")
                .param("by", by).param("id", elderId).update() > 0;
    }

    long insertAssessment(long elderId, AssessmentForm form, int total, CareLevel level, String recordedBy) {
        return jdbc.sql("""
                insert into elder_assessment (elder_id, self_care, basic_motor, mental_state, perception_social, total,
                    care_level, assessed_on, assessor, recorded_by)
                values (:elder, :a, :b, :c, :d, :total, :level, :on, :assessor, :by) returning id""")
                .param("elder", elderId).param("a", form.getSelfCare()).param("b", form.getBasicMotor())
                .param("c", form.getMentalState()).param("d", form.getPerceptionSocial()).param("total", total)
                .param("level", level.name()).param("on", form.getAssessedOn()).param("assessor", form.getAssessor().strip())
                .param("by", recordedBy).query(Long.class).single();
    }

    /** Newest first: the first one sets the elder's care level. */
    List<Assessment> assessments(long elderId) {
        return jdbc.sql("select * from elder_assessment where elder_id = :id order by assessed_on desc, id desc")
                .param("id", elderId).query((rs, n) -> new Assessment(rs.getLong("id"), rs.getInt("self_care"),
                        rs.getInt("basic_motor"), rs.getInt("mental_state"), rs.getInt("perception_social"),
                        rs.getInt("total"), CareLevel.valueOf(rs.getString("care_level")),
                        rs.getObject("assessed_on", LocalDate.class), rs.getString("assessor"), rs.getString("recorded_by")))
                .list();
    }

    private static ElderRow row(ResultSet rs, int n) throws SQLException {
        String level = rs.getString("care_level");
        return new ElderRow(rs.getLong("id"), rs.getLong("station_id"), rs.getString("station_name"),
                rs.getLong("community_id"), null, rs.getLong("compound_id"), null, rs.getString("name"), rs.getString("name_initials"),
                rs.getObject("birth_date", LocalDate.class), IdCardNumber.Sex.valueOf(rs.getString("sex")),
                rs.getString("id_number_enc"), rs.getString("phone_enc"), rs.getString("address_enc"),
                rs.getString("building"), level == null ? null : CareLevel.valueOf(level),
                rs.getObject("assessed_on", LocalDate.class), rs.getString("health_notes_enc"));
    }

    private static Consent consent(ResultSet rs, int n) throws SQLException {
        OffsetDateTime withdrawn = rs.getObject("withdrawn_at", OffsetDateTime.class);
        return new Consent(rs.getLong("id"), Consent.GivenBy.valueOf(rs.getString("given_by")),
                rs.getString("guardian_name"), rs.getString("guardian_relation"), rs.getString("purpose"),
                rs.getObject("given_on", LocalDate.class), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                withdrawn == null ? null : withdrawn.toInstant(), rs.getString("withdrawn_by"));
    }

    /** What the search box asked for, decided by {@link ElderSearch}. */
    sealed interface Search {

        String condition(Map<String, Object> params);

        record All() implements Search {
            public String condition(Map<String, Object> params) {
                return "";
            }
        }

        record ByIdNumber(String index) implements Search {
            public String condition(Map<String, Object> params) {
                params.put("idIndex", index);
                return " and e.id_number_index = :idIndex";
            }
        }

        /** An elder whose own phone or an emergency contact's phone matches (a relative calling in). */
        record ByPhone(String column, String index) implements Search {
            public String condition(Map<String, Object> params) {
                params.put("phoneIndex", index);
                return " and (e." + column + " = :phoneIndex or exists (select 1 from elder_contact c where c.elder_id = e.id and c."
                        + column + " = :phoneIndex))";
            }
        }

        /** Part of the name, of its pinyin, or the start of its initials ("zs" finds 张三). */
        record ByName(String text) implements Search {
            public String condition(Map<String, Object> params) {
                String lower = text.toLowerCase(Locale.ROOT);
                String escaped = lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                params.put("namePattern", "%" + escaped + "%");
                params.put("initialsPrefix", escaped.replace(" ", "") + "%");
                return " and (lower(e.name) like :namePattern escape '\\' or e.name_sort like :namePattern escape '\\'"
                        + " or e.name_initials like :initialsPrefix escape '\\')";
            }
        }
    }
}
