package org.lifecircle.identity;

/** A logged-in principal (form login or bearer token) that knows which {@link Actor} it is. */
public interface ActorPrincipal {

    Actor actor();
}
