package org.lifecircle.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.lifecircle.atlas.center.CenterForm;
import org.lifecircle.atlas.center.CenterService;
import org.lifecircle.atlas.compound.Compound;
import org.lifecircle.atlas.compound.CompoundForm;
import org.lifecircle.atlas.compound.CompoundService;
import org.lifecircle.atlas.facility.FacilityForm;
import org.lifecircle.atlas.facility.FacilityQuery;
import org.lifecircle.atlas.facility.FacilityService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.Role;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.NotFoundException;
import org.lifecircle.shared.Paged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class AtlasServicesIT {

    @Autowired JdbcClient jdbc;
    @Autowired CompoundService compounds;
    @Autowired CenterService centers;
    @Autowired FacilityService facilities;

    AtlasFixture district;
    Actor staffA;
    Actor staffB;

    @BeforeEach
    void district() {
        district = AtlasFixture.create(jdbc, "T" + System.nanoTime() % 100000000);
        staffA = new Actor("staff-a", Role.COMMUNITY_STAFF, district.communityA, null);
        staffB = new Actor("staff-b", Role.COMMUNITY_STAFF, district.communityB, null);
    }

    @Test
    void communityStaffManageTheirOwnCompoundsOnly() {
        Compound own = compounds.create(staffA, compound(district.communityA, "绿城百合一期"));
        assertThat(own.communityName()).endsWith("甲社区居民委员会");

        assertThatThrownBy(() -> compounds.create(staffB, compound(district.communityA, "别人的小区")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> compounds.update(staffB, own.id(), compound(district.communityA, "改名")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> compounds.delete(staffB, own.id())).isInstanceOf(AccessDeniedException.class);
        // moving one's own compound into another community needs the right to manage both
        assertThatThrownBy(() -> compounds.update(staffA, own.id(), compound(district.communityB, "搬走")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(compounds.get(own.id()).name()).isEqualTo("绿城百合一期");
    }

    @Test
    void everyChangeIsAudited() {
        Compound created = compounds.create(staffA, compound(district.communityA, "联盟新城三区"));
        compounds.update(staffA, created.id(), compound(district.communityA, "联盟新城三区北院"));
        compounds.delete(staffA, created.id());

        List<String> actions = jdbc.sql("""
                select action from audit_event where target_type = 'compound' and target_id = :id order by id""")
                .param("id", String.valueOf(created.id())).query(String.class).list();
        assertThat(actions).containsExactly("atlas.compound.created", "atlas.compound.updated", "atlas.compound.deleted");
        assertThat(jdbc.sql("select actor from audit_event where target_type = 'compound' and target_id = :id order by id limit 1")
                .param("id", String.valueOf(created.id())).query(String.class).single()).isEqualTo("staff-a");
    }

    @Test
    void compoundsSortByPinyinAndAreFoundByInitials() {
        for (String name : List.of("馨悦苑", "阿里山庄", "绿地老街", "百合花园")) {
            compounds.create(Actor.SYSTEM, compound(district.communityA, name));
        }
        Paged<Compound> sorted = compounds.find(district.communityA, null, new Paged.Request(0, 10));
        assertThat(sorted.items()).extracting(Compound::name)
                .containsExactly("阿里山庄", "百合花园", "绿地老街", "馨悦苑");
        assertThat(compounds.find(district.communityA, "ldlj", new Paged.Request(0, 10)).items())
                .extracting(Compound::name).containsExactly("绿地老街");
        assertThat(compounds.find(district.communityA, "花园", new Paged.Request(0, 10)).items())
                .extracting(Compound::name).containsExactly("百合花园");
    }

    @Test
    void aDuplicateNameOrAMissingCommunityIsAFieldErrorAndChangesNothing() {
        compounds.create(staffA, compound(district.communityA, "天赋苑"));
        long before = jdbc.sql("select count(*) from compound").query(Long.class).single();

        assertThatThrownBy(() -> compounds.create(staffA, compound(district.communityA, "天赋苑")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("name"));
        assertThatThrownBy(() -> compounds.create(Actor.SYSTEM, compound(999_999_999L, "无处")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("communityId"));
        assertThat(jdbc.sql("select count(*) from compound").query(Long.class).single()).isEqualTo(before);
        assertThatThrownBy(() -> compounds.get(999_999_999L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void operatorsKeepTheirOwnCenterAndItsMerchants() {
        Actor planner = new Actor("planner", Role.PLANNER, null, null);
        var center = centers.create(planner, center("体育公园便民服务中心"));
        var other = centers.create(planner, center("天时路便民服务中心"));
        Actor operator = new Actor("op", Role.CENTER_OPERATOR, null, center.id());

        CenterForm edit = center("体育公园便民服务中心");
        edit.setTotalAreaM2(new BigDecimal("21000"));
        assertThat(centers.update(operator, center.id(), edit).totalAreaM2()).isEqualByComparingTo("21000");
        assertThatThrownBy(() -> centers.update(operator, other.id(), center("天时路便民服务中心")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> centers.create(operator, center("新中心"))).isInstanceOf(AccessDeniedException.class);

        var shop = facilities.create(operator, facility("哈邻鲜生", center.id()));
        assertThat(shop.groupCode()).isEqualTo("shopping");
        assertThatThrownBy(() -> facilities.create(operator, facility("别家超市", other.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> facilities.create(planner, facility("规划的超市", center.id())))
                .as("planners plan; merchants are kept by operators and staff")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(facilities.find(new FacilityQuery("hlxs", "shopping", null, center.id(), null, null, null),
                new Paged.Request(0, 10)).items()).extracting(f -> f.name()).containsExactly("哈邻鲜生");
    }

    private CenterForm center(String name) {
        CenterForm form = new CenterForm();
        form.setSubDistrictId(district.subDistrict);
        form.setName(name + district.subDistrict);
        form.setTier(Tier.CENTER_15);
        form.setLon(113.74);
        form.setLat(34.77);
        return form;
    }

    private FacilityForm facility(String name, long centerId) {
        FacilityForm form = new FacilityForm();
        form.setName(name);
        form.setCategoryId(jdbc.sql("select id from category where code = 'supermarket'").query(Long.class).single());
        form.setCenterId(centerId);
        form.setLon(113.74);
        form.setLat(34.77);
        return form;
    }

    static CompoundForm compound(long communityId, String name) {
        CompoundForm form = new CompoundForm();
        form.setCommunityId(communityId);
        form.setName(name);
        form.setHouseholds(500);
        form.setLon(113.741);
        form.setLat(34.771);
        return form;
    }
}
