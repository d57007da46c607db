package org.lifecircle.directory.proposals;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProposalRepository {

    private static final String SELECT = """
            select id, kind, facility_id, community_id, name, category_id, address, business_scope, phone,
                   opening_hours, lon, lat, note, proposer_name, proposer_phone, proposed_by, status, decided_by,
                   decided_at, reason, created_at
            from directory_proposal""";

    private final JdbcClient jdbc;

    ProposalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Proposal> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Proposal.class).optional();
    }

    /** Locks the row: two staff deciding at once cannot both apply it. */
    Optional<Proposal> lock(long id) {
        return jdbc.sql(SELECT + " where id = :id for update").param("id", id).query(Proposal.class).optional();
    }

    /** Of these communities (null: all), the given status, oldest first; at most {@code limit}. */
    List<Proposal> find(Collection<Long> communities, ProposalStatus status, int limit) {
        String where = communities == null ? " where status = :s" : " where status = :s and community_id in (:c)";
        if (communities != null && communities.isEmpty()) {
            return List.of();
        }
        var sql = jdbc.sql(SELECT + where + (status == ProposalStatus.PENDING ? " order by created_at, id"
                : " order by decided_at desc, id desc") + " limit :limit").param("s", status.name()).param("limit", limit);
        if (communities != null) {
            sql = sql.param("c", communities);
        }
        return sql.query(Proposal.class).list();
    }

    long insert(ProposalForm f, long communityId, String proposedBy) {
        Map<String, Object> p = new HashMap<>();
        p.put("kind", f.getKind().name());
        p.put("facility", f.getFacilityId());
        p.put("community", communityId);
        p.put("name", f.getName());
        p.put("category", f.getCategoryId());
        p.put("address", f.getAddress());
        p.put("scope", f.getBusinessScope());
        p.put("phone", f.getPhone());
        p.put("hours", f.getOpeningHours());
        p.put("lon", f.getLon());
        p.put("lat", f.getLat());
        p.put("note", f.getNote());
        p.put("proposer", f.getProposerName());
        p.put("proposerPhone", f.getProposerPhone());
        p.put("by", proposedBy);
        return jdbc.sql("""
                insert into directory_proposal (kind, facility_id, community_id, name, category_id, address,
                    business_scope, phone, opening_hours, lon, lat, note, proposer_name, proposer_phone, proposed_by)
                values (:kind, :facility, :community, :name, :category, :address, :scope, :phone, :hours, :lon, :lat,
                    :note, :proposer, :proposerPhone, :by)
                returning id""").params(p).query(Long.class).single();
    }

    void decide(long id, ProposalStatus status, String by, String reason) {
        jdbc.sql("""
                update directory_proposal set status = :s, decided_by = :by, decided_at = now(), reason = :reason
                where id = :id""")
                .param("s", status.name()).param("by", by).param("reason", reason).param("id", id).update();
    }
}
