package org.lifecircle.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** With no OSM file configured, the platform runs on the bundled approximate network and says so. */
@IntegrationTest
class NetworkApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    StreetNetwork network;

    @Test
    void theSummarySaysTheBundledNetworkIsApproximate() throws Exception {
        mvc.perform(get("/api/v1/network"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approximate").value(true))
                .andExpect(jsonPath("$.source").value(endsWith("ruyi-lake-approx.osm.gz")))
                .andExpect(jsonPath("$.nodes").value(greaterThan(1000)))
                .andExpect(jsonPath("$.edges").value(network.network().edgeCount()))
                .andExpect(jsonPath("$.components").value(1))
                .andExpect(jsonPath("$.islandsDropped").value(0));
    }

    @Test
    void theStreetsAreGeoJsonLinesWithTheirNamesCoveringEveryEdge() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/network/streets"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andExpect(header().exists("ETag"))
                .andReturn();
        byte[] body = result.getResponse().getContentAsByteArray();
        JsonNode json = new ObjectMapper().readTree(body);
        assertThat(json.get("type").asText()).isEqualTo("FeatureCollection");
        List<String> names = new ArrayList<>();
        int points = 0;
        for (JsonNode feature : json.get("features")) {
            assertThat(feature.at("/geometry/type").asText()).isEqualTo("LineString");
            JsonNode coordinates = feature.at("/geometry/coordinates");
            assertThat(coordinates.size()).isGreaterThanOrEqualTo(2);
            for (JsonNode c : coordinates) {
                assertThat(c.get(0).asDouble()).isBetween(113.69, 113.77);
                assertThat(c.get(1).asDouble()).isBetween(34.72, 34.81);
            }
            points += coordinates.size();
            if (feature.at("/properties/name").isTextual()) {
                names.add(feature.at("/properties/name").asText());
            }
        }
        assertThat(names).contains("商务内环路", "商务外环路", "农业东路", "九如路");
        // joined lines: at least every edge's two ends, fewer features than edges
        assertThat(points).isGreaterThanOrEqualTo(network.network().edgeCount() + json.get("features").size());
        assertThat(json.get("features").size()).isLessThan(network.network().edgeCount());
        System.out.printf("streets API: %d features for %d edges, %,d bytes%n", json.get("features").size(),
                network.network().edgeCount(), body.length);
        // unchanged while the server runs: a revalidation costs a 304
        mvc.perform(get("/api/v1/network/streets").header("If-None-Match", result.getResponse().getHeader("ETag")))
                .andExpect(status().isNotModified());
    }
}
