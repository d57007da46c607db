package org.lifecircle.portal.home;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.lifecircle.atlas.compound.Compound;
import org.lifecircle.atlas.compound.CompoundService;
import org.lifecircle.atlas.division.Community;
import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.shared.text.Pinyin;
import org.springframework.stereotype.Component;

/**
 * Finds a resident's community: by the name or address of the community or of their compound, in characters or
 * pinyin initials ("rydl" → 如意东路社区), or by a point on the map (the community of the nearest compound, or the
 * nearest committee where no compound is recorded). A district has hundreds of communities and compounds, so this
 * reads them and filters in memory.
 */
@Component
public class PlaceFinder {

    static final int MAX_RESULTS = 30;
    private static final double EARTH_METRES = 6_371_000;

    private final DivisionService divisions;
    private final CompoundService compounds;

    PlaceFinder(DivisionService divisions, CompoundService compounds) {
        this.divisions = divisions;
        this.compounds = compounds;
    }

    /** Communities whose name, address or code match, then those with a matching compound; one entry per community. */
    public List<Place> search(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        Map<Long, Community> byId = communitiesById();
        Map<String, Place> found = new LinkedHashMap<>();
        for (Community c : byId.values()) {
            if (matches(q, c.name(), c.committeeAddress()) || c.code().equals(q)) {
                found.put(c.code(), place(c, c.committeeAddress(), null));
            }
        }
        for (Compound k : compounds.all()) {
            Community c = byId.get(k.communityId());
            if (c != null && !found.containsKey(c.code()) && matches(q, k.name(), k.address())) {
                found.put(c.code(), place(c, k, null));
            }
        }
        return found.values().stream().limit(MAX_RESULTS).toList();
    }

    /** The community of the compound nearest to the point, or of the nearest committee; empty for an empty district. */
    public Optional<Place> nearest(double lon, double lat) {
        Map<Long, Community> byId = communitiesById();
        Optional<Compound> compound = compounds.all().stream()
                .filter(k -> byId.containsKey(k.communityId()))
                .min(Comparator.comparingDouble(k -> metres(lon, lat, k.lon(), k.lat())));
        if (compound.isPresent()) {
            Compound k = compound.get();
            return Optional.of(place(byId.get(k.communityId()), k, metres(lon, lat, k.lon(), k.lat())));
        }
        return byId.values().stream().filter(c -> c.lon() != null && c.lat() != null)
                .min(Comparator.comparingDouble(c -> metres(lon, lat, c.lon(), c.lat())))
                .map(c -> place(c, c.committeeAddress(), metres(lon, lat, c.lon(), c.lat())));
    }

    /** Every compound with its community's code, for the district map. */
    public List<MapPoint> compoundPoints() {
        Map<Long, Community> byId = communitiesById();
        List<MapPoint> points = new ArrayList<>();
        for (Compound k : compounds.all()) {
            Community c = byId.get(k.communityId());
            if (c != null) {
                points.add(new MapPoint(k.id(), k.name(), c.code(), c.shortName(), k.lon(), k.lat()));
            }
        }
        return points;
    }

    public record MapPoint(long compoundId, String compound, String code, String community, double lon, double lat) {
    }

    private Map<Long, Community> communitiesById() {
        Map<Long, Community> byId = new LinkedHashMap<>();
        divisions.communities(null).forEach(c -> byId.put(c.id(), c));
        return byId;
    }

    /** A community itself (its committee), no compound. */
    private static Place place(Community c, String address, Double metres) {
        return new Place(c.code(), c.shortName(), c.subDistrictName(), null, null, address,
                metres == null ? null : (double) Math.round(metres));
    }

    private static Place place(Community c, Compound k, Double metres) {
        return new Place(c.code(), c.shortName(), c.subDistrictName(), k.id(), k.name(), k.address(),
                metres == null ? null : (double) Math.round(metres));
    }

    private static boolean matches(String q, String name, String address) {
        return contains(name, q) || contains(address, q) || Pinyin.initials(name).contains(q);
    }

    private static boolean contains(String text, String q) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(q);
    }

    /** Great-circle distance; within a district the error is centimetres. */
    static double metres(double lon1, double lat1, double lon2, double lat2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_METRES * Math.asin(Math.sqrt(a));
    }
}
