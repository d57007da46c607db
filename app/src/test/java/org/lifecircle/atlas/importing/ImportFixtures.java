package org.lifecircle.atlas.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.lifecircle.identity.Actor;
import org.lifecircle.identity.ActorPrincipal;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;

/** The small fixture district under src/test/resources/imports and logged-in actors for MockMvc. */
public final class ImportFixtures {

    private ImportFixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = ImportFixtures.class.getResourceAsStream("/imports/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the four good fixture files as the system (idempotent: they are upserts). */
    public static void loadAll(ImportService imports) {
        for (ImportKind kind : ImportKind.values()) {
            String file = kind.slug() + ".csv";
            imports.importFile(Actor.SYSTEM, kind, file, new java.io.ByteArrayInputStream(bytes(file)));
        }
    }

    /** An authentication whose principal is the given actor, as the identity module's login makes. */
    public static Authentication login(Actor actor) {
        ActorPrincipal principal = () -> actor;
        return new TestingAuthenticationToken(principal, null, actor.role().authority());
    }
}
