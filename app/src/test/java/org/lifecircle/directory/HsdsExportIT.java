package org.lifecircle.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.lifecircle.identity.AccountService;
import org.lifecircle.network.StreetNetwork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The directory in Open Referral HSDS 3.0: every page of the export validates against the spec's required fields,
 * names, types and enumerations (src/test/resources/hsds); the opening hours become weekly schedules; the category
 * catalogue is the taxonomy; ids are UUIDs that stay the same from export to export.
 */
@IntegrationTest
class HsdsExportIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StreetNetwork streets;
    @Autowired AccountService accounts;
    final ObjectMapper json = new ObjectMapper();
    DirectoryFixture f;

    @BeforeEach
    void aCommunityWithMerchants() {
        f = new DirectoryFixture(jdbc, streets, accounts);
    }

    @Test
    void everyServiceValidatesAgainstTheSpecAndCarriesItsScheduleTermAndLocation() throws Exception {
        JsonNode page = read("/api/v1/directory/hsds/services?per_page=1000");
        assertValid(page, "servicePage");
        assertThat(page.get("total_items").asInt()).isEqualTo(page.get("contents").size()).isGreaterThanOrEqualTo(4);
        JsonNode pharmacy = byName(page, "近邻大药房" + f.tag);
        assertThat(pharmacy.get("status").asText()).isEqualTo("active");
        assertThat(pharmacy.get("description").asText()).isEqualTo("测试经营范围");
        assertThat(pharmacy.get("organization").get("name").asText()).isEqualTo("近邻大药房" + f.tag);
        assertThat(pharmacy.get("organization_id").asText()).isEqualTo(pharmacy.get("organization").get("id").asText());
        assertThat(pharmacy.get("phones").get(0).get("number").asText()).isEqualTo("0371-12345678");
        assertThat(pharmacy.get("assured_date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");

        // "Mo-Fr 08:00-18:00; Sa 09:00-12:00": two weekly rules, in China's time
        JsonNode schedules = pharmacy.get("schedules");
        assertThat(schedules).hasSize(2);
        assertThat(schedules.get(0).get("byday").asText()).isEqualTo("MO,TU,WE,TH,FR");
        assertThat(schedules.get(0).get("opens_at").asText()).isEqualTo("08:00+08:00");
        assertThat(schedules.get(0).get("closes_at").asText()).isEqualTo("18:00+08:00");
        assertThat(schedules.get(1).get("byday").asText()).isEqualTo("SA");
        assertThat(schedules.get(1).get("freq").asText()).isEqualTo("WEEKLY");
        JsonNode allDay = byName(page, "街角理发店" + f.tag).get("schedules");
        assertThat(allDay).hasSize(1);
        assertThat(allDay.get(0).get("byday").asText()).isEqualTo("MO,TU,WE,TH,FR,SA,SU");

        JsonNode location = pharmacy.get("service_at_locations").get(0).get("location");
        assertThat(location.get("location_type").asText()).isEqualTo("physical");
        assertThat(location.get("latitude").asDouble()).isEqualTo(f.corner(1)[1], org.assertj.core.api.Assertions.within(1e-6));
        assertThat(location.get("description").asText()).isEqualTo("测试街1号");

        JsonNode term = pharmacy.get("attributes").get(0).get("taxonomy_term");
        assertThat(term.get("code").asText()).isEqualTo("pharmacy");
        JsonNode terms = read("/api/v1/directory/hsds/taxonomy_terms?per_page=1000");
        assertValid(terms, "taxonomyTermPage");
        JsonNode health = null;
        List<String> groups = new ArrayList<>();
        for (JsonNode t : terms.get("contents")) {
            if (!t.has("parent_id")) {
                groups.add(t.get("code").asText());
            }
            if (t.get("code").asText().equals("health")) {
                health = t;
            }
        }
        assertThat(groups).contains("dining", "health", "beauty", "appliance_repair", "daily_services", "housekeeping",
                "public_services", "education", "agency", "culture_sports", "shopping");
        assertThat(term.get("parent_id").asText()).isEqualTo(health.get("id").asText());
        assertThat(term.get("taxonomy_id").asText()).isEqualTo(read("/api/v1/directory/hsds/taxonomies").get("contents").get(0).get("id").asText());
    }

    @Test
    void idsAreStableAndEveryListValidates() throws Exception {
        String first = byName(read("/api/v1/directory/hsds/services?per_page=1000"), "近邻大药房" + f.tag).get("id").asText();
        String again = byName(read("/api/v1/directory/hsds/services?per_page=1000"), "近邻大药房" + f.tag).get("id").asText();
        assertThat(again).isEqualTo(first);
        assertThat(read("/api/v1/directory/hsds/services/" + first).get("name").asText()).isEqualTo("近邻大药房" + f.tag);
        mvc.perform(get("/api/v1/directory/hsds/services/00000000-0000-0000-0000-000000000000")).andExpect(status().isNotFound());
        assertValid(read("/api/v1/directory/hsds/organizations?per_page=1000"), "organizationPage");
        assertValid(read("/api/v1/directory/hsds/service_at_locations"), "serviceAtLocationPage");
        assertValid(read("/api/v1/directory/hsds/taxonomies"), "taxonomyPage");
        JsonNode second = read("/api/v1/directory/hsds/services?per_page=1&page=2");
        assertValid(second, "servicePage");
        assertThat(second.get("page_number").asInt()).isEqualTo(2);
        assertThat(second.get("size").asInt()).isEqualTo(1);
        assertThat(second.get("first_page").asBoolean()).isFalse();
        assertThat(read("/api/v1/directory/hsds").get("version").asText()).isEqualTo("3.0");

        // the schema is not vacuous: a status outside the spec's list, or an invented field, is caught
        ObjectNode wrong = (ObjectNode) second.deepCopy();
        ((ObjectNode) wrong.get("contents").get(0)).put("status", "open");
        assertThat(problems(wrong, "servicePage")).isNotEmpty();
        wrong = (ObjectNode) second.deepCopy();
        ((ObjectNode) wrong.get("contents").get(0)).put("walking_minutes", 5);
        assertThat(problems(wrong, "servicePage")).isNotEmpty();
    }

    private void assertValid(JsonNode document, String definition) throws Exception {
        assertThat(problems(document, definition)).as(definition).isEmpty();
    }

    private Set<ValidationMessage> problems(JsonNode document, String definition) throws Exception {
        ObjectNode schema;
        try (InputStream in = getClass().getResourceAsStream("/hsds/hsds-3.0-transcribed.schema.json")) {
            schema = (ObjectNode) json.readTree(in);
        }
        schema.put("$ref", "#/$defs/" + definition);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(document);
    }

    private JsonNode read(String url) throws Exception {
        return json.readTree(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static JsonNode byName(JsonNode page, String name) {
        for (JsonNode s : page.get("contents")) {
            if (s.get("name").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError(name + " not exported");
    }
}
