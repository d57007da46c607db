package org.lifecircle.atlas.importing;

/** Created and updated records of one import. */
final class Counts {

    int created;
    int updated;

    void add(boolean wasCreated) {
        if (wasCreated) {
            created++;
        } else {
            updated++;
        }
    }
}
