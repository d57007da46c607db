package org.lifecircle.planning;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.WalkNetwork;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.NewAccount;
import org.lifecircle.identity.Role;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the planning integration tests share: accounts with bearer tokens, API calls, points at network nodes. */
final class PlanningTestSupport {

    static final String PASSWORD = "planning-test-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockMvc mvc;
    private final AccountService accounts;

    PlanningTestSupport(MockMvc mvc, AccountService accounts) {
        this.mvc = mvc;
        this.accounts = accounts;
    }

    /** A new account of the role (community staff of {@code community}) and a bearer token for it. */
    String token(Long community, Role role) throws Exception {
        String username = "plan-" + role.name().toLowerCase().replace('_', '-') + "-" + System.nanoTime() % 10_000_000;
        accounts.create(Actor.SYSTEM, new NewAccount(username, "规划测试", PASSWORD, role,
                role == Role.COMMUNITY_STAFF ? community : null, null));
        String body = mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("username", username, "password", PASSWORD, "label", "t"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body).get("token").asText();
    }

    JsonNode getJson(String url, String token) throws Exception {
        return JSON.readTree(mvc.perform(api(get(url), token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
    }

    static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token).header("Accept-Language", "zh-CN");
    }

    /** A point exactly at a node, as the snapper would join it (no straight walk). */
    static Snap atNode(WalkNetwork net, int v) {
        int e = net.arcEdge(net.firstArc(v));
        double along = net.edgeFrom(e) == v ? 0 : net.edgeLengthMetres(e);
        return new Snap(e, along, 0, net.lat(v), net.lon(v));
    }

    /** The element of a JSON array whose {@code field} equals {@code id}. */
    static JsonNode find(JsonNode array, String field, long id) {
        for (JsonNode n : array) {
            if (n.get(field).asLong() == id) {
                return n;
            }
        }
        throw new AssertionError(field + " " + id + " not found");
    }
}
