package org.lifecircle.identity.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.lifecircle.identity.Account;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.ActorPrincipal;
import org.lifecircle.identity.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user, from a form login or a bearer token. Kept in the HTTP session, hence plain
 * serializable fields; the {@link Actor} is rebuilt from them on demand.
 */
public final class AccountUser implements UserDetails, ActorPrincipal, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final Long communityId;
    private final Long centerId;
    private final Long careStationId;
    private final boolean enabled;
    private final Instant lockedUntil;
    private final int failedLogins;
    private String passwordHash;

    AccountUser(Account account, String passwordHash) {
        this.id = account.id();
        this.username = account.username();
        this.displayName = account.displayName();
        this.role = account.role();
        this.communityId = account.communityId();
        this.centerId = account.centerId();
        this.careStationId = account.careStationId();
        this.enabled = account.enabled();
        this.lockedUntil = account.lockedUntil();
        this.failedLogins = account.failedLogins();
        this.passwordHash = passwordHash;
    }

    @Override
    public Actor actor() {
        return new Actor(username, role, communityId, centerId, careStationId);
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    int failedLogins() {
        return failedLogins;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || !lockedUntil.isAfter(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountUser user && user.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "AccountUser[" + username + ", " + role + "]";
    }
}
