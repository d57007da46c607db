package org.lifecircle.directory.listing;

import java.util.List;

import org.lifecircle.atlas.compound.Compound;
import org.lifecircle.atlas.division.Community;

/**
 * The directory of one community: its compounds, the walk that chose the entries, and the entries by the handbook's
 * 11 categories (every category, empty ones included, in catalogue order).
 */
public record CommunityDirectory(Community community, List<Compound> compounds, int walkMinutes, boolean elderlyPace,
                                 List<DirectorySection> sections) {

    public int entryCount() {
        return sections.stream().mapToInt(s -> s.entries().size()).sum();
    }

    public List<DirectoryEntry> entries() {
        return sections.stream().flatMap(s -> s.entries().stream()).toList();
    }
}
