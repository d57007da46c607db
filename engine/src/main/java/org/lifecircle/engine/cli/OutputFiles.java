package org.lifecircle.engine.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the outputs into temporary files in the output folder and moves them into place together at
 * the end, so that a run that fails halfway leaves the previous results (or nothing) rather than a mix.
 */
final class OutputFiles {

    static final String COVERAGE = "coverage.csv";
    static final String SUMMARY = "coverage-summary.csv";
    static final String ISOCHRONES = "isochrones.geojson";
    static final String UNSNAPPED = "unsnapped.csv";

    /** Writes one file's content. */
    interface Content {
        void write(Writer out) throws IOException;
    }

    private final Path dir;
    private final Map<String, Path> staged = new LinkedHashMap<>();

    OutputFiles(Path dir) {
        this.dir = dir;
    }

    /** Writes {@code name}'s content into a temporary file beside where it will go. */
    void stage(String name, Content content) throws IOException {
        Files.createDirectories(dir);
        // a hidden name of this process (not createTempFile, whose owner-only permissions the result would keep)
        Path tmp = dir.resolve("." + name + "." + ProcessHandle.current().pid() + ".tmp");
        staged.put(name, tmp);
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            content.write(out);
        }
    }

    /** Moves every staged file into place; returns the final paths. */
    List<Path> commit() throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, Path> e : staged.entrySet()) {
            Path target = dir.resolve(e.getKey());
            try {
                Files.move(e.getValue(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notHere) {
                Files.move(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
            }
            written.add(target);
        }
        staged.clear();
        return written;
    }

    /** Deletes whatever was staged and not committed (after a failure). */
    void discard() {
        for (Path tmp : staged.values()) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover hidden .tmp file is harmless; the failure being reported matters more
            }
        }
        staged.clear();
    }
}
