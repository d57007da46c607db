package org.lifecircle.atlas.importing;

/** What a successful import did: records created and updated (by the kind's key). */
public record ImportResult(ImportKind kind, String file, int created, int updated) {
}
