package org.lifecircle.engine.cli;

import org.lifecircle.engine.access.CountTable;

import java.util.List;

/**
 * Facility counts per compound, category and threshold, computed in chunks of compounds (one
 * {@link CountTable} per chunk, so that progress can be shown between them; each compound's counts come
 * from its own search, so chunking does not change them).
 */
record Counts(int chunkSize, List<CountTable> chunks) {

    int count(int compound, int category, int threshold) {
        return chunks.get(compound / chunkSize).count(compound % chunkSize, category, threshold);
    }
}
