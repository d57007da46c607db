package org.lifecircle.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifecircle.FreshServerDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A first start in the demo profile, as the README's first command does it: an empty database,
 * the demo district loaded through the importer, one account per role. Its own Spring context
 * (and so its own database), because the demo district uses the real codes and names.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@ContextConfiguration(initializers = FreshServerDatabase.class)
class DemoDistrictIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    /**
     * Each demo account opens its care pages on the demo's own data, history included (the demo history once filed
     * requests with a channel the platform does not know, and the family page answered 500).
     */
    @Test
    void theDemoAccountsOpenTheirCarePages() throws Exception {
        String[][] pages = {
                {"dispatcher", "/care/dispatch", "/care/reports", "/care/visits/exceptions", "/care/visits/flags",
                        "/care/elders", "/api/v1/care/reports.xlsx"},
                {"staff.rydl", "/care/elders", "/care/reports", "/care/caregivers"},
                {"caregiver.rydl", "/care/my-day"},
                {"resident", "/family/care"}};
        for (String[] account : pages) {
            MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(account[0]).password("Demo-2026"))
                    .andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession(false);
            for (String page : List.of(account).subList(1, account.length)) {
                for (String language : List.of("zh-CN", "en")) {
                    int status = mvc.perform(get(page).session(session).header("Accept-Language", language))
                            .andReturn().getResponse().getStatus();
                    assertThat(status).as("%s %s (%s)", account[0], page, language).isEqualTo(200);
                }
            }
        }
    }

    @Test
    void aFirstStartLoadsTheSeedsFiguresAndOneAccountPerRole() {
        // households per group of communities, as the seeds give them
        assertThat(households("绿城百合社区居民委员会", "联盟新城社区居民委员会", "如意东路社区居委会")).isEqualTo(10_719);
        assertThat(households("商务区社区居民委员会")).isEqualTo(1_564);
        assertThat(households("天时路社区居民委员会", "绿地社区居民委员会", "馨悦苑社区居民委员会")).isEqualTo(9_508);
        assertThat(count("service_center where name = '体育公园便民服务中心' and floors_above = 6 and floors_below = 3"
                + " and total_area_m2 = 21000")).isEqualTo(1);
        assertThat(count("facility where subsidised")).isGreaterThanOrEqualTo(6);
        // every one of the handbook's 11 categories in every Ruyi Lake community
        assertThat(jdbc.sql("""
                select min(n) from (
                  select m.id, count(distinct g.id) as n from community m
                  join sub_district s on s.id = m.sub_district_id and s.code = '410105560'
                  left join facility f on f.community_id = m.id
                  left join category c on c.id = f.category_id
                  left join category g on g.id = coalesce(c.parent_id, c.id)
                  group by m.id) per_community""").query(Long.class).single()).isEqualTo(11);
        // converted from GCJ-02 / BD-09 into Zhengdong's box, originals kept
        assertThat(count("compound where source_crs = 'GCJ02' and not (lon between 113.69 and 113.81"
                + " and lat between 34.72 and 34.83)")).isZero();
        assertThat(count("service_center where source_crs = 'BD09' and abs(source_lon - lon) < 0.005")).isZero();
        // seed 001's programme: 31 centers; phase 1 is 15 in the 9 sub-districts it names, 2 open, 6 preparing
        // to open, the other 7 under construction; phase 2 is 16 sites chosen
        assertThat(count("planned_center")).isEqualTo(31);
        assertThat(jdbc.sql("select status || ' ' || count(*) from planned_center where phase = 1 group by status order by 1")
                .query(String.class).list()).containsExactly("OPEN 2", "PREPARING 6", "UNDER_CONSTRUCTION 7");
        assertThat(jdbc.sql("select distinct s.name from planned_center p join sub_district s on s.id = p.sub_district_id"
                + " where p.phase = 1").query(String.class).list()).containsExactlyInAnyOrder("祭城路街道", "如意湖街道",
                "商都路街道", "龙子湖街道", "博学路街道", "白沙镇", "龙湖街道", "龙源路街道", "豫兴街道");
        assertThat(count("planned_center where phase = 2 and status = 'SITED'")).isEqualTo(16);
        assertThat(count("planned_center where status = 'OPEN' and center_id is not null")).as("both open ones in the registry")
                .isEqualTo(2);
        assertThat(count("planned_center_status")).as("one history entry per stage reached")
                .isEqualTo(16 + 15 * 2 + 8 + 2);
        // the demo portals: news and notices (one pinned notice each in 如意东路 and 天时路) and upcoming events,
        // all through the sanitiser, all marked as demo content
        assertThat(count("portal_post p join community m on m.id = p.community_id where m.code = '410105560001'"
                + " and p.status = 'PUBLISHED' and p.published_at <= now()")).isEqualTo(4);
        assertThat(count("portal_post where pinned")).isEqualTo(2);
        assertThat(count("portal_event where starts_at > now()")).isEqualTo(6);
        assertThat(count("portal_post where body_html not like '%示范内容%'")).isZero();
        assertThat(jdbc.sql("select role from app_user where username in ('admin', 'planner', 'staff.rydl',"
                + " 'staff.tsl', 'operator.jy', 'dispatcher', 'caregiver.rydl', 'resident') order by role").query(String.class).list())
                .containsExactly("CAREGIVER", "CARE_DISPATCHER", "CENTER_OPERATOR", "COMMUNITY_STAFF", "COMMUNITY_STAFF",
                        "DISTRICT_ADMIN", "PLANNER", "RESIDENT");
        // home care: a station in each community with compounds, caregivers, twenty fictional elders, all encrypted
        assertThat(count("care_station")).isEqualTo(jdbc.sql("select count(distinct community_id) from compound")
                .query(Long.class).single());
        assertThat(count("caregiver")).isEqualTo(6);
        assertThat(count("elder where phone_enc like 'k1:%' and care_level is not null")).isEqualTo(20);
        assertThat(count("elder e join app_user u on u.care_station_id = e.station_id where u.username = 'caregiver.rydl'"))
                .isPositive();
        assertThat(count("elder where health_notes_enc is not null")).isEqualTo(count("elder_consent where withdrawn_at is null"));
        // four weeks of made-up history for the reports, plainly marked, every visit by an existing caregiver
        assertThat(count("care_request where requested_by = 'demo.history'")).isGreaterThan(100);
        assertThat(count("care_request where requested_by = 'demo.history' and (notes <> '示范历史数据 / demo history'"
                + " or day >= cast(now() at time zone 'Asia/Shanghai' as date) or day < cast(now() at time zone 'Asia/Shanghai' as date) - 28)")).isZero();
        assertThat(count("care_request where requested_by = 'demo.history' and priority = 'EMERGENCY'")).isEqualTo(3);
        assertThat(count("care_visit v join care_request r on r.id = v.request_id where r.requested_by = 'demo.history'"))
                .isGreaterThan(80);
        assertThat(count("care_visit_flag where kind = 'LATE'")).isPositive();
        assertThat(count("care_visit_flag where kind = 'MISSED'")).isPositive();
        assertThat(count("care_visit where position_check = 'MISMATCH'")).isPositive();
        assertThat(count("care_visit where rating is not null")).isPositive();
    }

    private long households(String... communities) {
        return jdbc.sql("""
                select coalesce(sum(c.households), 0) from compound c join community m on m.id = c.community_id
                where m.name in (:names)""").param("names", List.of(communities)).query(Long.class).single();
    }


    private long count(String sql) {
        return jdbc.sql("select count(*) from " + sql).query(Long.class).single();
    }
}
