package org.lifecircle.portal.nearby;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The services within a walk of a compound. The registry's facilities are snapped to the street network once, and the
 * compounds read once, for as long as their change stamps stay the same; each compound's walking times to all
 * facilities within 15 minutes are computed once per pace, so an answer is a filter and a sort. Answers are also
 * kept as JSON per compound, filter and language until the minute turns (open now) or the registry changes: under
 * load most answers cost no work and no database query at all.
 */
@Component
public class NearbyService {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int MAX_MINUTES = 15;
    /** Bounds the JSON cache: free-text searches could otherwise fill memory. Emptied when full. */
    private static final int MAX_KEPT_ANSWERS = 20_000;

    private final CompoundService compounds;
    private final FacilityService facilities;
    private final CategoryService categories;
    private final Walking walking;
    private final ObjectMapper json;
    private final long recheckNanos;
    private final Clock clock;
    private volatile Snapshot snapshot;
    private volatile long checkedAt;

    NearbyService(CompoundService compounds, FacilityService facilities, CategoryService categories, Walking walking,
                  ObjectMapper json, @Value("${lifecircle.portal.nearby.recheck-after:1s}") Duration recheckAfter) {
        this.compounds = compounds;
        this.facilities = facilities;
        this.categories = categories;
        this.walking = walking;
        this.json = json;
        this.recheckNanos = recheckAfter.toNanos();
        this.clock = Clock.system(ZONE);
    }

    /**
     * The registry as the engine sees it (as of {@code stamp}): the compounds, the facilities snapped to the network,
     * the handbook categories, each compound's walking seconds to the facilities (per pace) and the answers given,
     * both filled in as they are asked for.
     */
    private record Snapshot(String stamp, Map<Long, Compound> compounds, List<Facility> list, List<Category> groups,
                            SnappedPoints snaps, String[] initials, OpeningHours[] hours, Map<String, double[]> seconds,
                            Map<AnswerKey, KeptAnswer> answers) {
    }

    private record AnswerKey(long compoundId, NearbyQuery query, boolean english) {
    }

    /** An answer as JSON, good for the minute it was made in ({@code openNow}). */
    private record KeptAnswer(LocalDateTime minute, byte[] json) {
    }

    /**
     * The {@link NearbyAnswer} as JSON, from the answers kept when the same question was asked in the same minute (the
     * JSON, not the record: serialising an 18 KB answer anew costs more than finding it).
     */
    public byte[] nearbyJson(long compoundId, NearbyQuery query, Locale locale) {
        check(query);
        Snapshot s = current();
        LocalDateTime minute = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        AnswerKey key = new AnswerKey(compoundId, query.normalised(), english(locale));
        KeptAnswer kept = s.answers().get(key);
        if (kept != null && kept.minute().equals(minute)) {
            return kept.json();
        }
        byte[] answer;
        try {
            answer = json.writeValueAsBytes(answer(s, compound(s, compoundId), key.query(), locale, minute));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("nearby answer not serialisable", e);
        }
        if (s.answers().size() >= MAX_KEPT_ANSWERS) {
            s.answers().clear();
        }
        s.answers().put(key, new KeptAnswer(minute, answer));
        return answer;
    }

    private static void check(NearbyQuery query) {
        if (query.minutes() != 5 && query.minutes() != 10 && query.minutes() != 15) {
            throw new InvalidInputException("minutes", "portal.nearby.error.minutes", query.minutes());
        }
    }

    /** From the snapshot; a compound added since the last stamp check is read from the registry. */
    private Compound compound(Snapshot s, long id) {
        Compound compound = s.compounds().get(id);
        return compound != null ? compound : compounds.get(id);
    }

    private NearbyAnswer answer(Snapshot s, Compound compound, NearbyQuery query, Locale locale, LocalDateTime now) {
        double[] seconds = s.seconds().computeIfAbsent(compound.id() + ":" + compound.lon() + ":" + compound.lat() + ":"
                + query.elderlyPace(), key -> walk(s, compound, query.elderlyPace()));
        String text = query.text();
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
     * The snapshot of the registry, made anew when the facilities' or compounds' change stamp moves. The stamps are
     * asked for at most once per {@code lifecircle.portal.nearby.recheck-after} (1 s), by one thread while the others
     * go on with the snapshot they have: a change shows within that time, and a busy portal does not query the
     * database for every answer.
     */
    private Snapshot current() {
        Snapshot s = snapshot;
        if (s != null && System.nanoTime() - checkedAt < recheckNanos) {
            return s;
        }
        synchronized (this) {
            s = snapshot;
            if (s != null && System.nanoTime() - checkedAt < recheckNanos) {
                return s;
            }
            String stamp = facilities.changeStamp() + "|" + compounds.changeStamp();
            if (s == null || !s.stamp().equals(stamp)) {
                s = build(stamp);
                snapshot = s;
            }
            checkedAt = System.nanoTime();
            return s;
        }
    }

    private Snapshot build(String stamp) {
        List<Facility> list = facilities.all();
        Snap[] snaps = list.stream().map(f -> walking.snapper().snap(f.lat(), f.lon(), true)).toArray(Snap[]::new);
        String[] initials = list.stream().map(f -> (Pinyin.initials(f.name()) + " " + Pinyin.initials(f.categoryName()))
                .toLowerCase(Locale.ROOT)).toArray(String[]::new);
        OpeningHours[] hours = list.stream().map(f -> hours(f.openingHours())).toArray(OpeningHours[]::new);
        List<Category> groups = categories.catalogue().stream().filter(c -> c.isGroup() && c.active()).toList();
        Map<Long, Compound> byId = new HashMap<>();
        compounds.all().forEach(c -> byId.put(c.id(), c));
        return new Snapshot(stamp, byId, list, groups, new SnappedPoints(snaps), initials, hours,
                new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
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
