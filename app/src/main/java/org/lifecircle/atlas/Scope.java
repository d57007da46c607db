package org.lifecircle.atlas;

import org.springframework.security.access.AccessDeniedException;

/** Refuses a change the acting user's role and scope do not cover (a 403 for the user). */
public final class Scope {

    private Scope() {
    }

    public static void require(boolean allowed, String what) {
        if (!allowed) {
            throw new AccessDeniedException("not allowed: " + what);
        }
    }
}
