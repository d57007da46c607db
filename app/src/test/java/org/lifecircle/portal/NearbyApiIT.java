package org.lifecircle.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.lifecircle.atlas.AtlasFixture;
import org.lifecircle.engine.access.NearestFacility;
import org.lifecircle.engine.access.TravelTimes;
import org.lifecircle.engine.access.WalkingProfile;
import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.network.WalkNetwork;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.shared.text.Pinyin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Nearby services of a compound on the bundled street network: a compound at a street corner and, at corners whose
 * walking times the engine gives, a pharmacy 1–5 minutes away (open 24/7), a subsidised convenience store 5.5–10
 * minutes away (closed every day) and a pharmacy beyond 20 minutes. Other tests' facilities may be near too, so the
 * assertions look at these three by name.
 */
@IntegrationTest
class NearbyApiIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StreetNetwork streets;
    final ObjectMapper json = new ObjectMapper();

    String tag;
    long compound;
    double nearMinutes;
    double midMinutes;

    @BeforeEach
    void aCompoundAndThreeServices() {
        tag = Long.toString(System.nanoTime() % 1_000_000_000L);
        AtlasFixture places = AtlasFixture.create(jdbc, "NB" + tag);
        WalkNetwork net = streets.network();
        int a = net.nodeCount() / 2;
        int e = net.arcEdge(net.firstArc(a));
        Snap atA = new Snap(e, net.edgeFrom(e) == a ? 0 : net.edgeLengthMetres(e), 0, net.lat(a), net.lon(a));
        double[] fromA = NearestFacility.nodeSeconds(new TravelTimes(net, WalkingProfile.ADULT), new SnappedPoints(new Snap[] {atA}));
        int near = -1;
        int mid = -1;
        int far = -1;
        for (int v = 0; v < net.nodeCount(); v++) {
            near = near < 0 && fromA[v] > 60 && fromA[v] < 290 ? v : near;
            mid = mid < 0 && fromA[v] > 330 && fromA[v] < 590 ? v : mid;
            far = far < 0 && fromA[v] > 1200 && Double.isFinite(fromA[v]) ? v : far;
        }
        nearMinutes = fromA[near] / 60;
        midMinutes = fromA[mid] / 60;
        compound = jdbc.sql("""
                insert into compound (community_id, name, name_sort, name_initials, population, lon, lat,
                    source_lon, source_lat, source_crs)
                values (:c, :n, :sort, :initials, 500, :lon, :lat, :lon, :lat, 'WGS84') returning id""")
                .param("c", places.communityA).param("n", "附近测试小区" + tag).param("sort", Pinyin.sortKey("附近测试小区"))
                .param("initials", Pinyin.initials("附近测试小区")).param("lon", net.lon(a)).param("lat", net.lat(a))
                .query(Long.class).single();
        facility("pharmacy", "近处大药房" + tag, net.lon(near), net.lat(near), false, "24/7");
        facility("convenience_store", "惠民便利店" + tag, net.lon(mid), net.lat(mid), true, "Mo-Su off");
        facility("pharmacy", "远处大药房" + tag, net.lon(far), net.lat(far), false, null);
    }

    private void facility(String kind, String name, double lon, double lat, boolean subsidised, String hours) {
        jdbc.sql("""
                insert into facility (name, name_sort, name_initials, category_id, lon, lat, source_lon, source_lat,
                    source_crs, subsidised, opening_hours, phone, business_scope)
                select :name, :sort, :initials, id, :lon, :lat, :lon, :lat, 'WGS84', :sub, :hours, '0371-12345678', '测试经营范围'
                from category where code = :kind""")
                .param("name", name).param("sort", Pinyin.sortKey(name)).param("initials", Pinyin.initials(name))
                .param("lon", lon).param("lat", lat).param("sub", subsidised).param("hours", hours).param("kind", kind).update();
    }

    @Test
    void servicesByHandbookCategoryNearestFirstWithWalkingMinutesAndOpenNow() throws Exception {
        JsonNode answer = nearby("", status().isOk());
        assertThat(answer.get("groups")).hasSize(11);
        JsonNode pharmacy = service(answer, "近处大药房" + tag);
        assertThat(pharmacy.get("minutes").asDouble()).isCloseTo(nearMinutes, within(1e-6));
        assertThat(pharmacy.get("openNow").asBoolean()).isTrue();
        assertThat(pharmacy.get("phone").asText()).isEqualTo("0371-12345678");
        JsonNode shop = service(answer, "惠民便利店" + tag);
        assertThat(shop.get("minutes").asDouble()).isCloseTo(midMinutes, within(1e-6));
        assertThat(shop.get("openNow").asBoolean()).isFalse();
        assertThat(names(answer)).doesNotContain("远处大药房" + tag);
        for (JsonNode group : answer.get("groups")) { // nearest first in every category
            List<Double> minutes = new ArrayList<>();
            group.get("services").forEach(s -> minutes.add(s.get("minutes").asDouble()));
            assertThat(minutes).isSorted();
        }
        assertThat(group(answer, "health").get("services")).anySatisfy(s -> assertThat(s.get("name").asText()).isEqualTo("近处大药房" + tag));
    }

    @Test
    void filtersByMinutesSubsidisedAndPinyinInitials() throws Exception {
        assertThat(names(nearby("&minutes=5", status().isOk()))).contains("近处大药房" + tag).doesNotContain("惠民便利店" + tag);
        assertThat(names(nearby("&subsidised=true", status().isOk()))).contains("惠民便利店" + tag).doesNotContain("近处大药房" + tag);
        assertThat(names(nearby("&q=yd", status().isOk()))).contains("近处大药房" + tag).doesNotContain("惠民便利店" + tag);
        assertThat(names(nearby("&q=hmbld", status().isOk()))).containsExactly("惠民便利店" + tag);
        JsonNode elderly = nearby("&elderly=true", status().isOk());
        assertThat(service(elderly, "近处大药房" + tag).get("minutes").asDouble()).isGreaterThan(nearMinutes);
    }

    @Test
    void aFacilityAddedOrChangedInTheRegistryShowsInTheNextAnswer() throws Exception {
        assertThat(names(nearby("", status().isOk()))).doesNotContain("新开药房" + tag);
        double[] at = jdbc.sql("select lon, lat from facility where name = :n").param("n", "近处大药房" + tag)
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).single();
        facility("pharmacy", "新开药房" + tag, at[0], at[1], false, null);
        assertThat(names(nearby("", status().isOk()))).contains("新开药房" + tag);
        jdbc.sql("update facility set subsidised = true, updated_at = now() + interval '1 second' where name = :n")
                .param("n", "新开药房" + tag).update();
        assertThat(names(nearby("&subsidised=true", status().isOk()))).contains("新开药房" + tag);
    }

    @Test
    void aCompoundMovedInTheRegistryIsAnsweredFromWhereItIsNow() throws Exception {
        assertThat(names(nearby("", status().isOk()))).doesNotContain("远处大药房" + tag);
        jdbc.sql("""
                update compound set (lon, lat) = (select lon, lat from facility where name = :n),
                    updated_at = now() + interval '1 second' where id = :id""")
                .param("n", "远处大药房" + tag).param("id", compound).update();
        assertThat(names(nearby("", status().isOk()))).contains("远处大药房" + tag);
    }

    @Test
    void keptAnswersAreKeptApartByLanguageAndShareOneSpellingOfTheSearch() throws Exception {
        JsonNode chinese = nearby("", status().isOk());
        JsonNode english = json.readTree(mvc.perform(get("/api/v1/portal/compounds/" + compound + "/nearby")
                .header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(group(english, "health").get("name").asText()).isNotEqualTo(group(chinese, "health").get("name").asText());
        assertThat(service(english, "近处大药房" + tag).get("kind").asText()).isNotEqualTo(service(chinese, "近处大药房" + tag).get("kind").asText());
        assertThat(names(nearby("&q=YD", status().isOk()))).isEqualTo(names(nearby("&q=yd", status().isOk())));
    }

    @Test
    void aWrongWalkingTimeIsNamedAndAnUnknownCompoundIsNotFound() throws Exception {
        JsonNode problem = nearby("&minutes=7", status().isBadRequest());
        assertThat(problem.at("/problems/0/field").asText()).isEqualTo("minutes");
        mvc.perform(get("/api/v1/portal/compounds/987654321/nearby")).andExpect(status().isNotFound());
    }

    private JsonNode nearby(String params, ResultMatcher expected) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/portal/compounds/" + compound + "/nearby?x=1" + params)
                .header("Accept-Language", "zh-CN")).andExpect(expected).andReturn().getResponse().getContentAsByteArray());
    }

    private static JsonNode group(JsonNode answer, String code) {
        for (JsonNode g : answer.get("groups")) {
            if (g.get("code").asText().equals(code)) {
                return g;
            }
        }
        throw new AssertionError("no group " + code);
    }

    private static JsonNode service(JsonNode answer, String name) {
        for (JsonNode g : answer.get("groups")) {
            for (JsonNode s : g.get("services")) {
                if (s.get("name").asText().equals(name)) {
                    return s;
                }
            }
        }
        throw new AssertionError(name + " not in " + answer);
    }

    private List<String> names(JsonNode answer) {
        List<String> names = new ArrayList<>();
        answer.get("groups").forEach(g -> g.get("services").forEach(s -> {
            if (s.get("name").asText().endsWith(tag)) {
                names.add(s.get("name").asText());
            }
        }));
        return names;
    }
}
