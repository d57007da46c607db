package org.lifecircle.directory.listing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lifecircle.atlas.category.Category;
import org.lifecircle.atlas.category.CategoryService;
import org.lifecircle.atlas.compound.Compound;
import org.lifecircle.atlas.compound.CompoundService;
import org.lifecircle.atlas.division.Community;
import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.atlas.facility.Facility;
import org.lifecircle.atlas.facility.FacilityService;
import org.lifecircle.directory.DirectorySettings;
import org.lifecircle.engine.access.PairTimes;
import org.lifecircle.engine.access.WalkingProfile;
import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.network.Walking;
import org.lifecircle.shared.NotFoundException;
import org.lifecircle.shared.text.Pinyin;
import org.springframework.stereotype.Service;

/**
 * Which merchants make up a community's directory: every facility within the configured walk of one of the
 * community's compounds (the engine's street-network walk, as for nearby services), plus every facility recorded in
 * the community however far. Sorted in each category by the shortest walk, then by pinyin; entries without a walk
 * (recorded in the community but out of reach, or off the network) come last, by pinyin.
 */
@Service
public class DirectoryService {

    private final DivisionService divisions;
    private final CompoundService compounds;
    private final FacilityService facilities;
    private final CategoryService categories;
    private final Walking walking;
    private final DirectorySettings settings;
    private final Clock clock;
    private volatile Snapshot snapshot;

    DirectoryService(DivisionService divisions, CompoundService compounds, FacilityService facilities,
                     CategoryService categories, Walking walking, DirectorySettings settings) {
        this.divisions = divisions;
        this.compounds = compounds;
        this.facilities = facilities;
        this.categories = categories;
        this.walking = walking;
        this.settings = settings;
        this.clock = Clock.systemDefaultZone();
    }

    /** The registry's facilities as last snapped to the network, kept while their change stamp holds. */
    private record Snapshot(String stamp, List<Facility> list, SnappedPoints snaps, String[] sortKeys) {
    }

    public CommunityDirectory of(String communityCode, Locale locale) {
        Community community = divisions.communityByCode(communityCode)
                .orElseThrow(() -> new NotFoundException("atlas.community", communityCode));
        return of(community, locale);
    }

    public CommunityDirectory of(Community community, Locale locale) {
        List<Compound> ours = compounds.all().stream().filter(c -> c.communityId() == community.id())
                .sorted(Comparator.comparing(c -> Pinyin.sortKey(c.name()))).toList();
        Snapshot s = current();
        double[] seconds = new double[s.list().size()];
        String[] from = new String[seconds.length];
        walk(ours, s, seconds, from);
        double limit = settings.walkMinutes() * 60.0;
        OffsetDateTime staleBefore = staleBefore();
        Map<String, List<Indexed>> byGroup = new HashMap<>();
        for (int i = 0; i < seconds.length; i++) {
            Facility f = s.list().get(i);
            boolean near = seconds[i] <= limit;
            if (near || f.communityId() != null && f.communityId() == community.id()) {
                Double minutes = near ? seconds[i] / 60 : null;
                DirectoryEntry entry = new DirectoryEntry(f, minutes, near ? from[i] : null, isStale(f, staleBefore));
                byGroup.computeIfAbsent(f.groupCode(), g -> new ArrayList<>()).add(new Indexed(entry, s.sortKeys()[i]));
            }
        }
        List<DirectorySection> sections = new ArrayList<>();
        for (Category group : groups()) {
            List<DirectoryEntry> entries = byGroup.getOrDefault(group.code(), List.of()).stream()
                    .sorted(NEAREST_THEN_PINYIN).map(Indexed::entry).toList();
            sections.add(new DirectorySection(group.code(), group.name(locale), entries));
        }
        return new CommunityDirectory(community, ours, settings.walkMinutes(), settings.elderlyPace(), sections);
    }

    /**
     * The entries recorded in a community that nobody has verified within the configured period, never-verified
     * first, then the longest unverified: what the community's staff should check next.
     */
    public List<Facility> stale(long communityId) {
        OffsetDateTime before = staleBefore();
        return current().list().stream()
                .filter(f -> f.communityId() != null && f.communityId() == communityId && isStale(f, before))
                .sorted(Comparator.comparing(Facility::verifiedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Facility::id))
                .toList();
    }

    /** Entries never verified, or verified before this instant, are stale. */
    public OffsetDateTime staleBefore() {
        return OffsetDateTime.now(clock).minus(settings.staleAfter());
    }

    public static boolean isStale(Facility f, OffsetDateTime staleBefore) {
        return f.verifiedAt() == null || f.verifiedAt().isBefore(staleBefore);
    }

    /** The handbook's 11 categories, in catalogue order. */
    public List<Category> groups() {
        return categories.catalogue().stream().filter(c -> c.isGroup() && c.active()).toList();
    }

    private record Indexed(DirectoryEntry entry, String sortKey) {
    }

    private static final Comparator<Indexed> NEAREST_THEN_PINYIN = Comparator
            .comparing((Indexed x) -> x.entry().minutes(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Indexed::sortKey).thenComparing(x -> x.entry().id());

    /** The shortest walk from any of the compounds to each facility, and which compound it starts from. */
    private void walk(List<Compound> from, Snapshot s, double[] seconds, String[] start) {
        Arrays.fill(seconds, Double.POSITIVE_INFINITY);
        if (from.isEmpty() || s.list().isEmpty()) {
            return;
        }
        WalkingProfile profile = settings.elderlyPace() ? WalkingProfile.ELDERLY : WalkingProfile.ADULT;
        Snap[] sources = from.stream().map(c -> walking.snapper().snap(c.lat(), c.lon(), profile.stepsAllowed()))
                .toArray(Snap[]::new);
        PairTimes pairs = PairTimes.within(walking.travelTimes(profile), new SnappedPoints(sources), s.snaps(),
                settings.walkMinutes() * 60.0);
        for (int c = 0; c < from.size(); c++) {
            for (int k = pairs.start(c); k < pairs.end(c); k++) {
                int target = pairs.target(k);
                if (pairs.seconds(k) < seconds[target]) {
                    seconds[target] = pairs.seconds(k);
                    start[target] = from.get(c).name();
                }
            }
        }
    }

    private Snapshot current() {
        String stamp = facilities.changeStamp();
        Snapshot s = snapshot;
        if (s != null && s.stamp().equals(stamp)) {
            return s;
        }
        List<Facility> list = facilities.all();
        Snap[] snaps = list.stream().map(f -> walking.snapper().snap(f.lat(), f.lon(), true)).toArray(Snap[]::new);
        String[] keys = list.stream().map(f -> Pinyin.sortKey(f.name())).toArray(String[]::new);
        s = new Snapshot(stamp, list, new SnappedPoints(snaps), keys);
        snapshot = s;
        return s;
    }

    /** A map from code to name of the 11 categories, for pages that list entries outside a directory. */
    public Map<String, String> groupNames(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        groups().forEach(g -> names.put(g.code(), g.name(locale)));
        return names;
    }
}
