package org.lifecircle.identity;

import java.util.List;
import java.util.Optional;

/**
 * The places an account can be scoped to, for choosing and showing scopes on the account pages.
 * Implemented by the module that owns communities and centers (atlas); identity works without
 * one (the forms then take the numeric id).
 */
public interface ScopeDirectory {

    /** Every community (社区), by name. */
    List<ScopeOption> communities();

    /** Every service center (便民服务中心), by name. */
    List<ScopeOption> centers();

    default Optional<String> communityName(long id) {
        return communities().stream().filter(o -> o.id() == id).map(ScopeOption::name).findFirst();
    }

    default Optional<String> centerName(long id) {
        return centers().stream().filter(o -> o.id() == id).map(ScopeOption::name).findFirst();
    }
}
