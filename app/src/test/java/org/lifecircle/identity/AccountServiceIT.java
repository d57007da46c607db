package org.lifecircle.identity;

import org.lifecircle.shared.Paged;
import org.lifecircle.shared.InvalidInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lifecircle.identity.IdentityFixture.PASSWORD;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class AccountServiceIT {

    @Autowired
    AccountService accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    @Test
    void createsAccountsWithBcryptHashesAndAudits() {
        String name = IdentityFixture.uniqueName("Staff");
        long community = IdentityFixture.places(jdbc).communityA;
        Account created = accounts.create(Actor.SYSTEM, new NewAccount(name, "王小明", PASSWORD, Role.COMMUNITY_STAFF, community, null));
        assertThat(created.username()).isEqualTo(name.toLowerCase());
        assertThat(created.actor()).isEqualTo(new Actor(name.toLowerCase(), Role.COMMUNITY_STAFF, community, null));
        assertThat(jdbc.sql("select password_hash from app_user where id = :id").param("id", created.id())
                .query(String.class).single()).startsWith("{bcrypt}$2");
        assertThat(audit.search("system", "identity.account.created", 0, 200).items())
                .anyMatch(e -> e.targetId().equals(String.valueOf(created.id())));
    }

    @Test
    void reportsEveryProblemAtOnceAndChangesNothing() {
        long before = count();
        assertThatThrownBy(() -> accounts.create(Actor.SYSTEM, new NewAccount("x", " ", "short", Role.CENTER_OPERATOR, 5L, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e))
                        .containsExactly("username", "displayName", "password", "communityId", "centerId"));
        assertThat(count()).isEqualTo(before);
        assertThatThrownBy(() -> accounts.create(Actor.SYSTEM, new NewAccount("has space", "n", PASSWORD, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::messageKey)
                        .containsExactly("identity.account.username.pattern", "identity.account.role.required"));
        assertThatThrownBy(() -> accounts.create(Actor.SYSTEM, new NewAccount("staff-x", "n", PASSWORD, Role.COMMUNITY_STAFF, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("communityId"));
        assertThatThrownBy(() -> accounts.create(Actor.SYSTEM, new NewAccount("planner-x", "n", PASSWORD, Role.PLANNER, null, 4L)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("centerId"));
        assertThatThrownBy(() -> accounts.create(Actor.SYSTEM, new NewAccount("long-pw", "n", "密".repeat(25), Role.PLANNER, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("identity.account.password.tooLong"));
    }

    @Test
    void usernamesAreUniqueWhateverTheirCase() {
        Account existing = IdentityFixture.account(accounts, jdbc, Role.PLANNER);
        assertThatThrownBy(() -> accounts.create(Actor.SYSTEM,
                new NewAccount(existing.username().toUpperCase(), "n", PASSWORD, Role.PLANNER, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("identity.account.username.taken"));
    }

    @Test
    void onlyAdministratorsChangeAccounts() {
        Account planner = IdentityFixture.account(accounts, jdbc, Role.PLANNER);
        Actor notAdmin = planner.actor();
        NewAccount request = new NewAccount("someone-new", "n", PASSWORD, Role.RESIDENT, null, null);
        assertThatThrownBy(() -> accounts.create(notAdmin, request)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.setEnabled(Actor.ANONYMOUS, planner.id(), false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.resetPassword(notAdmin, planner.id(), "new-password-1")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.list(notAdmin, 0, 20)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void ensureAccountIsIdempotent() {
        String name = IdentityFixture.uniqueName("demo");
        NewAccount request = new NewAccount(name, "演示", PASSWORD, Role.PLANNER, null, null);
        Account first = accounts.ensureAccount(Actor.SYSTEM, request);
        Account second = accounts.ensureAccount(Actor.SYSTEM, new NewAccount(name, "changed", "other-password", Role.RESIDENT, null, null));
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.role()).isEqualTo(Role.PLANNER);
        assertThat(audit.search("system", "identity.account.created", 0, 200).items())
                .filteredOn(e -> e.targetId().equals(String.valueOf(first.id()))).hasSize(1);
    }

    @Test
    void disableEnableResetAndUnlockAreAudited() {
        Account admin = IdentityFixture.account(accounts, jdbc, Role.DISTRICT_ADMIN);
        Account user = IdentityFixture.account(accounts, jdbc, Role.CARE_DISPATCHER);
        accounts.setEnabled(admin.actor(), user.id(), false);
        assertThat(accounts.get(user.id()).enabled()).isFalse();
        accounts.setEnabled(admin.actor(), user.id(), true);
        jdbc.sql("update app_user set failed_logins = 0, locked_until = now() + interval '10 minutes' where id = :id")
                .param("id", user.id()).update();
        assertThatThrownBy(() -> accounts.resetPassword(admin.actor(), user.id(), "short"))
                .isInstanceOf(InvalidInputException.class);
        accounts.resetPassword(admin.actor(), user.id(), "a-new-password");
        assertThat(accounts.get(user.id()).lockedUntil()).isNull();
        assertThat(audit.search(admin.username(), "identity.account", 0, 50).items())
                .extracting(AuditEvent::action)
                .containsExactly("identity.account.passwordReset", "identity.account.enabled", "identity.account.disabled");
        assertThatThrownBy(() -> accounts.setEnabled(admin.actor(), admin.id(), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("identity.account.disableSelf"));
    }

    @Test
    void listsPageByPage() {
        for (int i = 0; i < 3; i++) {
            IdentityFixture.account(accounts, jdbc, Role.RESIDENT);
        }
        Paged<Account> first = accounts.list(Actor.SYSTEM, 0, 2);
        assertThat(first.items()).hasSize(2);
        assertThat(first.total()).isGreaterThanOrEqualTo(3);
        assertThat(first.hasNext()).isTrue();
        Paged<Account> second = accounts.list(Actor.SYSTEM, 1, 2);
        assertThat(second.items()).doesNotContainAnyElementsOf(first.items());
    }

    private long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    private static List<String> fields(InvalidInputException e) {
        return e.problems().stream().map(InvalidInputException.FieldProblem::field).toList();
    }
}
