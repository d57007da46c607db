package org.lifecircle.directory.hsds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.lifecircle.atlas.category.Category;
import org.lifecircle.atlas.category.CategoryService;
import org.lifecircle.atlas.facility.Facility;
import org.lifecircle.atlas.facility.FacilityService;
import org.lifecircle.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The whole directory in HSDS 3.0 JSON. Each facility is an organization offering one service at one location (the
 * registry has no finer grain); its kind and the handbook category above it are terms of one taxonomy, our category
 * catalogue. Ids are name-based UUIDs of the registry's ids ("service:42"), so they stay the same from export to
 * export and never collide across object types. Addresses go in the location's description: HSDS's address object
 * requires a postal code and province the registry does not record, and an invented one would mislead.
 */
@Service
class HsdsExport {

    static final String TAXONOMY_ID = uuid("taxonomy", "lifecircle-categories");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final FacilityService facilities;
    private final CategoryService categories;

    HsdsExport(FacilityService facilities, CategoryService categories) {
        this.facilities = facilities;
        this.categories = categories;
    }

    Hsds.Page<Hsds.Service> services(int page, int perPage) {
        List<Facility> all = facilities.all();
        Map<Long, Hsds.TaxonomyTerm> terms = termsById();
        return page(all.stream().map(f -> service(f, terms)).toList(), page, perPage);
    }

    Hsds.Service service(String id) {
        Map<Long, Hsds.TaxonomyTerm> terms = termsById();
        return facilities.all().stream().filter(f -> uuid("service", f.id()).equals(id)).findFirst()
                .map(f -> service(f, terms)).orElseThrow(() -> new NotFoundException("directory.hsds.service", id));
    }

    Hsds.Page<Hsds.Organization> organizations(int page, int perPage) {
        return page(facilities.all().stream().map(HsdsExport::organization).toList(), page, perPage);
    }

    Hsds.Page<Hsds.ServiceAtLocation> servicesAtLocations(int page, int perPage) {
        return page(facilities.all().stream().map(HsdsExport::serviceAtLocation).toList(), page, perPage);
    }

    Hsds.Page<Hsds.Taxonomy> taxonomies() {
        return page(List.of(taxonomy()), 1, 1);
    }

    Hsds.Page<Hsds.TaxonomyTerm> taxonomyTerms(int page, int perPage) {
        return page(List.copyOf(termsById().values()), page, perPage);
    }

    static Hsds.Taxonomy taxonomy() {
        return new Hsds.Taxonomy(TAXONOMY_ID, "LifeCircle service categories 生活圈服务类别",
                "The 11 categories of the 5-minute service handbook (便民服务手册) and the kinds of service beneath them, "
                        + "as the LifeCircle category catalogue keeps them; codes are the catalogue's.");
    }

    private Hsds.Service service(Facility f, Map<Long, Hsds.TaxonomyTerm> terms) {
        String id = uuid("service", f.id());
        Hsds.TaxonomyTerm term = terms.get(f.categoryId());
        List<Hsds.Attribute> attributes = term == null ? List.of()
                : List.of(new Hsds.Attribute(uuid("attribute", f.id()), id, "service_type", "service", term.id(), term));
        List<Hsds.Phone> phones = phones(f, id, null);
        return new Hsds.Service(id, uuid("organization", f.id()), f.name(), description(f), "active",
                f.verifiedAt() == null ? null : f.verifiedAt().atZoneSameInstant(ZONE).toLocalDate().toString(),
                organization(f), phones, Schedules.of(f.openingHours(), id, n -> uuid("schedule", f.id() + ":" + n)),
                List.of(serviceAtLocation(f)), attributes);
    }

    private static Hsds.Organization organization(Facility f) {
        String id = uuid("organization", f.id());
        return new Hsds.Organization(id, f.name(), description(f), f.governmentRun() ? "government" : null,
                phones(f, null, id));
    }

    private static Hsds.ServiceAtLocation serviceAtLocation(Facility f) {
        String location = uuid("location", f.id());
        return new Hsds.ServiceAtLocation(uuid("service_at_location", f.id()), uuid("service", f.id()), location,
                new Hsds.Location(location, "physical", uuid("organization", f.id()), f.name(), f.address(),
                        degrees(f.lat()), degrees(f.lon())));
    }

    /** Each of the entry's numbers ("0371-1234/138…" holds two) as a phone of the service or the organization. */
    private static List<Hsds.Phone> phones(Facility f, String serviceId, String organizationId) {
        if (f.phone() == null || f.phone().isBlank()) {
            return List.of();
        }
        String[] numbers = f.phone().split("/");
        String owner = serviceId != null ? "service" : "organization";
        return java.util.stream.IntStream.range(0, numbers.length)
                .mapToObj(i -> new Hsds.Phone(uuid("phone", owner + ":" + f.id() + ":" + i), serviceId, organizationId,
                        numbers[i], numbers[i].startsWith("1") ? "cell" : "voice"))
                .toList();
    }

    /** The spec requires a description: the business scope, else the kind of service. */
    private static String description(Facility f) {
        return f.businessScope() != null && !f.businessScope().isBlank() ? f.businessScope() : f.categoryName();
    }

    private Map<Long, Hsds.TaxonomyTerm> termsById() {
        List<Category> catalogue = categories.catalogue();
        Map<Long, String> codes = new HashMap<>();
        catalogue.forEach(c -> codes.put(c.id(), c.code()));
        Map<Long, Hsds.TaxonomyTerm> terms = new java.util.LinkedHashMap<>();
        for (Category c : catalogue) {
            terms.put(c.id(), new Hsds.TaxonomyTerm(uuid("taxonomy_term", c.code()), c.code(), c.nameZh(), c.nameEn(),
                    c.parentId() == null ? null : uuid("taxonomy_term", codes.get(c.parentId())), TAXONOMY_ID, "zh"));
        }
        return terms;
    }

    private static BigDecimal degrees(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }

    static String uuid(String type, Object id) {
        return UUID.nameUUIDFromBytes(("lifecircle:" + type + ":" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Pages count from 1, as in the HSDS API; {@code perPage} is at most 1000. */
    static <T> Hsds.Page<T> page(List<T> all, int page, int perPage) {
        int size = Math.max(1, Math.min(perPage, 1000));
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int number = Math.max(1, page);
        int from = Math.min(all.size(), (number - 1) * size);
        List<T> contents = all.subList(from, Math.min(all.size(), from + size));
        return new Hsds.Page<>(all.size(), pages, number, contents.size(), number == 1, number >= pages,
                contents.isEmpty(), contents);
    }
}
