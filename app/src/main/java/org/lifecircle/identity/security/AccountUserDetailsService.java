package org.lifecircle.identity.security;

import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.internal.AccountStore;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Users come from app_user; usernames are case-insensitive. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountStore store;

    AccountUserDetailsService(AccountStore store) {
        this.store = store;
    }

    @Override
    public AccountUser loadUserByUsername(String username) {
        return store.findByUsername(AccountService.normalize(username))
                .map(stored -> new AccountUser(stored.account(), stored.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
