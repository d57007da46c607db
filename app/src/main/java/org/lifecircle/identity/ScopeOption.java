package org.lifecircle.identity;

/** A community or a service center an account can be scoped to. */
public record ScopeOption(long id, String name) {
}
