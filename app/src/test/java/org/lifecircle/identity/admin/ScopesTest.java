package org.lifecircle.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifecircle.identity.Account;
import org.lifecircle.identity.Role;
import org.lifecircle.identity.ScopeOption;

class ScopesTest {

    private final Scopes.Snapshot places = new Scopes.Snapshot(true,
            List.of(new ScopeOption(1, "如意湖社区"), new ScopeOption(2, "祭城社区")),
            List.of(new ScopeOption(10, "体育公园便民服务中心")));

    @Test
    void namesTheScopeFromTheDirectoryAndFallsBackToTheId() {
        assertThat(places.nameOf(account(Role.COMMUNITY_STAFF, 2L, null))).isEqualTo("祭城社区");
        assertThat(places.nameOf(account(Role.CENTER_OPERATOR, null, 10L))).isEqualTo("体育公园便民服务中心");
        assertThat(places.nameOf(account(Role.COMMUNITY_STAFF, 99L, null))).isEqualTo("#99");
        assertThat(places.nameOf(account(Role.PLANNER, null, null))).isNull();
    }

    @Test
    void withoutADirectoryEveryScopeIsItsId() {
        Scopes.Snapshot none = new Scopes.Snapshot(false, List.of(), List.of());
        assertThat(none.nameOf(account(Role.COMMUNITY_STAFF, 1L, null))).isEqualTo("#1");
    }

    private static Account account(Role role, Long community, Long center) {
        return new Account(1, "u", "U", role, community, center, null, true, 0, null, Instant.EPOCH);
    }
}
