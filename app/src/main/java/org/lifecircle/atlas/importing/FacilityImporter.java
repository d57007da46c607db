package org.lifecircle.atlas.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lifecircle.identity.Actor;
import org.springframework.stereotype.Component;

/**
 * Facilities and merchants, keyed by external source + id when given, else name + address.
 * The category is named, or classified from AMap codes / OSM tags. Scope: a center's
 * facilities belong to its operator (and to the staff of the community they stand in), a
 * community's to its staff, the others to district-wide staff.
 */
@Component
class FacilityImporter implements KindImporter {

    private final AtlasLookup lookup;
    private final FacilityWriter writer;

    FacilityImporter(AtlasLookup lookup, FacilityWriter writer) {
        this.lookup = lookup;
        this.writer = writer;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.FACILITIES;
    }

    record Facility(String name, long categoryId, String address, RowReader.Position position, String businessScope,
                    String phone, String openingHours, Long centerId, Long communityId, boolean subsidised,
                    boolean governmentRun, boolean elderFriendly, BigDecimal floorArea, String externalSource,
                    String externalId, boolean estimated) {
    }

    @Override
    public Counts importRows(Actor actor, List<RowReader> rows, Problems problems) {
        NameIndex categories = lookup.categories();
        NameIndex centers = lookup.centers();
        NameIndex communities = lookup.communities();
        CategoryClassifier classifier = lookup.classifier();
        List<Facility> result = new ArrayList<>();
        Map<String, Integer> keys = new HashMap<>();
        for (RowReader row : rows) {
            String name = row.required("name", 200);
            String amap = row.text("amap_typecode");
            if (amap != null && !amap.matches("\\d{2,6}(\\s*\\|\\s*\\d{2,6})*")) {
                row.problem("amap_typecode", "imports.error.amapTypecode", amap);
                amap = null;
            }
            String osm = row.text("osm_tags", 500);
            if (osm != null && !CategoryClassifier.wellFormedTags(osm)) {
                row.problem("osm_tags", "imports.error.osmTags", osm);
                osm = null;
            }
            Long category = References.resolve(row, "category", categories, "category");
            if (row.text("category") == null && name != null) {
                category = classifier.classify(name, amap, osm).orElse(null);
                if (category == null) {
                    row.problem("category", "imports.error.category.unclassified");
                }
            }
            String address = row.text("address", 300);
            RowReader.Position position = row.position();
            String scopeText = row.text("business_scope", 1000);
            String phone = phone(row);
            String hours = openingHours(row);
            Long center = References.resolve(row, "center", centers, "center");
            Long community = References.resolve(row, "community", communities, "community");
            boolean subsidised = row.bool("subsidised");
            boolean governmentRun = row.bool("government_run");
            boolean elderFriendly = row.bool("elder_friendly");
            BigDecimal area = row.area("floor_area_m2");
            String source = row.text("external_source", 16);
            String externalId = row.text("external_id", 64);
            if ((source == null) != (externalId == null)) {
                row.problem(source == null ? "external_source" : "external_id", "imports.error.externalKey");
            }
            boolean estimated = row.bool("estimated");
            if (name == null || category == null || position == null) {
                continue;
            }
            source = source == null ? null : source.toUpperCase(Locale.ROOT);
            Facility facility = new Facility(name, category, address, position, scopeText, phone, hours, center,
                    community, subsidised, governmentRun, elderFriendly, area, source, externalId, estimated);
            if (!actor.canManageFacility(community, center)) {
                row.problem(center != null ? "center" : "community", "imports.error.scope.facility", name);
                continue;
            }
            FacilityWriter.Existing existing = writer.find(facility);
            if (existing != null && !actor.canManageFacility(existing.communityId(), existing.centerId())) {
                row.problem("name", "imports.error.scope.existing", name);
                continue;
            }
            Integer earlier = keys.putIfAbsent(FacilityWriter.key(facility), row.number());
            if (earlier != null) {
                row.problem(source != null ? "external_id" : "name", "imports.error.duplicateKey", earlier);
                continue;
            }
            result.add(facility);
        }
        problems.throwIfAny();
        Counts counts = new Counts();
        result.forEach(f -> counts.add(writer.write(f)));
        return counts;
    }

    private static String phone(RowReader row) {
        String value = row.text("phone");
        try {
            String phone = PhoneNumbers.normalise(value);
            if (phone != null && phone.length() > 64) {
                row.problem("phone", "imports.error.tooLong", 64);
                return null;
            }
            return phone;
        } catch (IllegalArgumentException e) {
            row.problem("phone", "imports.error.phone", e.getMessage());
            return null;
        }
    }

    private static String openingHours(RowReader row) {
        String value = row.text("opening_hours", 200);
        if (value == null) {
            return null;
        }
        try {
            OpeningHours.parse(value);
            return value;
        } catch (IllegalArgumentException e) {
            row.problem("opening_hours", "imports.error.openingHours", value);
            return null;
        }
    }

}
