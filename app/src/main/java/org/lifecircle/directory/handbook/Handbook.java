package org.lifecircle.directory.handbook;

import java.time.LocalDate;
import java.util.List;

import org.lifecircle.atlas.division.Community;
import org.lifecircle.directory.errands.Errand;
import org.lifecircle.directory.listing.CommunityDirectory;

/**
 * A community's service handbook (便民服务手册) as of {@code date}: the community's overview, how to do common
 * errands, and the directory by the 11 categories. {@code stamp} fingerprints what it prints, so a page can tell
 * whether the latest printed edition still matches.
 */
public record Handbook(CommunityDirectory directory, List<Errand> errands, String portalUrl, LocalDate date, String stamp) {

    public Community community() {
        return directory.community();
    }

    public boolean hasExamples() {
        return errands.stream().anyMatch(Errand::example);
    }
}
