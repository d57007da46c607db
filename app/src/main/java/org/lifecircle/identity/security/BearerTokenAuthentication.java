package org.lifecircle.identity.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by a bearer token; knows which token, so it can be revoked. */
class BearerTokenAuthentication extends AbstractAuthenticationToken {

    private final AccountUser user;
    private final long tokenId;

    BearerTokenAuthentication(AccountUser user, long tokenId) {
        super(user.getAuthorities());
        this.user = user;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    long tokenId() {
        return tokenId;
    }

    @Override
    public AccountUser getPrincipal() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return null;
    }
}
