package org.lifecircle.portal.nearby;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lifecircle.atlas.category.Category;
import org.lifecircle.atlas.category.CategoryService;
import org.lifecircle.atlas.compound.Compound;
import org.lifecircle.atlas.compound.CompoundService;
import org.lifecircle.atlas.facility.Facility;
import org.lifecircle.atlas.facility.FacilityService;
import org.lifecircle.atlas.importing.OpeningHours;
import org.lifecircle.engine.access.PairTimes;
import org.lifecircle.engine.access.TravelTimes;
import org.lifecircle.engine.access.WalkingProfile;
import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.network.Walking;
import org.lifecircle.portal.nearby.NearbyAnswer.Group;
import org.lifecircle.portal.nearby.NearbyAnswer.Service;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.text.Pinyin;
import org.springframework.stereotype.Component;

/**
 * The services within a walk of a compound. The registry's facilities are snapped to the street network once for as
 * long as their change stamp stays the same; each compound's walking times to all of them within 15 minutes are computed once per
 * pace and kept until the facilities change, so an answer is a filter and a sort.
 */
@Component
public class NearbyService {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int MAX_MINUTES = 15;

    private final CompoundService compounds;
    private final FacilityService facilities;
    private final CategoryService categories;
    private final Walking walking;
    private final Clock clock;
    private volatile Snapshot snapshot;

    NearbyService(CompoundService compounds, FacilityService facilities, CategoryService categories, Walking walking) {
        this.compounds = compounds;
        this.facilities = facilities;
        this.categories = categories;
        this.walking = walking;
        this.clock = Clock.system(ZONE);
    }

    /**
     * The facilities as the engine sees them (as of {@code stamp}), the handbook categories, and each compound's
     * walking seconds to them (per pace), filled in as compounds are asked for.
     */
    private record Snapshot(String stamp, List<Facility> list, List<Category> groups, SnappedPoints snaps, String[] initials,
                            OpeningHours[] hours, Map<String, double[]> seconds) {
    }

    public NearbyAnswer nearby(long compoundId, NearbyQuery query, Locale locale) {
        if (query.minutes() != 5 && query.minutes() != 10 && query.minutes() != 15) {
            throw new InvalidInputException("minutes", "portal.nearby.error.minutes", query.minutes());
        }
        Compound compound = compounds.get(compoundId);
        Snapshot s = current();
        double[] seconds = s.seconds().computeIfAbsent(compound.id() + ":" + compound.lon() + ":" + compound.lat() + ":"
                + query.elderlyPace(), key -> walk(s, compound, query.elderlyPace()));
        String text = query.text() == null ? "" : query.text().strip().toLowerCase(Locale.ROOT);
        LocalDateTime now = LocalDateTime.now(clock);
        Map<String, List<Service>> byGroup = new LinkedHashMap<>();
        int total = 0;
        for (int i = 0; i < s.list().size(); i++) {
            Facility f = s.list().get(i);
            if (seconds[i] > query.minutes() * 60.0 || query.subsidisedOnly() && !f.subsidised()
                    || query.elderFriendlyOnly() && !f.elderFriendly() || !matches(f, s.initials()[i], text)) {
                continue;
            }
            Boolean open = s.hours()[i] == null ? null : s.hours()[i].isOpen(now);
            byGroup.computeIfAbsent(f.groupCode(), g -> new ArrayList<>()).add(new Service(f.id(), f.name(),
                    english(locale) ? f.categoryNameEn() : f.categoryName(), f.address(), f.businessScope(), f.phone(),
                    f.openingHours(), open, seconds[i] / 60, f.subsidised(), f.elderFriendly(), f.verifiedAt(), f.lon(), f.lat()));
            total++;
        }
        List<Group> groups = new ArrayList<>();
        for (Category group : s.groups()) {
            List<Service> list = byGroup.getOrDefault(group.code(), List.of()).stream()
                    .sorted(Comparator.comparingDouble(Service::minutes).thenComparing(Service::name)).toList();
            groups.add(new Group(group.code(), group.name(locale), list));
        }
        return new NearbyAnswer(compound.id(), compound.name(), compound.lon(), compound.lat(), query.minutes(),
                query.elderlyPace(), total, groups);
    }

    /** Name or scope contains the text, or the pinyin initials of the name or kind do ("yd" → 药店). */
    private static boolean matches(Facility f, String initials, String text) {
        if (text.isEmpty()) {
            return true;
        }
        return contains(f.name(), text) || contains(f.businessScope(), text) || contains(f.categoryName(), text)
                || initials.contains(text);
    }

    private static boolean contains(String field, String text) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(text);
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /** Seconds from the compound to every facility, infinite beyond 15 minutes or off the network. */
    private double[] walk(Snapshot s, Compound compound, boolean elderly) {
        WalkingProfile profile = elderly ? WalkingProfile.ELDERLY : WalkingProfile.ADULT;
        TravelTimes tt = walking.travelTimes(profile);
        double[] seconds = new double[s.list().size()];
        java.util.Arrays.fill(seconds, Double.POSITIVE_INFINITY);
        Snap from = walking.snapper().snap(compound.lat(), compound.lon(), profile.stepsAllowed());
        if (from == null) {
            return seconds;
        }
        PairTimes pairs = PairTimes.within(tt, new SnappedPoints(new Snap[] {from}), s.snaps(), MAX_MINUTES * 60.0);
        for (int k = pairs.start(0); k < pairs.end(0); k++) {
            seconds[pairs.target(k)] = pairs.seconds(k);
        }
        return seconds;
    }

    /**
     * The snapshot of the registry's facilities, made anew when their change stamp moves (one small query per answer
     * instead of reading every facility: the answer must be quick under load).
     */
    private Snapshot current() {
        String stamp = facilities.changeStamp();
        Snapshot s = snapshot;
        if (s != null && s.stamp().equals(stamp)) {
            return s;
        }
        List<Facility> list = facilities.all();
        Snap[] snaps = list.stream().map(f -> walking.snapper().snap(f.lat(), f.lon(), true)).toArray(Snap[]::new);
        String[] initials = list.stream().map(f -> (Pinyin.initials(f.name()) + " " + Pinyin.initials(f.categoryName()))
                .toLowerCase(Locale.ROOT)).toArray(String[]::new);
        OpeningHours[] hours = list.stream().map(f -> hours(f.openingHours())).toArray(OpeningHours[]::new);
        List<Category> groups = categories.catalogue().stream().filter(c -> c.isGroup() && c.active()).toList();
        s = new Snapshot(stamp, list, groups, new SnappedPoints(snaps), initials, hours, new ConcurrentHashMap<>());
        snapshot = s;
        return s;
    }

    private static OpeningHours hours(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OpeningHours.parse(text);
        } catch (IllegalArgumentException e) {
            return null; // not understood: shown as written, without open or closed
        }
    }
}
