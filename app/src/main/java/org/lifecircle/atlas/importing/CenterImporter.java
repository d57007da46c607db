package org.lifecircle.atlas.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.lifecircle.identity.Actor;
import org.springframework.stereotype.Component;

/**
 * Service centers, streets and circles, keyed by name; with their areas by class of service
 * and the communities they serve. Operators may update only their own center; creating one
 * takes a planner or administrator.
 */
@Component
class CenterImporter implements KindImporter {

    static final Map<String, String> AREA_COLUMNS = Map.of(
            "government_area_m2", "GOVERNMENT", "social_area_m2", "SOCIAL", "daily_life_area_m2", "DAILY_LIFE");

    private final AtlasLookup lookup;
    private final CenterWriter writer;

    CenterImporter(AtlasLookup lookup, CenterWriter writer) {
        this.lookup = lookup;
        this.writer = writer;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.CENTERS;
    }

    record Center(String name, long subDistrictId, String tier, String address, RowReader.Position position,
                  Integer floorsAbove, Integer floorsBelow, BigDecimal totalArea, Map<String, BigDecimal> areas,
                  Integer householdsServed, Integer merchants, Set<Long> communities, boolean communitiesGiven,
                  boolean estimated, String note) {
    }

    @Override
    public Counts importRows(Actor actor, List<RowReader> rows, Problems problems) {
        NameIndex subDistricts = lookup.subDistricts();
        NameIndex communities = lookup.communities();
        NameIndex centers = lookup.centers();
        List<Center> result = new ArrayList<>();
        Map<String, Integer> keys = new HashMap<>();
        for (RowReader row : rows) {
            String name = row.required("name", 150);
            if (name != null) {
                Long existing = centers.find(name);
                if (!actor.canManageCenter(existing == null || existing == NameIndex.AMBIGUOUS ? null : existing)) {
                    row.problem("name", "imports.error.scope.center", name);
                    name = null;
                }
            }
            row.required("sub_district", 100);
            Long subDistrict = References.resolve(row, "sub_district", subDistricts, "subDistrict");
            String tier = tier(row);
            String address = row.text("address", 300);
            RowReader.Position position = row.position();
            Integer above = row.wholeNumber("floors_above");
            Integer below = row.wholeNumber("floors_below");
            BigDecimal total = row.area("total_area_m2");
            Map<String, BigDecimal> areas = new HashMap<>();
            AREA_COLUMNS.forEach((column, serviceClass) -> {
                BigDecimal area = row.area(column);
                if (area != null || row.has(column)) {
                    areas.put(serviceClass, area);
                }
            });
            Integer households = row.wholeNumber("households_served");
            Integer merchants = row.wholeNumber("merchants");
            Set<Long> served = served(row, communities);
            boolean estimated = row.bool("estimated");
            String note = row.text("note", 1000);
            if (name == null || subDistrict == null || tier == null || position == null || served == null) {
                continue;
            }
            Integer earlier = keys.putIfAbsent(NameIndex.normal(name), row.number());
            if (earlier != null) {
                row.problem("name", "imports.error.duplicateKey", earlier);
                continue;
            }
            result.add(new Center(name, subDistrict, tier, address, position, above, below, total, areas,
                    households, merchants, served, row.has("communities"), estimated, note));
        }
        problems.throwIfAny();
        Counts counts = new Counts();
        result.forEach(center -> counts.add(writer.write(center)));
        return counts;
    }

    private static String tier(RowReader row) {
        String value = row.required("tier", 32);
        if (value == null) {
            return null;
        }
        String key = value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        switch (key) {
            case "15分钟", "十五分钟", "CENTER_15", "15", "15MIN":
                return "CENTER_15";
            case "10分钟", "十分钟", "STREET_10", "10", "10MIN":
                return "STREET_10";
            case "5分钟", "五分钟", "CIRCLE_5", "5", "5MIN":
                return "CIRCLE_5";
            default:
                row.problem("tier", "imports.error.tier", value);
                return null;
        }
    }

    /** The served communities, an empty set for a blank cell, or null when one is unknown. */
    private static Set<Long> served(RowReader row, NameIndex communities) {
        String value = row.text("communities");
        Set<Long> ids = new LinkedHashSet<>();
        if (value == null) {
            return ids;
        }
        boolean ok = true;
        for (String part : value.split("[、;；|,，]")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            Long id = communities.find(name);
            if (id == null || id == NameIndex.AMBIGUOUS) {
                row.problem("communities", id == null ? "imports.error.community.unknown"
                        : "imports.error.community.ambiguous", name);
                ok = false;
            } else {
                ids.add(id);
            }
        }
        return ok ? ids : null;
    }
}
