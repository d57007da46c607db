package org.lifecircle.atlas.importing;

import java.util.List;

import org.lifecircle.identity.Actor;

/**
 * Checks and writes the rows of one kind. {@link #importRows} first checks every row, adding
 * each problem found; only when there are none does it write. It runs inside the caller's
 * transaction, so a failure while writing rolls everything back too.
 */
interface KindImporter {

    ImportKind kind();

    /** @throws ImportRejectedException when any row has a problem; then nothing was written */
    Counts importRows(Actor actor, List<RowReader> rows, Problems problems);
}
